using System.Text;
using System.Text.Json;
using AutoMode;
using AutoMode.Gate.Model;

namespace AutoMode.Gate.Reports;

/// <summary>
/// SARIF 2.1.0 as GitHub code scanning accepts it: one run, the rules that fired with their help links, results with
/// repository-relative locations under the <c>%SRCROOT%</c> base, and the gate's decision as run properties.
/// Levels: Critical = error, High = warning, Medium and Low = note.
/// One vocabulary with the build's SARIF (the compiler's <c>ErrorLog</c>): a result carries the analyzers' diagnostic
/// properties exactly where and as the compiler writes them — <c>properties.customProperties</c> with
/// <c>automode.risk</c> ("Critical", "High", "Medium", "Low") and <c>automode.category</c> — and a rule its
/// <c>properties.category</c>; what only the gate knows uses the same <c>automode.</c> prefix.
/// </summary>
public static class SarifReport
{
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";
    private const string RootBase = "%SRCROOT%";

    /// <summary>The analyzers' diagnostic property names (AutoMode.Analyzers' RiskModel), as the compiler writes them to SARIF.</summary>
    public const string RiskProperty = "automode.risk";

    public const string CategoryProperty = "automode.category";

    public static string Write(CheckReport report) => Write(
        report.Repository,
        report.Findings.ToList(),
        report.Notes,
        (int)report.Decision,
        w =>
        {
            w.WriteString("automode.decision", report.Decision.ToString().ToLowerInvariant());
            w.WriteString(RiskProperty, report.Risk.ToString());
            w.WriteString("automode.decidedBy", report.DecidedBy.ToString());
            w.WriteString("automode.mode", report.Mode);
        });

    public static string Write(ScanReport report) => Write(
        report.Root,
        report.Findings,
        report.Notes,
        0,
        w => w.WriteString("automode.highestRisk", report.HighestRisk.ToString()));

    public static string Level(RiskLevel risk) => risk switch
    {
        RiskLevel.Critical => "error",
        RiskLevel.High => "warning",
        _ => "note",
    };

    private static string Write(string root, IReadOnlyList<Finding> findings, IReadOnlyList<string> notes, int exitCode, Action<Utf8JsonWriter> runProperties)
    {
        var rules = findings
            .GroupBy(f => f.RuleId, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.First())
            .ToList();
        var ruleIndex = rules.Select((r, i) => (r.RuleId, i)).ToDictionary(x => x.RuleId, x => x.i, StringComparer.Ordinal);

        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            w.WriteString("$schema", SchemaUri);
            w.WriteString("version", "2.1.0");
            w.WriteStartArray("runs");
            w.WriteStartObject();

            w.WriteStartObject("tool");
            w.WriteStartObject("driver");
            w.WriteString("name", ToolInfo.FullName);
            w.WriteString("version", ToolInfo.Version);
            w.WriteString("semanticVersion", ToolInfo.Version);
            w.WriteString("informationUri", ToolInfo.InformationUri);
            w.WriteStartArray("rules");
            foreach (var rule in rules)
            {
                w.WriteStartObject();
                w.WriteString("id", rule.RuleId);
                w.WriteString("name", RuleName(rule.Title));
                w.WriteStartObject("shortDescription");
                w.WriteString("text", rule.Title);
                w.WriteEndObject();
                w.WriteString("helpUri", rule.HelpLink ?? ToolInfo.GateRulesHelp);
                w.WriteStartObject("properties");
                w.WriteString("category", rule.Category);
                w.WriteEndObject();
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteEndObject();

            w.WriteStartObject("originalUriBaseIds");
            w.WriteStartObject(RootBase);
            w.WriteString("uri", new Uri(root.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar).AbsoluteUri);
            w.WriteEndObject();
            w.WriteEndObject();

            w.WriteStartArray("invocations");
            w.WriteStartObject();
            w.WriteBoolean("executionSuccessful", true);
            w.WriteNumber("exitCode", exitCode);
            w.WriteStartArray("toolExecutionNotifications");
            foreach (var note in notes)
            {
                w.WriteStartObject();
                w.WriteString("level", "note");
                w.WriteStartObject("message");
                w.WriteString("text", note);
                w.WriteEndObject();
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteEndArray();

            w.WriteStartArray("results");
            foreach (var f in findings)
            {
                WriteResult(w, f, ruleIndex[f.RuleId]);
            }

            w.WriteEndArray();

            w.WriteStartObject("properties");
            runProperties(w);
            w.WriteEndObject();

            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void WriteResult(Utf8JsonWriter w, Finding f, int index)
    {
        w.WriteStartObject();
        w.WriteString("ruleId", f.RuleId);
        w.WriteNumber("ruleIndex", index);
        w.WriteString("level", Level(f.Risk));
        w.WriteStartObject("message");
        w.WriteString("text", f.Message);
        w.WriteEndObject();
        if (!string.IsNullOrEmpty(f.Path))
        {
            w.WriteStartArray("locations");
            w.WriteStartObject();
            w.WriteStartObject("physicalLocation");
            w.WriteStartObject("artifactLocation");
            w.WriteString("uri", RelativeUri(f.Path));
            w.WriteString("uriBaseId", RootBase);
            w.WriteEndObject();
            if (f.Line > 0)
            {
                w.WriteStartObject("region");
                w.WriteNumber("startLine", f.Line);
                w.WriteNumber("startColumn", Math.Max(1, f.Column));
                w.WriteNumber("endLine", Math.Max(f.Line, f.EndLine));
                w.WriteNumber("endColumn", Math.Max(1, f.EndColumn));
                w.WriteEndObject();
            }

            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteEndArray();
        }

        w.WriteStartObject("properties");
        w.WriteStartObject("customProperties");
        // Sorted by name, as the compiler writes them; the fingerprint and acceptance under the analyzers' own names.
        if (f.Accepted is { } accepted)
        {
            w.WriteString(AcceptedRisks.AcceptedProperty, "true");
            w.WriteString(AcceptedRisks.AcceptedByProperty, accepted.By);
            w.WriteString(AcceptedRisks.AcceptedLevelProperty, accepted.Level);
            w.WriteString(AcceptedRisks.AcceptedOnProperty, accepted.On);
            w.WriteString(AcceptedRisks.AcceptedWhyProperty, accepted.Why);
        }

        w.WriteString(CategoryProperty, f.Category);
        if (f.Fingerprint is { } fingerprint)
        {
            w.WriteString(AcceptedRisks.HashProperty, fingerprint.Hash);
        }

        w.WriteString("automode.inRemovedCode", f.InRemovedCode ? "true" : "false");
        if (f.Fingerprint is { } print)
        {
            w.WriteString(AcceptedRisks.MemberProperty, print.Member);
            w.WriteString(AcceptedRisks.OccurrenceProperty, print.Occurrence.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        w.WriteString(RiskProperty, f.Risk.ToString());
        w.WriteString("automode.source", f.Source.ToString().ToLowerInvariant());
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static string RelativeUri(string path) =>
        string.Join('/', path.Replace('\\', '/').Split('/').Select(Uri.EscapeDataString));

    private static string RuleName(string title)
    {
        var builder = new StringBuilder();
        foreach (var word in title.Split(' ', '-', '/', '\'', '(', ')', ',', '.', ':'))
        {
            if (word.Length > 0)
            {
                builder.Append(char.ToUpperInvariant(word[0])).Append(word.AsSpan(1));
            }
        }

        return builder.Length > 0 ? builder.ToString() : "Rule";
    }
}
