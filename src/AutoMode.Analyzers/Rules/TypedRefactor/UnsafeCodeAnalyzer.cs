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
/// <c>MemoryMarshal.Cast/CreateSpan/CreateReadOnlySpan</c>, which reinterpret memory without a check.
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

    private static readonly ImmutableHashSet<string> UnsafeMethods = ImmutableHashSet.Create("As", "AsRef", "BitCast");
    private static readonly ImmutableHashSet<string> MemoryMarshalMethods = ImmutableHashSet.Create("Cast", "CreateSpan", "CreateReadOnlySpan");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(UnsafeRule, ReinterpretRule);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        AcceptedRisks.Enable(context);
        context.RegisterSyntaxNodeAction(AnalyzeUnsafeModifier, UnsafeModifierKinds);
        context.RegisterCompilationStartAction(start =>
        {
            var types = WellKnownTypes.For(start.Compilation);
            var unsafeType = types.Get("System.Runtime.CompilerServices.Unsafe");
            var memoryMarshal = types.Get("System.Runtime.InteropServices.MemoryMarshal");
            if (unsafeType is null && memoryMarshal is null)
            {
                return;
            }

            start.RegisterOperationAction(c => AnalyzeInvocation(c, unsafeType, memoryMarshal), OperationKind.Invocation);
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

    private static void AnalyzeUnsafeModifier(SyntaxNodeAnalysisContext context)
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
            context.ReportDiagnostic(RiskDiagnostic.Create(UnsafeRule, token.GetLocation(), Describe(token.Parent)));
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

    private static void AnalyzeInvocation(OperationAnalysisContext context, INamedTypeSymbol? unsafeType, INamedTypeSymbol? memoryMarshal)
    {
        var method = ((IInvocationOperation)context.Operation).TargetMethod;
        var type = method.ContainingType;
        if ((unsafeType is not null && SymbolEqualityComparer.Default.Equals(type, unsafeType) && UnsafeMethods.Contains(method.Name)) ||
            (memoryMarshal is not null && SymbolEqualityComparer.Default.Equals(type, memoryMarshal) && MemoryMarshalMethods.Contains(method.Name)))
        {
            context.ReportDiagnostic(RiskDiagnostic.Create(ReinterpretRule, context.Operation.Syntax.GetLocation(), type.Name + "." + method.Name));
        }
    }

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
