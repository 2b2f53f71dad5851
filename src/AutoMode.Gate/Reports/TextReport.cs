using AutoMode;
using AutoMode.Gate.Model;
using Spectre.Console;

namespace AutoMode.Gate.Reports;

/// <summary>Output for people: coloured where the terminal supports it, readable in 80 columns.</summary>
public static class TextReport
{
    public static void Write(IAnsiConsole console, CheckReport report)
    {
        var mode = report.Mode switch
        {
            "staged" => "staged changes vs HEAD",
            "base" => $"changes since {Short(report.Base)}",
            "command" => $"a {report.Command?.Shell.ToString().ToLowerInvariant()} command in {report.Command?.WorkingDirectory}",
            _ => "uncommitted changes vs HEAD",
        };
        console.MarkupLine($"[bold]automode {(report.Command is null ? "check" : "check-command")}[/] {Markup.Escape(report.Repository)}");
        var files = report.Command is null ? $", {report.Files.Count} file(s)" : string.Empty;
        console.MarkupLine($"[grey]{Markup.Escape(mode)}{files}, {report.Elapsed.TotalSeconds:0.0}s[/]");
        console.WriteLine();
        console.MarkupLine($"Decision: {DecisionMarkup(report.Decision)} (exit {(int)report.Decision})   Risk: {RiskMarkup(report.Risk)}");
        console.MarkupLine($"[grey]decided by[/] {Markup.Escape(report.DecidedBy.ToString())}");
        foreach (var line in Wrap(report.DecidedBy.Reason, console.Profile.Width - 1))
        {
            console.MarkupLine($"[grey]{Markup.Escape(line)}[/]");
        }

        foreach (var file in report.Files)
        {
            console.WriteLine();
            var change = report.Command is not null ? string.Empty : file.OldPath is null ? file.Change.ToString().ToLowerInvariant() + ", " : $"renamed from {file.OldPath}, ";
            console.MarkupLine($"{RiskMarkup(file.Risk, pad: true)} {DecisionMarkup(file.Decision, pad: true)} [bold]{Markup.Escape(file.Path)}[/] [grey]({Markup.Escape(change)}{Markup.Escape(file.Kind)})[/]");
            foreach (var finding in file.Findings)
            {
                WriteFinding(console, finding, withPath: false);
            }
        }

        WriteNotes(console, report.Notes);
    }

    public static void Write(IAnsiConsole console, ScanReport report)
    {
        console.MarkupLine($"[bold]automode scan[/] {Markup.Escape(report.Path)}");
        console.MarkupLine($"[grey]{report.Projects.Count} project(s), {report.FileCount} file(s), {report.Findings.Count} finding(s), {report.Elapsed.TotalSeconds:0.0}s[/]");
        foreach (var group in report.Findings.GroupBy(f => f.Path, StringComparer.Ordinal))
        {
            console.WriteLine();
            console.MarkupLine($"[bold]{Markup.Escape(group.Key)}[/]");
            foreach (var finding in group)
            {
                WriteFinding(console, finding, withPath: false);
            }
        }

        console.WriteLine();
        var rows = SummaryRow.From(report.Findings);
        if (rows.Count == 0)
        {
            console.MarkupLine("No findings: nothing here needs approval.");
        }
        else
        {
            var table = new Table().Border(TableBorder.Simple).Title("Findings by category and risk");
            table.AddColumn("Category");
            table.AddColumn(new TableColumn("Low").RightAligned());
            table.AddColumn(new TableColumn("Medium").RightAligned());
            table.AddColumn(new TableColumn("High").RightAligned());
            table.AddColumn(new TableColumn("Critical").RightAligned());
            foreach (var row in rows)
            {
                table.AddRow(Markup.Escape(row.Category), row.Low.ToString(), row.Medium.ToString(), row.High.ToString(), row.Critical.ToString());
            }

            table.AddRow("[bold]Total[/]", Count(rows, r => r.Low), Count(rows, r => r.Medium), Count(rows, r => r.High), Count(rows, r => r.Critical));
            console.Write(table);
            console.MarkupLine($"Highest risk: {RiskMarkup(report.HighestRisk)}");
        }

        var crashes = report.AnalyzerErrors.Count();
        if (crashes > 0)
        {
            console.MarkupLine($"[red]{crashes} analyzer exception(s)[/] (AD0001): see the findings above.");
        }

        WriteNotes(console, report.Notes);
    }

    public static string RiskMarkup(RiskLevel risk, bool pad = false)
    {
        var text = pad ? risk.ToString().PadRight(8) : risk.ToString();
        return risk switch
        {
            RiskLevel.Critical => $"[bold red]{text}[/]",
            RiskLevel.High => $"[yellow]{text}[/]",
            RiskLevel.Medium => $"[blue]{text}[/]",
            _ => $"[green]{text}[/]",
        };
    }

    public static string DecisionMarkup(Decision decision, bool pad = false)
    {
        var text = pad ? decision.ToString().ToUpperInvariant().PadRight(5) : decision.ToString().ToUpperInvariant();
        return decision switch
        {
            Decision.Deny => $"[bold red]{text}[/]",
            Decision.Ask => $"[bold yellow]{text}[/]",
            _ => $"[bold green]{text}[/]",
        };
    }

    private static string Count(IReadOnlyList<SummaryRow> rows, Func<SummaryRow, int> selector) => $"[bold]{rows.Sum(selector)}[/]";

    private static void WriteFinding(IAnsiConsole console, Finding finding, bool withPath)
    {
        var where = finding.Line > 0 ? $"{finding.Line}:{finding.Column}" : "file";
        if (withPath)
        {
            where = finding.Path + ":" + where;
        }

        var removed = finding.InRemovedCode ? " [grey](removed code)[/]" : string.Empty;
        console.MarkupLine($"  {Markup.Escape(where),-7} {Markup.Escape(finding.RuleId),-6} {RiskMarkup(finding.Risk, pad: true)} [grey]{Markup.Escape(finding.Category)}[/]{removed}");
        foreach (var line in Wrap(finding.Message, console.Profile.Width - 10))
        {
            console.MarkupLine(new string(' ', 10) + Markup.Escape(line));
        }

        if (finding.HelpLink is not null)
        {
            var indent = Math.Max(0, Math.Min(10, console.Profile.Width - finding.HelpLink.Length - 1));
            console.MarkupLine($"{new string(' ', indent)}[grey]{Markup.Escape(finding.HelpLink)}[/]");
        }
    }

    private static void WriteNotes(IAnsiConsole console, IReadOnlyList<string> notes)
    {
        if (notes.Count == 0)
        {
            return;
        }

        console.WriteLine();
        console.MarkupLine("[grey]Notes:[/]");
        foreach (var note in notes)
        {
            var lines = Wrap(note, console.Profile.Width - 4).ToList();
            for (var i = 0; i < lines.Count; i++)
            {
                console.MarkupLine($"[grey]{(i == 0 ? "  - " : "    ")}{Markup.Escape(lines[i])}[/]");
            }
        }
    }

    /// <summary>Word-wraps plain text to a width (a word longer than the width gets a line of its own).</summary>
    public static IEnumerable<string> Wrap(string text, int width)
    {
        width = Math.Max(20, width);
        var line = new System.Text.StringBuilder();
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width)
            {
                yield return line.ToString();
                line.Clear();
            }

            if (line.Length > 0)
            {
                line.Append(' ');
            }

            line.Append(word);
        }

        if (line.Length > 0)
        {
            yield return line.ToString();
        }
    }

    private static string Short(string? revision) => revision is { Length: > 12 } ? revision[..12] : revision ?? "?";
}
