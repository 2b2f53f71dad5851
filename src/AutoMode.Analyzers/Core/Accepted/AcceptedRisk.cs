using System;

namespace AutoMode.Analyzers;

/// <summary>
/// One entry of the accepted-risks file (<c>AutoMode.Accepted.json</c>): a finding a person accepted, identified by
/// its rule, its file (relative to the file's folder, forward slashes) and its <see cref="RiskFingerprint"/> — the
/// containing member, the hash of the flagged code and the occurrence of that code in the member — with who accepted
/// it, when and why.
/// </summary>
internal sealed class AcceptedRisk : IEquatable<AcceptedRisk>
{
    public AcceptedRisk(string rule, string level, string file, string member, string hash, int occurrence, string by, string on, string why, int line = 0)
    {
        Rule = rule;
        Level = level;
        File = file;
        Member = member;
        Hash = hash;
        Occurrence = occurrence;
        By = by;
        On = on;
        Why = why;
        Line = line;
    }

    public string Rule { get; }

    /// <summary>The rule's level when accepted: Low, Medium, High or Critical.</summary>
    public string Level { get; }

    public string File { get; }

    public string Member { get; }

    public string Hash { get; }

    public int Occurrence { get; }

    public string By { get; }

    /// <summary>The date it was accepted (yyyy-MM-dd).</summary>
    public string On { get; }

    public string Why { get; }

    /// <summary>The 1-based line of the entry in the file it was read from (0 when built in memory).</summary>
    public int Line { get; }

    /// <summary>What identifies the finding: rule, file and fingerprint (not who, when or why).</summary>
    public string Key => Rule + "|" + File + "|" + Member + "|" + Hash + "|" + Occurrence.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static string KeyOf(string rule, string file, RiskFingerprint fingerprint) =>
        rule + "|" + file + "|" + fingerprint.Member + "|" + fingerprint.Hash + "|" + fingerprint.Occurrence.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public bool Equals(AcceptedRisk? other) =>
        other is not null && Key == other.Key && Level == other.Level && By == other.By && On == other.On && Why == other.Why;

    public override bool Equals(object? obj) => Equals(obj as AcceptedRisk);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Key);
}
