using AutoMode;

namespace AutoMode.Gate.Model;

/// <summary>The gate's verdict on one changed file.</summary>
public sealed record FileReport(
    string Path,
    ChangeKind Change,
    string? OldPath,
    string Kind,
    RiskLevel Risk,
    Decision Decision,
    DecidingLine DecidedBy,
    IReadOnlyList<Finding> Findings);
