using Microsoft.CodeAnalysis;

namespace AutoMode.Analyzers;

/// <summary>The one mapping between risk levels and diagnostic severities: severity is the risk level.</summary>
internal static class RiskModel
{
    /// <summary>Diagnostic property with the risk of this occurrence (Low, Medium, High, Critical).</summary>
    public const string RiskProperty = "automode.risk";

    /// <summary>Diagnostic property with the rule's category (see <see cref="RuleCategory"/>).</summary>
    public const string CategoryProperty = "automode.category";

    public static DiagnosticSeverity ToSeverity(RiskLevel risk) => risk switch
    {
        RiskLevel.Low => DiagnosticSeverity.Hidden,
        RiskLevel.Medium => DiagnosticSeverity.Info,
        RiskLevel.High => DiagnosticSeverity.Warning,
        _ => DiagnosticSeverity.Error,
    };

    public static RiskLevel FromSeverity(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Hidden => RiskLevel.Low,
        DiagnosticSeverity.Info => RiskLevel.Medium,
        DiagnosticSeverity.Warning => RiskLevel.High,
        _ => RiskLevel.Critical,
    };

    public static bool TryParse(string? text, out RiskLevel risk)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case "low": risk = RiskLevel.Low; return true;
            case "medium": risk = RiskLevel.Medium; return true;
            case "high": risk = RiskLevel.High; return true;
            case "critical": risk = RiskLevel.Critical; return true;
            default: risk = RiskLevel.Low; return false;
        }
    }
}
