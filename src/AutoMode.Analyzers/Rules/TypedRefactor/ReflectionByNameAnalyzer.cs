using System.Collections.Immutable;
using System.Linq;
using AutoMode.Analyzers.Values;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace AutoMode.Analyzers.Rules.TypedRefactor;

/// <summary>
/// AM4002: reflection that finds a type or member by a constant name. The message says what the name resolves
/// to; when that is declared in this compilation, its declaration is an additional location of the diagnostic,
/// so the gate can tell that renaming it breaks this call. Names built with <c>nameof</c> or from
/// <c>typeof(T).FullName</c> follow renames and are not reported; names computed at run time are not visible.
/// In a test project the same lookup is AM4011 (Low): the test that makes it fails at once when it breaks.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ReflectionByNameAnalyzer : DiagnosticAnalyzer
{
    internal static readonly DiagnosticDescriptor Rule = DescriptorFactory.Create(
        RuleIdentifiers.ReflectionByName,
        "Type or member looked up by name",
        "'{0}' looks up \"{1}\" by name; {2}. Use typeof, nameof or a typed delegate so the compiler follows renames.",
        RuleCategory.TypedRefactor,
        RiskLevel.Medium,
        "Reflection with a constant type or member name is invisible to the compiler: renaming, moving or changing the signature of what it names compiles cleanly and fails at run time.");

    internal static readonly DiagnosticDescriptor TestRule = DescriptorFactory.Create(
        RuleIdentifiers.TestReflectionByName,
        "Type or member looked up by name in test code",
        "'{0}' looks up \"{1}\" by name; {2}. In test code a broken lookup fails the test that makes it, so it is found at once; typeof, nameof or a typed delegate still let the compiler follow renames.",
        RuleCategory.TypedRefactor,
        RiskLevel.Low,
        "Reflection by a constant name in a test project (often to reach a private member under test): a rename breaks the lookup, and the failing test shows it on the next run, before anything ships.");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rule, TestRule);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        AcceptedRisks.Enable(context);
        context.RegisterCompilationStartAction(start =>
        {
            var symbols = ReflectionSymbols.TryCreate(start.Compilation);
            if (symbols is null)
            {
                return;
            }

            var catalog = new ReflectionLookupCatalog(symbols);
            var resolver = new ReflectionTargetResolver(start.Compilation, symbols);
            var rule = TestCode.IsTestProject(start.Compilation, start.Options) ? TestRule : Rule;
            start.RegisterOperationAction(c => Analyze(c, catalog, resolver, rule), OperationKind.Invocation);
        });
    }

    private static void Analyze(OperationAnalysisContext context, ReflectionLookupCatalog catalog, ReflectionTargetResolver resolver, DiagnosticDescriptor rule)
    {
        var invocation = (IInvocationOperation)context.Operation;
        if (catalog.Match(invocation) is not { } lookup ||
            ValueResolver.Resolve(lookup.Name).KnownText is not { Length: > 0 } name ||
            NameofDetector.UsesNameof(lookup.Name))
        {
            return;
        }

        var (targets, explanation) = Describe(lookup, name, resolver, context.Compilation);
        var declarations = targets.SelectMany(t => SourceLocations.Of(t, context.Compilation));
        context.ReportDiagnostic(RiskDiagnostic.Create(rule, invocation.Syntax.GetLocation(), declarations, lookup.ApiName, name, explanation));
    }

    private static (ImmutableArray<ISymbol> Targets, string Explanation) Describe(
        ReflectionLookup lookup, string name, ReflectionTargetResolver resolver, Compilation compilation)
    {
        if (lookup.Kind == LookupKind.Type)
        {
            return resolver.ResolveTypeName(name) is { } type
                ? (ImmutableArray.Create<ISymbol>(type), ResolvesTo(ImmutableArray.Create<ISymbol>(type), compilation))
                : (ImmutableArray<ISymbol>.Empty, "no type this compilation can see has that name, so nothing here tells which code it depends on");
        }

        if (resolver.ResolveReceiver(lookup.Receiver) is not { } receiver)
        {
            return (ImmutableArray<ISymbol>.Empty, "the compiler cannot tell which type it searches");
        }

        var members = ReflectionTargetResolver.FindMembers(receiver, name, lookup.Kind);
        return members.IsEmpty
            ? (members, $"'{receiver.ToDisplayString()}' has no such member here, so the lookup depends on something the compiler cannot see")
            : (members, ResolvesTo(members, compilation));
    }

    private static string ResolvesTo(ImmutableArray<ISymbol> targets, Compilation compilation)
    {
        var first = targets[0];
        var display = "'" + first.ToDisplayString() + "'" + (targets.Length > 1 ? $" and {targets.Length - 1} more overload(s)" : string.Empty);
        const string Breaks = ": renaming it still compiles and breaks this lookup at run time";
        if (SymbolEqualityComparer.Default.Equals(first.ContainingAssembly, compilation.Assembly))
        {
            return $"it resolves to {display}, declared in this compilation" + Breaks;
        }

        // A project reference passed as a compilation (IDE, gate): its source is in the same solution.
        return first.Locations.Any(l => l.IsInSource)
            ? $"it resolves to {display}, declared in the referenced project '{first.ContainingAssembly?.Name}'" + Breaks
            : $"it resolves to {display} in {first.ContainingAssembly?.Name ?? "a referenced assembly"}";
    }
}
