using System.Text;
using System.Text.Json;
using AutoMode.Gate.Model;

namespace AutoMode.Gate.Reports;

/// <summary>
/// The stable JSON output (documented in docs/gate.md, "JSON output"). Property names are camelCase; enum values
/// lowercase; new properties may be added, existing ones are never renamed or removed within a schemaVersion.
/// </summary>
public static class JsonReport
{
    public const int SchemaVersion = 1;

    public static string Write(CheckReport report) => Build(w =>
    {
        Header(w, "check");
        w.WriteString("repository", report.Repository);
        w.WriteString("mode", report.Mode);
        if (report.Base is null)
        {
            w.WriteNull("base");
        }
        else
        {
            w.WriteString("base", report.Base);
        }

        if (report.Command is { } command)
        {
            w.WriteStartObject("command");
            w.WriteString("text", command.CommandLine);
            w.WriteString("shell", Lower(command.Shell));
            w.WriteString("cwd", command.WorkingDirectory);
            w.WriteEndObject();
        }

        w.WriteString("risk", Lower(report.Risk));
        w.WriteString("decision", Lower(report.Decision));
        w.WriteNumber("exitCode", (int)report.Decision);
        WriteDecidedBy(w, report.DecidedBy);
        w.WriteStartArray("files");
        foreach (var file in report.Files)
        {
            w.WriteStartObject();
            w.WriteString("path", file.Path);
            w.WriteString("change", Lower(file.Change));
            if (file.OldPath is not null)
            {
                w.WriteString("oldPath", file.OldPath);
            }

            w.WriteString("kind", file.Kind);
            w.WriteString("risk", Lower(file.Risk));
            w.WriteString("decision", Lower(file.Decision));
            WriteDecidedBy(w, file.DecidedBy);
            WriteFindings(w, file.Findings);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        WriteStrings(w, "notes", report.Notes);
        w.WriteNumber("elapsedSeconds", Math.Round(report.Elapsed.TotalSeconds, 3));
    });

    public static string Write(ScanReport report) => Build(w =>
    {
        Header(w, "scan");
        w.WriteString("path", report.Path);
        WriteStrings(w, "projects", report.Projects);
        w.WriteNumber("files", report.FileCount);
        w.WriteString("highestRisk", Lower(report.HighestRisk));
        w.WriteStartArray("summary");
        foreach (var row in SummaryRow.From(report.Findings))
        {
            w.WriteStartObject();
            w.WriteString("category", row.Category);
            w.WriteNumber("low", row.Low);
            w.WriteNumber("medium", row.Medium);
            w.WriteNumber("high", row.High);
            w.WriteNumber("critical", row.Critical);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        WriteFindings(w, report.Findings);
        WriteStrings(w, "notes", report.Notes);
        w.WriteNumber("elapsedSeconds", Math.Round(report.Elapsed.TotalSeconds, 3));
    });

    private static string Lower<T>(T value)
        where T : struct, Enum => value.ToString().ToLowerInvariant();

    private static void Header(Utf8JsonWriter w, string command)
    {
        w.WriteNumber("schemaVersion", SchemaVersion);
        w.WriteStartObject("tool");
        w.WriteString("name", ToolInfo.Name);
        w.WriteString("version", ToolInfo.Version);
        w.WriteEndObject();
        w.WriteString("command", command);
    }

    private static void WriteDecidedBy(Utf8JsonWriter w, DecidingLine line)
    {
        w.WriteStartObject("decidedBy");
        w.WriteString("key", line.Key);
        w.WriteString("value", line.Value);
        w.WriteString("source", line.Source);
        w.WriteString("reason", line.Reason);
        w.WriteEndObject();
    }

    private static void WriteFindings(Utf8JsonWriter w, IEnumerable<Finding> findings)
    {
        w.WriteStartArray("findings");
        foreach (var f in findings)
        {
            w.WriteStartObject();
            w.WriteString("ruleId", f.RuleId);
            w.WriteString("title", f.Title);
            w.WriteString("risk", Lower(f.Risk));
            w.WriteString("category", f.Category);
            w.WriteString("source", Lower(f.Source));
            w.WriteString("message", f.Message);
            w.WriteString("path", f.Path);
            w.WriteNumber("line", f.Line);
            w.WriteNumber("column", f.Column);
            w.WriteNumber("endLine", f.EndLine);
            w.WriteNumber("endColumn", f.EndColumn);
            if (f.HelpLink is null)
            {
                w.WriteNull("helpLink");
            }
            else
            {
                w.WriteString("helpLink", f.HelpLink);
            }

            w.WriteBoolean("inRemovedCode", f.InRemovedCode);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void WriteStrings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var value in values)
        {
            w.WriteStringValue(value);
        }

        w.WriteEndArray();
    }

    private static string Build(Action<Utf8JsonWriter> body)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            body(writer);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }
}
