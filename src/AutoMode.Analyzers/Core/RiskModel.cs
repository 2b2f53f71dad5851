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

    /// <summary>An .editorconfig severity (<c>error</c>, <c>warning</c>, <c>suggestion</c>, <c>silent</c>…) as a risk; null for none, default or unknown.</summary>
    public static RiskLevel? FromConfigSeverity(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        "error" => RiskLevel.Critical,
        "warning" => RiskLevel.High,
        "suggestion" or "info" => RiskLevel.Medium,
        "silent" or "hidden" or "refactoring" => RiskLevel.Low,
        _ => null,
    };

    /// <summary>Rank of an .editorconfig severity: none = -1, silent = 0 … error = 3; null when unrecognised or <c>default</c>.</summary>
    public static int? ConfigSeverityRank(string? value)
    {
        if (string.Equals(value?.Trim(), "none", System.StringComparison.OrdinalIgnoreCase))
        {
            return -1;
        }

        return FromConfigSeverity(value) is { } risk ? (int)risk : null;
    }

    /// <summary><c>low</c>, <c>medium</c>, <c>high</c> or <c>critical</c> (any case) as a risk.</summary>
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
