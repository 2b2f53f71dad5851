using System;
using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using AutoMode.Analyzers.Suppressions;

namespace AutoMode.Analyzers.Rules.Suppressions;

/// <summary>
/// AM9101/AM9102: suppressions of AutoMode's own findings — <c>#pragma warning disable AMxxxx</c>,
/// <c>[SuppressMessage(…, "AMxxxx…")]</c> and <c>NoWarn</c> with AM ids in the project — High without a
/// justification, Low with one. Suppressing other analyzers is the typed-refactor family's concern.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class AutoModeSuppressionAnalyzer : DiagnosticAnalyzer
{
    /// <summary>NoWarn with ',' between the ids, set by the package's build/AutoMode.Analyzers.targets.</summary>
    internal const string AutoModeNoWarnProperty = "build_property.AutoModeNoWarn";

    /// <summary>NoWarn itself: the compiler cuts it at the first ';' (an .editorconfig comment), so it is only a fallback.</summary>
    internal const string NoWarnProperty = "build_property.NoWarn";

    internal static readonly DiagnosticDescriptor UnjustifiedRule = DescriptorFactory.Create(
        RuleIdentifiers.UnjustifiedSuppression,
        "AutoMode finding suppressed without a justification",
        "{0} hides {1} findings without saying why; the risk is still there, only no longer reported. Fix the code, or give a justification ({2}).",
        RuleCategory.Policy,
        RiskLevel.High,
        "A suppression of an AutoMode rule turns the gate off for that code. Without a written justification nobody can review why.");

    internal static readonly DiagnosticDescriptor JustifiedRule = DescriptorFactory.Create(
        RuleIdentifiers.JustifiedSuppression,
        "AutoMode finding suppressed with a justification",
        "{0} hides {1} findings: \"{2}\"; recorded for the gate",
        RuleCategory.Policy,
        RiskLevel.Low,
        "A justified suppression of an AutoMode rule is recorded at Low so that the gate knows about it; the gate treats a newly added suppression as Critical.");

    private static readonly Regex AutoModeId = new(@"^AM\d{4}(?![0-9])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
    private static readonly char[] NoWarnSeparators = { ';', ',', ' ', '\t', '\r', '\n' };

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(UnjustifiedRule, JustifiedRule);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        AcceptedRisks.Enable(context);
        context.RegisterSyntaxTreeAction(AnalyzePragmas);
        context.RegisterCompilationStartAction(start => SuppressionAttributes.Register(start, AnalyzeAttribute));
        context.RegisterCompilationAction(AnalyzeNoWarn);
    }

    private static void AnalyzePragmas(SyntaxTreeAnalysisContext context)
    {
        foreach (var pragma in PragmaWarnings.Disables(context.Tree, context.CancellationToken))
        {
            string? justification = null;
            foreach (var code in pragma.ErrorCodes)
            {
                if (code is not IdentifierNameSyntax identifier || !AutoModeId.IsMatch(identifier.Identifier.ValueText))
                {
                    continue;
                }

                justification ??= PragmaWarnings.Justification(pragma) ?? string.Empty;
                var id = identifier.Identifier.ValueText.ToUpperInvariant();
                Report(context.ReportDiagnostic, identifier.GetLocation(), "'#pragma warning disable " + id + "'", id, justification, "a comment after the id or on the line above");
            }
        }
    }

    private static void AnalyzeAttribute(SuppressionAttribute attribute, Action<Diagnostic> report)
    {
        if (AutoModeId.Match(attribute.CheckId.Trim()) is not { Success: true } match)
        {
            return;
        }

        var id = match.Value.ToUpperInvariant();
        var justification = attribute.Justification;
        if (justification is not null && justification.Trim().Equals("<Pending>", StringComparison.OrdinalIgnoreCase))
        {
            justification = null;
        }

        Report(report, attribute.Syntax.GetLocation(), "[" + attribute.Syntax.Name + "] for " + id, id, justification ?? string.Empty, "Justification = \"…\"");
    }

    private static void AnalyzeNoWarn(CompilationAnalysisContext context)
    {
        var options = context.Options.AnalyzerConfigOptionsProvider.GlobalOptions;
        if (!(options.TryGetValue(AutoModeNoWarnProperty, out var noWarn) && !string.IsNullOrWhiteSpace(noWarn)) &&
            !(options.TryGetValue(NoWarnProperty, out noWarn) && !string.IsNullOrWhiteSpace(noWarn)))
        {
            return;
        }

        foreach (var item in noWarn.Split(NoWarnSeparators, StringSplitOptions.RemoveEmptyEntries))
        {
            var id = item.Trim();
            if (AutoModeId.IsMatch(id) && id.Length == 6)
            {
                id = id.ToUpperInvariant();
                Report(context.ReportDiagnostic, Location.None, "<NoWarn>" + id + "</NoWarn> in the project", id, string.Empty, "use a justified [SuppressMessage] on the one member instead");
            }
        }
    }

    private static void Report(Action<Diagnostic> report, Location location, string what, string id, string justification, string howToJustify)
    {
        report(justification.Trim().Length == 0
            ? RiskDiagnostic.Create(UnjustifiedRule, location, what, id, howToJustify)
            : RiskDiagnostic.Create(JustifiedRule, location, what, id, Shorten(justification.Trim())));
    }

    private static string Shorten(string text) => text.Length > 120 ? text.Substring(0, 117) + "..." : text;
}
