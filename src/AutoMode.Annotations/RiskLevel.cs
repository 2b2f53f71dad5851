#if AUTOMODE_ANALYZERS
// Compiled into the analyzer assembly too (linked), so that the analyzers need no dependency: one risk model, one file.
// The gate uses this copy (AutoMode.Analyzers.RiskLevel) with the analyzers' RiskModel; user code uses AutoMode.RiskLevel.
namespace AutoMode.Analyzers;
#else
namespace AutoMode;
#endif

/// <summary>
/// How much human attention a change needs before it may land.
/// The analyzers report each level at a fixed severity: Low = Hidden, Medium = Info,
/// High = Warning, Critical = Error.
/// </summary>
/// <remarks>The numeric values are part of the contract: compiled attributes store them.</remarks>
public enum RiskLevel
{
    /// <summary>Mechanical or additive; safe to approve automatically. Reported as Hidden.</summary>
    Low = 0,

    /// <summary>Worth a look; usually approved by policy. Reported as Info.</summary>
    Medium = 1,

    /// <summary>Needs a person to approve it. Reported as Warning.</summary>
    High = 2,

    /// <summary>Can lose data, expose secrets or cause an outage. Reported as Error: the build breaks.</summary>
    Critical = 3,
}
