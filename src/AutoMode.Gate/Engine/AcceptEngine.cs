using System.Globalization;
using System.Text.Json;
using AutoMode.Gate.Analysis;
using AutoMode.Gate.Audit;
using AutoMode.Gate.Model;

namespace AutoMode.Gate.Engine;

/// <summary>
/// <c>automode accept</c>: writes AutoMode.Accepted.json. <c>--all</c> accepts every current finding above Low (the
/// adoption baseline; entries already there keep who accepted them, when and why); an audit entry id accepts the
/// findings of a decision a person approved; <c>--prune</c> drops the entries that match no current finding. The file
/// is always rewritten in its one order and format (<see cref="AcceptedRisksFile.Write"/>).
/// </summary>
public sealed class AcceptEngine
{
    public const string FileName = AcceptedRisksFile.FileName;

    public const string BaselineReason = "baseline: present when AutoMode was adopted";

    private readonly AnalyzerCatalog _catalog;

    public AcceptEngine(AnalyzerCatalog catalog) => _catalog = catalog;

    /// <summary>Every analyzer finding above Low of a scan (and those already accepted), as entries of the file at <paramref name="acceptedPath"/>.</summary>
    internal IReadOnlyList<AcceptedRisk> EntriesOf(ScanReport report, string acceptedPath, string by, string on, string why) =>
        report.Findings
            .Where(f => f.Source == FindingSource.Analyzer && f.Fingerprint is not null && (f.Risk > RiskLevel.Low || f.Accepted is not null))
            .Select(f => Entry(f.RuleId, Path.Combine(report.Root, f.Path), f.Fingerprint!, acceptedPath, by, on, why))
            .ToList();

    /// <summary>Accepts every finding above Low of a scan (<c>--all</c>).</summary>
    public AcceptResult AcceptAll(ScanReport report, string acceptedPath, string by, string why) =>
        Add(acceptedPath, EntriesOf(report, acceptedPath, by, Today(), why));

    /// <summary>Accepts the analyzer findings above Low of a decision in the audit log, which a person approved.</summary>
    public AcceptResult AcceptDecision(AuditLine decision, string repositoryRoot, string acceptedPath, string by, string? why)
    {
        var entries = EntriesOf(decision, repositoryRoot, acceptedPath, by, Today(), why ?? $"approved: audit entry {decision.Id} ({decision.Decision})");
        return entries.Count == 0
            ? throw new GateException($"decision {decision.Id} has no analyzer finding to accept")
            : Add(acceptedPath, entries);
    }

    /// <summary>Adds <paramref name="found"/> to the file's entries (an entry already there is kept as it is).</summary>
    internal static AcceptResult Add(string acceptedPath, IEnumerable<AcceptedRisk> found)
    {
        var existing = Read(acceptedPath);
        var keys = existing.Select(e => e.Key).ToHashSet(StringComparer.Ordinal);
        var added = found.Where(e => keys.Add(e.Key)).ToList();
        return Write(acceptedPath, existing.Concat(added).ToList(), added.Count, 0, existing.Count);
    }

    /// <summary>Keeps the entries that match a finding of the scan; drops the others.</summary>
    public AcceptResult Prune(string acceptedPath, ScanReport report)
    {
        var existing = Read(acceptedPath);
        var current = EntriesOf(report, acceptedPath, string.Empty, string.Empty, string.Empty).Select(e => e.Key).ToHashSet(StringComparer.Ordinal);
        var kept = existing.Where(e => current.Contains(e.Key)).ToList();
        return Write(acceptedPath, kept, 0, existing.Count - kept.Count, kept.Count);
    }

    /// <summary>The analyzer findings above Low of an audited decision (check or hook), as entries.</summary>
    internal IReadOnlyList<AcceptedRisk> EntriesOf(AuditLine decision, string repositoryRoot, string acceptedPath, string by, string on, string why)
    {
        using var document = JsonDocument.Parse(decision.Text);
        if (!document.RootElement.TryGetProperty("findings", out var findings) || findings.ValueKind != JsonValueKind.Array)
        {
            return Array.Empty<AcceptedRisk>();
        }

        var entries = new List<AcceptedRisk>();
        foreach (var f in findings.EnumerateArray())
        {
            string? Text(string name) => f.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
            if (Text("id") is not { } id || Text("path") is not { } path || Text("member") is not { } member || Text("hash") is not { } hash ||
                !f.TryGetProperty("occurrence", out var occurrence) || !occurrence.TryGetInt32(out var index) || !_catalog.Descriptors.ContainsKey(id))
            {
                continue;
            }

            entries.Add(Entry(id, Path.Combine(repositoryRoot, path), new FindingFingerprint(member, hash, index), acceptedPath, by, on, why));
        }

        return entries.Where(e => e.Level is not (nameof(RiskLevel.Low) or "")).ToList();
    }

    public static string Today() => DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private AcceptedRisk Entry(string ruleId, string sourcePath, FindingFingerprint fingerprint, string acceptedPath, string by, string on, string why)
    {
        var level = _catalog.Descriptors.TryGetValue(ruleId, out var descriptor) ? RiskModel.FromSeverity(descriptor.DefaultSeverity).ToString() : string.Empty;
        var file = Path.GetRelativePath(Path.GetDirectoryName(Path.GetFullPath(acceptedPath))!, Path.GetFullPath(sourcePath)).Replace('\\', '/');
        return new AcceptedRisk(ruleId, level, file, fingerprint.Member, fingerprint.Hash, fingerprint.Occurrence, by, on, why);
    }

    private static List<AcceptedRisk> Read(string acceptedPath)
    {
        if (!File.Exists(acceptedPath))
        {
            return new List<AcceptedRisk>();
        }

        var (entries, problems) = AcceptedRisksFile.Parse(File.ReadAllText(acceptedPath));
        if (problems.Length > 0)
        {
            throw new GateException($"{acceptedPath} line {problems[0].Line}: {problems[0].Problem}; fix or delete it first");
        }

        return entries.ToList();
    }

    private static AcceptResult Write(string acceptedPath, IReadOnlyList<AcceptedRisk> entries, int added, int removed, int kept)
    {
        File.WriteAllText(acceptedPath, AcceptedRisksFile.Write(entries));
        return new AcceptResult(acceptedPath, added, removed, kept, entries.Count);
    }
}

/// <summary>What <c>automode accept</c> changed: entries added, removed and kept, and how many the file now has.</summary>
public sealed record AcceptResult(string Path, int Added, int Removed, int Kept, int Total);
