using AutoMode;

namespace AutoMode.Gate.Model;

/// <summary>Everything in a codebase an agent could not touch without approval.</summary>
public sealed record ScanReport(
    string Path,
    IReadOnlyList<string> Projects,
    int FileCount,
    IReadOnlyList<Finding> Findings,
    IReadOnlyList<string> Notes,
    TimeSpan Elapsed)
{
    /// <summary>The folder the finding paths are relative to.</summary>
    public string Root { get; init; } = Path;

    public IEnumerable<Finding> AnalyzerErrors => Findings.Where(f => f.Source == FindingSource.AnalyzerError);

    public RiskLevel HighestRisk => Findings.Count == 0 ? RiskLevel.Low : Findings.Max(f => f.Risk);
}
