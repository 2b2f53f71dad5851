using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace AutoMode.Analyzers.Rules.TypedRefactor;

/// <summary>
/// AM4004: <c>unsafe</c> blocks and declarations (not a body-less method declaration: a P/Invoke's pointer parameters are
/// used at its calls, which need an unsafe context of their own). AM4005: <c>Unsafe.As/AsRef/BitCast</c> and
/// <c>MemoryMarshal.Cast/CreateSpan/CreateReadOnlySpan</c>, which reinterpret memory without a check. AM4013 (Medium):
/// the reference cast <c>Unsafe.As&lt;T&gt;(object)</c> inside a branch chosen by a type test (RestSharp's
/// <c>typeof(IFormattable).IsAssignableFrom(type) =&gt; … Unsafe.As&lt;IFormattable&gt;(value)</c>): the check is there,
/// only not where the compiler can see it. AM4014 (Low): either in a test project, where a broken cast fails the test.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class UnsafeCodeAnalyzer : DiagnosticAnalyzer
{
    internal static readonly DiagnosticDescriptor UnsafeRule = DescriptorFactory.Create(
        RuleIdentifiers.UnsafeCode,
        "Unsafe code",
        "'unsafe' {0} turns off the compiler's type and memory safety checks; a refactor that changes a type, a size or a field layout used here still compiles and can corrupt memory. Use Span<T> and safe APIs, or keep this code small, isolated and reviewed.",
        RuleCategory.TypedRefactor,
        RiskLevel.High,
        "Inside an unsafe context pointers, fixed buffers and stackalloc are not checked by the type system: the compiler cannot prove that a refactor around them is safe.");

    internal static readonly DiagnosticDescriptor ReinterpretRule = DescriptorFactory.Create(
        RuleIdentifiers.MemoryReinterpretation,
        "Memory reinterpreted as another type",
        "'{0}' reinterprets memory as another type without any check; changing either type or its field layout still compiles and silently reads or writes the wrong bytes. Use a typed conversion, or keep the cast in one small, tested helper.",
        RuleCategory.TypedRefactor,
        RiskLevel.High,
        "Unsafe.As, Unsafe.AsRef, Unsafe.BitCast and MemoryMarshal.Cast/CreateSpan bypass the type system: a typed refactor of the types involved compiles cleanly and breaks at run time.");

    internal static readonly DiagnosticDescriptor GuardedCastRule = DescriptorFactory.Create(
        RuleIdentifiers.GuardedUnsafeCast,
        "Unchecked reference cast after a type test",
        "'{0}' casts a reference without the runtime check, inside a branch chosen by a type test ({1}); the test makes the cast right today, but it is not where the compiler can see it: a refactor of either type can separate them. Reported at Medium rather than High (AM4005); a plain cast or pattern match keeps the check.",
        RuleCategory.TypedRefactor,
        RiskLevel.Medium,
        "Unsafe.As<T>(object), the reference-cast overload, in a conditional, switch arm or if whose condition tests the type (IsAssignableFrom, IsInstanceOfType, IsValueType, is T). It does not reinterpret a value's bytes; without a check the cast could be wrong, but the test just above shows why it is not.");

    internal static readonly DiagnosticDescriptor TestCodeRule = DescriptorFactory.Create(
        RuleIdentifiers.TestUnsafeCode,
        "Unsafe code or memory reinterpretation in test code",
        "{0} in a test project; a wrong pointer or cast here fails or crashes the test run, it does not ship. Recorded at Low rather than High (AM4004/AM4005) so that the change is still seen.",
        RuleCategory.TypedRefactor,
        RiskLevel.Low,
        "An unsafe block or declaration, or Unsafe.As/AsRef/BitCast and MemoryMarshal.Cast/CreateSpan, in a test project (a test helper that stackallocs test data, a benchmark of a span API).");

    private static readonly ImmutableHashSet<string> UnsafeMethods = ImmutableHashSet.Create("As", "AsRef", "BitCast");
    private static readonly ImmutableHashSet<string> MemoryMarshalMethods = ImmutableHashSet.Create("Cast", "CreateSpan", "CreateReadOnlySpan");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(UnsafeRule, ReinterpretRule, GuardedCastRule, TestCodeRule);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        AcceptedRisks.Enable(context);
        context.RegisterCompilationStartAction(start =>
        {
            var isTestProject = TestCode.IsTestProject(start.Compilation, start.Options);
            start.RegisterSyntaxNodeAction(c => AnalyzeUnsafeModifier(c, isTestProject), UnsafeModifierKinds);
            var types = WellKnownTypes.For(start.Compilation);
            var unsafeType = types.Get("System.Runtime.CompilerServices.Unsafe");
            var memoryMarshal = types.Get("System.Runtime.InteropServices.MemoryMarshal");
            if (unsafeType is null && memoryMarshal is null)
            {
                return;
            }

            start.RegisterOperationAction(c => AnalyzeInvocation(c, unsafeType, memoryMarshal, isTestProject), OperationKind.Invocation);
        });
    }

    /// <summary>Declarations that can carry the <c>unsafe</c> modifier, and unsafe blocks; no walk over every token.</summary>
    private static readonly ImmutableArray<SyntaxKind> UnsafeModifierKinds = ImmutableArray.Create(
        SyntaxKind.UnsafeStatement,
        SyntaxKind.UsingDirective,
        SyntaxKind.ClassDeclaration,
        SyntaxKind.StructDeclaration,
        SyntaxKind.RecordDeclaration,
        SyntaxKind.RecordStructDeclaration,
        SyntaxKind.InterfaceDeclaration,
        SyntaxKind.DelegateDeclaration,
        SyntaxKind.MethodDeclaration,
        SyntaxKind.ConstructorDeclaration,
        SyntaxKind.DestructorDeclaration,
        SyntaxKind.OperatorDeclaration,
        SyntaxKind.ConversionOperatorDeclaration,
        SyntaxKind.PropertyDeclaration,
        SyntaxKind.IndexerDeclaration,
        SyntaxKind.EventDeclaration,
        SyntaxKind.FieldDeclaration,
        SyntaxKind.EventFieldDeclaration,
        SyntaxKind.LocalFunctionStatement);

    private static void AnalyzeUnsafeModifier(SyntaxNodeAnalysisContext context, bool isTestProject)
    {
        if (context.Node is MethodDeclarationSyntax { Body: null, ExpressionBody: null })
        {
            // A body-less declaration (a P/Invoke: extern, or a [LibraryImport] partial): it only names pointer types; the
            // pointers are made and used where it is called, in an unsafe context reported there (duplicati's pread(byte*)).
            return;
        }

        var token = context.Node switch
        {
            UnsafeStatementSyntax block => block.UnsafeKeyword,
            UsingDirectiveSyntax usingDirective => usingDirective.UnsafeKeyword,
            MemberDeclarationSyntax member => UnsafeIn(member.Modifiers),
            LocalFunctionStatementSyntax function => UnsafeIn(function.Modifiers),
            _ => default,
        };
        if (token.IsKind(SyntaxKind.UnsafeKeyword))
        {
            context.ReportDiagnostic(isTestProject
                ? RiskDiagnostic.Create(TestCodeRule, token.GetLocation(), "'unsafe' " + Describe(token.Parent))
                : RiskDiagnostic.Create(UnsafeRule, token.GetLocation(), Describe(token.Parent)));
        }
    }

    private static SyntaxToken UnsafeIn(SyntaxTokenList modifiers)
    {
        foreach (var modifier in modifiers)
        {
            if (modifier.IsKind(SyntaxKind.UnsafeKeyword))
            {
                return modifier;
            }
        }

        return default;
    }

    private static void AnalyzeInvocation(OperationAnalysisContext context, INamedTypeSymbol? unsafeType, INamedTypeSymbol? memoryMarshal, bool isTestProject)
    {
        var invocation = (IInvocationOperation)context.Operation;
        var method = invocation.TargetMethod;
        var type = method.ContainingType;
        if ((unsafeType is not null && SymbolEqualityComparer.Default.Equals(type, unsafeType) && UnsafeMethods.Contains(method.Name)) ||
            (memoryMarshal is not null && SymbolEqualityComparer.Default.Equals(type, memoryMarshal) && MemoryMarshalMethods.Contains(method.Name)))
        {
            var api = type.Name + "." + method.Name;
            var location = invocation.Syntax.GetLocation();
            if (isTestProject)
            {
                context.ReportDiagnostic(RiskDiagnostic.Create(TestCodeRule, location, "'" + api + "'"));
            }
            else if (IsReferenceCast(method) && TypeTests.Guarding(invocation) is { } test)
            {
                context.ReportDiagnostic(RiskDiagnostic.Create(GuardedCastRule, location, api, test));
            }
            else
            {
                context.ReportDiagnostic(RiskDiagnostic.Create(ReinterpretRule, location, api));
            }
        }
    }

    /// <summary><c>Unsafe.As&lt;T&gt;(object o) where T : class</c>: a reference cast, not a reinterpretation of a value's bytes.</summary>
    private static bool IsReferenceCast(IMethodSymbol method)
        => method is { Name: "As", TypeArguments.Length: 1, Parameters.Length: 1 } &&
           method.Parameters[0] is { RefKind: RefKind.None, Type.SpecialType: SpecialType.System_Object };

    private static string Describe(SyntaxNode? node) => node switch
    {
        UnsafeStatementSyntax => "block",
        MethodDeclarationSyntax m => $"method '{m.Identifier.ValueText}'",
        LocalFunctionStatementSyntax f => $"local function '{f.Identifier.ValueText}'",
        BaseTypeDeclarationSyntax t => $"type '{t.Identifier.ValueText}'",
        ConstructorDeclarationSyntax c => $"constructor of '{c.Identifier.ValueText}'",
        PropertyDeclarationSyntax p => $"property '{p.Identifier.ValueText}'",
        IndexerDeclarationSyntax => "indexer",
        OperatorDeclarationSyntax or ConversionOperatorDeclarationSyntax => "operator",
        BaseFieldDeclarationSyntax f => $"field '{f.Declaration.Variables.FirstOrDefault()?.Identifier.ValueText}'",
        DelegateDeclarationSyntax d => $"delegate '{d.Identifier.ValueText}'",
        _ => "code",
    };
}
