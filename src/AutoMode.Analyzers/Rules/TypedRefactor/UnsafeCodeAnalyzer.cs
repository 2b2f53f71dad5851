using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace AutoMode.Analyzers.Rules.TypedRefactor;

/// <summary>
/// AM4004: <c>unsafe</c> blocks and declarations. AM4005: <c>Unsafe.As/AsRef/BitCast</c> and
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
        context.RegisterSyntaxTreeAction(AnalyzeTree);
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

    private static void AnalyzeTree(SyntaxTreeAnalysisContext context)
    {
        var root = context.Tree.GetRoot(context.CancellationToken);
        foreach (var token in root.DescendantTokens().Where(t => t.IsKind(SyntaxKind.UnsafeKeyword)))
        {
            context.ReportDiagnostic(RiskDiagnostic.Create(UnsafeRule, token.GetLocation(), Describe(token.Parent)));
        }
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
