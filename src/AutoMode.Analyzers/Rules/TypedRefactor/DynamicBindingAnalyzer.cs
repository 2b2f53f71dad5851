using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace AutoMode.Analyzers.Rules.TypedRefactor;

/// <summary>
/// AM4001: member accesses, invocations, indexers, object creations and conversions that the compiler leaves to
/// the run-time binder because an operand is <c>dynamic</c>. Declaring or assigning a <c>dynamic</c> is not
/// flagged; only the operations whose target is found by name at run time. In a test project the same binding is AM4015
/// (Low): the test that runs it fails at once when it breaks.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class DynamicBindingAnalyzer : DiagnosticAnalyzer
{
    internal static readonly DiagnosticDescriptor Rule = DescriptorFactory.Create(
        RuleIdentifiers.DynamicBinding,
        "Member bound at run time through dynamic",
        "'{0}' is bound at run time through dynamic; renaming or changing the signature of what it names still compiles and fails only when this line runs. Give the receiver a static type or an interface instead.",
        RuleCategory.TypedRefactor,
        RiskLevel.Medium,
        "With a dynamic receiver or argument, the compiler does not check the member name, the overload or the conversion: a typed refactor that compiles cleanly can still break this code at run time.");

    internal static readonly DiagnosticDescriptor TestRule = DescriptorFactory.Create(
        RuleIdentifiers.TestDynamicBinding,
        "Member bound at run time through dynamic in test code",
        "'{0}' is bound at run time through dynamic in a test project; a rename that breaks it fails the test that runs this line, before anything ships. Recorded at Low rather than Medium (AM4001); a static type or an interface still lets the compiler follow renames.",
        RuleCategory.TypedRefactor,
        RiskLevel.Low,
        "A dynamic member access, invocation, indexer, creation or conversion in a test project (often reading a JSON or anonymous-type response in an assertion).");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rule, TestRule);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        AcceptedRisks.Enable(context);
        context.RegisterCompilationStartAction(start =>
        {
            var rule = TestCode.IsTestProject(start.Compilation, start.Options) ? TestRule : Rule;
            start.RegisterOperationAction(
                c => Analyze(c, rule),
                OperationKind.DynamicMemberReference,
                OperationKind.DynamicInvocation,
                OperationKind.DynamicIndexerAccess,
                OperationKind.DynamicObjectCreation,
                OperationKind.Conversion);
        });
    }

    private static void Analyze(OperationAnalysisContext context, DiagnosticDescriptor rule)
    {
        var operation = context.Operation;
        switch (operation)
        {
            case IDynamicMemberReferenceOperation when operation.Parent is IDynamicInvocationOperation invocation && invocation.Operation == operation:
                return; // reported once, at the invocation
            case IConversionOperation conversion when !IsDynamicConversion(conversion):
                return;
        }

        context.ReportDiagnostic(RiskDiagnostic.Create(rule, operation.Syntax.GetLocation(), Snippet.Of(operation.Syntax)));
    }

    private static bool IsDynamicConversion(IConversionOperation conversion)
        => conversion.Operand.Type?.TypeKind == TypeKind.Dynamic &&
           conversion.Type is { TypeKind: not TypeKind.Dynamic, SpecialType: not SpecialType.System_Object } &&
           conversion.GetConversion().IsDynamic;
}
