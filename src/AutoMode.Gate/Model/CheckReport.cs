using AutoMode;

namespace AutoMode.Gate.Model;

/// <summary>The gate's verdict on a change: the highest risk, the strictest decision and why.</summary>
public sealed record CheckReport(
    string Repository,
    string Mode,
    string? Base,
    RiskLevel Risk,
    Decision Decision,
    DecidingLine DecidedBy,
    IReadOnlyList<FileReport> Files,
    IReadOnlyList<string> Notes,
    TimeSpan Elapsed)
{
    public IEnumerable<Finding> Findings => Files.SelectMany(f => f.Findings);
}
