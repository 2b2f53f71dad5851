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

    /// <summary>The change that was classified (texts before and after, for the audit log's ranges and hashes).</summary>
    public Git.ChangeSet? Changes { get; init; }

    /// <summary>The command that was judged (<c>check-command</c>, an agent's shell tool); null for a change of files.</summary>
    public ProposedCommand? Command { get; init; }
}
