using System.Text;
using AutoMode;
using AutoMode.Gate.Model;

namespace AutoMode.Gate.Reports;

/// <summary>A pull-request comment: the decision first, then one table row per finding.</summary>
public static class MarkdownReport
{
    public static string Write(CheckReport report)
    {
        var b = new StringBuilder();
        b.Append("## AutoMode: ").Append(Icon(report.Decision)).Append(' ').Append(report.Decision.ToString().ToLowerInvariant())
            .Append(" — risk ").Append(report.Risk).Append("\n\n");
        b.Append("Decided by `").Append(Code(report.DecidedBy.Key)).Append(" = ").Append(Code(report.DecidedBy.Value)).Append("` (")
            .Append(Cell(report.DecidedBy.Source)).Append("): ").Append(Cell(report.DecidedBy.Reason)).Append("\n\n");
        b.Append("| File | Change | Risk | Decision |\n|---|---|---|---|\n");
        foreach (var file in report.Files)
        {
            b.Append("| `").Append(Code(file.Path)).Append("` | ").Append(file.Change.ToString().ToLowerInvariant()).Append(", ").Append(Cell(file.Kind))
                .Append(" | ").Append(file.Risk).Append(" | ").Append(file.Decision.ToString().ToLowerInvariant()).Append(" |\n");
        }

        var findings = report.Findings.ToList();
        if (findings.Count > 0)
        {
            b.Append('\n');
            Findings(b, findings);
        }

        Notes(b, report.Notes);
        return b.ToString();
    }

    public static string Write(ScanReport report)
    {
        var b = new StringBuilder();
        b.Append("## AutoMode scan: highest risk ").Append(report.HighestRisk).Append("\n\n");
        b.Append(report.Projects.Count).Append(" project(s), ").Append(report.FileCount).Append(" file(s), ").Append(report.Findings.Count).Append(" finding(s).\n\n");
        var rows = SummaryRow.From(report.Findings);
        if (rows.Count > 0)
        {
            b.Append("| Category | Low | Medium | High | Critical |\n|---|---:|---:|---:|---:|\n");
            foreach (var row in rows)
            {
                b.Append("| ").Append(Cell(row.Category)).Append(" | ").Append(row.Low).Append(" | ").Append(row.Medium).Append(" | ")
                    .Append(row.High).Append(" | ").Append(row.Critical).Append(" |\n");
            }

            b.Append('\n');
            Findings(b, report.Findings);
        }

        Notes(b, report.Notes);
        return b.ToString();
    }

    private static void Findings(StringBuilder b, IReadOnlyList<Finding> findings)
    {
        b.Append("| Rule | Risk | Category | Location | Message |\n|---|---|---|---|---|\n");
        foreach (var f in findings)
        {
            var rule = f.HelpLink is null ? f.RuleId : $"[{f.RuleId}]({f.HelpLink})";
            var where = f.Line > 0 ? $"{f.Path}:{f.Line}" : f.Path;
            b.Append("| ").Append(rule).Append(" | ").Append(f.Risk).Append(" | ").Append(Cell(f.Category)).Append(" | `").Append(Code(where)).Append("` | ")
                .Append(Cell(f.Message)).Append(f.InRemovedCode ? " *(removed code)*" : string.Empty).Append(" |\n");
        }
    }

    private static void Notes(StringBuilder b, IReadOnlyList<string> notes)
    {
        if (notes.Count == 0)
        {
            return;
        }

        b.Append("\n<details><summary>Notes</summary>\n\n");
        foreach (var note in notes)
        {
            b.Append("- ").Append(Cell(note)).Append('\n');
        }

        b.Append("\n</details>\n");
    }

    private static string Icon(Decision decision) => decision switch
    {
        Decision.Deny => "⛔",
        Decision.Ask => "✋",
        _ => "✅",
    };

    private static string Cell(string text) => text.Replace("|", "\\|").Replace("\r", string.Empty).Replace("\n", "<br>");

    private static string Code(string text) => text.Replace("`", "'").Replace("|", "\\|");
}
