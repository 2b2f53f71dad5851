using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using AutoMode.Analyzers.Suppressions;

namespace AutoMode.Analyzers.Rules.TypedRefactor;

/// <summary>
/// AM4008: <c>#pragma warning disable</c> and <c>[SuppressMessage]</c>/<c>[UnconditionalSuppressMessage]</c> for
/// compiler and analyzer findings. Suppressions of AutoMode's own ids (AMxxxx) are the declared-risk family's (AM9xxx)
/// and are left alone here; a pragma that lists AM ids and others is reported for the others.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class WarningSuppressionAnalyzer : DiagnosticAnalyzer
{
    internal static readonly DiagnosticDescriptor Rule = DescriptorFactory.Create(
        RuleIdentifiers.WarningSuppressed,
        "Compiler or analyzer finding suppressed",
        "'{0}' suppresses {1}: the compiler was told to stop checking, so a change that breaks what it checks goes unreported. Fix the finding, or keep the suppression as narrow as possible and justify it.",
        RuleCategory.TypedRefactor,
        RiskLevel.Medium,
        "A suppressed warning is a check the compiler or an analyzer no longer makes: a typed refactor that compiles cleanly may only do so because the warning that would have caught it is off.");

    /// <summary>The same suppression in a test project, where what it hides fails a test or stays in the tests before anything ships.</summary>
    internal static readonly DiagnosticDescriptor ScopedRule = DescriptorFactory.Create(
        RuleIdentifiers.ScopedWarningSuppression,
        "Compiler or analyzer finding suppressed in test code",
        "'{0}' suppresses {1} {2}. What it hides stays in the tests, so the gate records it at Low.",
        RuleCategory.TypedRefactor,
        RiskLevel.Low,
        "A suppression in a test project hides a check of test code only: what it hides fails a test or stays in the tests; nothing ships with it.");

    private static readonly Regex OwnId = new(@"^AM\d{4}\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rule, ScopedRule);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        AcceptedRisks.Enable(context);
        context.RegisterCompilationStartAction(start =>
        {
            var testProject = TestCode.IsTestProject(start.Compilation, start.Options);
            start.RegisterSyntaxTreeAction(c => AnalyzePragmas(c, testProject));
            SuppressionAttributes.Register(start, (attribute, report) => AnalyzeAttribute(attribute, report, testProject));
        });
    }

    private static void AnalyzePragmas(SyntaxTreeAnalysisContext context, bool testProject)
    {
        foreach (var pragma in PragmaWarnings.Disables(context.Tree, context.CancellationToken))
        {
            var ids = pragma.ErrorCodes.Select(code => code.ToString().Trim()).ToList();
            var others = ids.Where(id => !OwnId.IsMatch(id)).ToList();
            if (ids.Count > 0 && others.Count == 0)
            {
                continue;
            }

            var what = ids.Count == 0 ? "every warning" : Describe(others);
            var snippet = Snippet.Of(pragma, 80);
            context.ReportDiagnostic(
                testProject ? RiskDiagnostic.Create(ScopedRule, pragma.GetLocation(), snippet, what, "in a test project")
                : RiskDiagnostic.Create(Rule, pragma.GetLocation(), snippet, what));
        }
    }

    private static void AnalyzeAttribute(SuppressionAttribute attribute, Action<Diagnostic> report, bool testProject)
    {
        var checkId = attribute.CheckId;
        if (OwnId.IsMatch(checkId.Trim()))
        {
            return;
        }

        var category = attribute.Category;
        var what = checkId.Length == 0 ? "an unnamed check" : $"'{checkId}'" + (category.Length == 0 ? string.Empty : $" ({category})");
        report(testProject
            ? RiskDiagnostic.Create(ScopedRule, attribute.Syntax.GetLocation(), Snippet.Of(attribute.Syntax, 80), what, "in a test project")
            : RiskDiagnostic.Create(Rule, attribute.Syntax.GetLocation(), Snippet.Of(attribute.Syntax, 80), what));
    }

    private static string Describe(IReadOnlyList<string> ids) => ids.Count == 1 ? ids[0] : string.Join(", ", ids);
}
