using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace AutoMode.Analyzers.Rules.Declared;

/// <summary>
/// AM9001–AM9004: uses (calls, object creations, property, event and method-group accesses) of APIs a team
/// declared risky with <c>[Risk(level, reason)]</c> or in a risk list, one id per level. AM9011–AM9013: risk
/// list lines that cannot be used.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class DeclaredRiskAnalyzer : DiagnosticAnalyzer
{
    private const string UseMessage = "'{0}': {1} — declared {2} risk by {3}. Review this use before it lands.";
    private const string UseDescription = "A member annotated [Risk] (on the member, its type or its assembly, also in referenced assemblies; overrides and interface implementations inherit it) or listed in AutoMode.Risks.txt is used. The id tells the declared level.";

    internal static readonly DiagnosticDescriptor LowRule = DescriptorFactory.Create(
        RuleIdentifiers.DeclaredLowRisk, "Use of an API declared Low risk", UseMessage, RuleCategory.Declared, RiskLevel.Low, UseDescription);

    internal static readonly DiagnosticDescriptor MediumRule = DescriptorFactory.Create(
        RuleIdentifiers.DeclaredMediumRisk, "Use of an API declared Medium risk", UseMessage, RuleCategory.Declared, RiskLevel.Medium, UseDescription);

    internal static readonly DiagnosticDescriptor HighRule = DescriptorFactory.Create(
        RuleIdentifiers.DeclaredHighRisk, "Use of an API declared High risk", UseMessage, RuleCategory.Declared, RiskLevel.High, UseDescription);

    internal static readonly DiagnosticDescriptor CriticalRule = DescriptorFactory.Create(
        RuleIdentifiers.DeclaredCriticalRisk, "Use of an API declared Critical risk", UseMessage, RuleCategory.Declared, RiskLevel.Critical, UseDescription);

    internal static readonly DiagnosticDescriptor MalformedLineRule = DescriptorFactory.Create(
        RuleIdentifiers.MalformedRiskListLine,
        "Malformed risk list line",
        "This risk list line is ignored: {0}. Write '<documentation id>;<Low|Medium|High|Critical>;<reason>', e.g. 'M:Billing.Ledger.Purge(System.Int32);Critical;deletes ledger entries'.",
        RuleCategory.Declared,
        RiskLevel.High,
        "A line of AutoMode.Risks.txt that cannot be parsed declares nothing, so the risk it meant to declare goes unreported.");

    internal static readonly DiagnosticDescriptor UnknownSymbolRule = DescriptorFactory.Create(
        RuleIdentifiers.UnknownRiskListSymbol,
        "Risk list names an unknown symbol",
        "'{0}' names no symbol this project can see, so nothing is reported for it. Check the documentation id (parameter types fully qualified, generic arity as ``1), or move the line to the risk list of the project that uses the API.",
        RuleCategory.Declared,
        RiskLevel.High,
        "A risk list line whose documentation id matches no symbol in the compilation or its references declares nothing.");

    internal static readonly DiagnosticDescriptor DuplicateRule = DescriptorFactory.Create(
        RuleIdentifiers.DuplicateRiskListEntry,
        "Duplicate risk list entry",
        "'{0}' is already declared at {1}; this line is ignored. Keep one line per symbol.",
        RuleCategory.Declared,
        RiskLevel.High,
        "The same documentation id listed twice: only the first line counts, which hides a disagreement about its level or reason.");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        LowRule, MediumRule, HighRule, CriticalRule, MalformedLineRule, UnknownSymbolRule, DuplicateRule);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        AcceptedRisks.Enable(context);
        context.RegisterCompilationStartAction(start =>
        {
            var attribute = WellKnownTypes.For(start.Compilation).Get(RiskAttributeReader.MetadataName);
            var files = start.Options.AdditionalFiles.Where(f => RiskList.IsRiskListFile(f.Path)).ToImmutableArray();
            if (attribute is null && files.IsEmpty)
            {
                return;
            }

            var list = files.IsEmpty ? RiskList.Empty : RiskList.Load(files, start.Compilation, start.CancellationToken);
            var declarations = new RiskDeclarations(attribute, list);
            if (!list.ProblemsByPath.IsEmpty)
            {
                start.RegisterAdditionalFileAction(c => ReportProblems(c, list));
            }

            start.RegisterOperationAction(
                c => AnalyzeUse(c, declarations),
                OperationKind.Invocation, OperationKind.ObjectCreation, OperationKind.PropertyReference, OperationKind.EventReference, OperationKind.MethodReference);
        });
    }

    private static void ReportProblems(AdditionalFileAnalysisContext context, RiskList list)
    {
        if (!list.ProblemsByPath.TryGetValue(context.AdditionalFile.Path, out var problems))
        {
            return;
        }

        foreach (var problem in problems)
        {
            var diagnostic = problem.Kind switch
            {
                RiskListProblemKind.Malformed => RiskDiagnostic.Create(MalformedLineRule, problem.Location, problem.Detail),
                RiskListProblemKind.UnknownSymbol => RiskDiagnostic.Create(UnknownSymbolRule, problem.Location, problem.Detail),
                _ => RiskDiagnostic.Create(DuplicateRule, problem.Location, problem.Line.Split(';')[0].Trim(), problem.Detail),
            };
            context.ReportDiagnostic(diagnostic);
        }
    }

    private static void AnalyzeUse(OperationAnalysisContext context, RiskDeclarations declarations)
    {
        ISymbol? used = context.Operation switch
        {
            IInvocationOperation invocation => invocation.TargetMethod,
            IObjectCreationOperation creation => creation.Constructor,
            IPropertyReferenceOperation property => property.Property,
            IEventReferenceOperation @event => @event.Event,
            IMethodReferenceOperation method => method.Method,
            _ => null,
        };
        if (used is null || declarations.Find(used) is not { } declaration || IsInsideDeclaration(context.ContainingSymbol, used, declaration))
        {
            return;
        }

        var rule = declaration.Level switch
        {
            RiskLevel.Low => LowRule,
            RiskLevel.Medium => MediumRule,
            RiskLevel.High => HighRule,
            _ => CriticalRule,
        };
        var reason = declaration.Reason.Length == 0 ? "no reason given" : declaration.Reason;
        context.ReportDiagnostic(RiskDiagnostic.Create(rule, context.Operation.Syntax.GetLocation(), Display(used), reason, declaration.Level, declaration.Source));
    }

    /// <summary>
    /// Uses inside what the declaration covers are the implementation, not new uses: a member calling itself,
    /// members of a declared type among themselves, code of a declared namespace or assembly within it.
    /// </summary>
    private static bool IsInsideDeclaration(ISymbol? caller, ISymbol used, RiskDeclaration declaration)
    {
        if (caller is null)
        {
            return false;
        }

        switch (declaration.Scope)
        {
            case DeclarationScope.Member:
                return SymbolEqualityComparer.Default.Equals(caller.OriginalDefinition, used.OriginalDefinition);
            case DeclarationScope.Type:
                for (var type = caller as INamedTypeSymbol ?? caller.ContainingType; type is not null; type = type.ContainingType)
                {
                    if (SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, declaration.DeclaredOn))
                    {
                        return true;
                    }
                }

                return false;
            case DeclarationScope.Namespace:
                for (var ns = caller.ContainingNamespace; ns is { IsGlobalNamespace: false }; ns = ns.ContainingNamespace)
                {
                    if (ns.ToDisplayString() == declaration.DeclaredOn.ToDisplayString())
                    {
                        return true;
                    }
                }

                return false;
            default:
                return SymbolEqualityComparer.Default.Equals(caller.ContainingAssembly, used.ContainingAssembly);
        }
    }

    private static string Display(ISymbol used) => used switch
    {
        IMethodSymbol { MethodKind: MethodKind.Constructor } constructor => "new " + constructor.ContainingType.Name,
        _ when used.ContainingType is { } type => type.Name + "." + used.Name,
        _ => used.Name,
    };
}
