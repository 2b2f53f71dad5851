using Microsoft.CodeAnalysis;

namespace AutoMode.Analyzers;

/// <summary>
/// The only way to build a <see cref="DiagnosticDescriptor"/> in this package (the raw constructor is banned
/// in src/BannedSymbols.txt): the default severity comes from the risk level and the help link from the id.
/// Rules reported from a compilation-end action say so (<c>reportedAtCompilationEnd</c>), so that the IDE does not
/// expect them from live, per-document analysis.
/// </summary>
internal static class DescriptorFactory
{
    public const string HelpLinkBase = "https://github.com/automode/AutoMode.Analyzers/blob/main/docs/rules/";

    public static DiagnosticDescriptor Create(
        string id,
        string title,
        string messageFormat,
        RuleCategory category,
        RiskLevel risk,
        string description,
        bool reportedAtCompilationEnd = false)
    {
#pragma warning disable RS0030 // The one sanctioned use of the constructor.
        return new DiagnosticDescriptor(
            id,
            title,
            messageFormat,
            category.ToString(),
            RiskModel.ToSeverity(risk),
            isEnabledByDefault: true,
            description: description,
            helpLinkUri: HelpLinkBase + id + ".md",
            customTags: reportedAtCompilationEnd ? new[] { "AutoMode", WellKnownDiagnosticTags.CompilationEnd } : new[] { "AutoMode" });
#pragma warning restore RS0030
    }
}
