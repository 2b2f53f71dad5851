using AutoMode;

namespace AutoMode.Gate.Model;

/// <summary>
/// One thing the gate found: an analyzer diagnostic (AMxxxx), a file-level classification or a policy-tampering
/// finding of the gate itself (AMGxxx), or an analyzer that crashed (AD0001). Lines and columns are 1-based;
/// a file-level finding has line 0.
/// </summary>
public sealed record Finding(
    string RuleId,
    RiskLevel Risk,
    string Category,
    string Message,
    string Path,
    int Line,
    int Column,
    int EndLine,
    int EndColumn,
    string? HelpLink,
    FindingSource Source,
    bool InRemovedCode = false)
{
    /// <summary>The rule's title (for SARIF rule metadata).</summary>
    public string Title { get; init; } = RuleId;

    /// <summary>What identifies an analyzer finding above Low across unrelated edits (the accepted-risks file's key); null otherwise.</summary>
    public FindingFingerprint? Fingerprint { get; init; }

    /// <summary>Who accepted this finding in AutoMode.Accepted.json, when and why (it is then reported at Low); null when not accepted.</summary>
    public FindingAcceptance? Accepted { get; init; }
}

/// <summary>The containing member's documentation id, the hash of the flagged code and its occurrence in the member.</summary>
public sealed record FindingFingerprint(string Member, string Hash, int Occurrence);

/// <summary>An entry of AutoMode.Accepted.json that matched a finding: who, when, why, and the rule's level when accepted.</summary>
public sealed record FindingAcceptance(string By, string On, string Why, string Level);

/// <summary>Where a finding came from.</summary>
public enum FindingSource
{
    /// <summary>An AutoMode Roslyn analyzer.</summary>
    Analyzer,

    /// <summary>The gate's classification of a non-C# file (dependencies, SQL, configuration, CI/CD, docs…).</summary>
    File,

    /// <summary>A change that lowers the bar the gate applies (the agent editing its own policy).</summary>
    PolicyTampering,

    /// <summary>An analyzer threw: its verdict on this code is unknown.</summary>
    AnalyzerError,
}
