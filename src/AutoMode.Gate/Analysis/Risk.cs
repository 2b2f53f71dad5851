using AutoMode;
using Microsoft.CodeAnalysis;

namespace AutoMode.Gate.Analysis;

/// <summary>Severity is risk (Hidden = Low … Error = Critical), as in the analyzers' RiskModel.</summary>
public static class Risk
{
    public static RiskLevel FromSeverity(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Hidden => RiskLevel.Low,
        DiagnosticSeverity.Info => RiskLevel.Medium,
        DiagnosticSeverity.Warning => RiskLevel.High,
        _ => RiskLevel.Critical,
    };

    /// <summary>An .editorconfig severity (<c>error</c>, <c>warning</c>, <c>suggestion</c>, <c>silent</c>, <c>none</c>…) as a risk; null for none, default or unknown.</summary>
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
        if (string.Equals(value?.Trim(), "none", StringComparison.OrdinalIgnoreCase))
        {
            return -1;
        }

        return FromConfigSeverity(value) is { } risk ? (int)risk : null;
    }

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
