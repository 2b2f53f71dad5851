using System.Text;
using AutoMode.Gate.Model;

namespace AutoMode.Gate.Hooks;

/// <summary>
/// The reason the hook gives with its decision, for the agent and for the person: the decision and risk, one line per
/// finding (rule id, risk, category, where, and its message — which says why it is risky and the safe alternative),
/// the policy line that decided, what to do next, and the audit entry's id.
/// </summary>
public static class HookReason
{
    public const int MaxFindingLines = 12;

    public static string ForReport(Decision decision, CheckReport report, string relativePath, string? guard)
    {
        var builder = new StringBuilder();
        var file = report.Files.Count == 1 ? report.Files[0] : null;
        builder.Append("AutoMode: ").Append(Word(decision)).Append(" — ").Append(report.Risk).Append(" risk, ")
            .Append(relativePath);
        if (file is not null)
        {
            builder.Append(" (").Append(file.Kind).Append(')');
        }

        var findings = report.Findings.OrderByDescending(f => f.Risk).ThenBy(f => f.Line).ThenBy(f => f.RuleId, StringComparer.Ordinal).ToList();
        builder.Append(findings.Count == 0 ? ", no findings." : $", {findings.Count} finding{(findings.Count == 1 ? string.Empty : "s")}:");
        foreach (var finding in findings.Take(MaxFindingLines))
        {
            builder.Append("\n- ").Append(finding.RuleId).Append(' ').Append(finding.Risk).Append(' ').Append(finding.Category)
                .Append(" at ").Append(finding.Path);
            if (finding.Line > 0)
            {
                builder.Append(':').Append(finding.Line).Append(':').Append(finding.Column);
            }

            builder.Append(": ").Append(OneLine(finding.Message));
            if (finding.Accepted is { } accepted)
            {
                builder.Append(" Accepted before (").Append(accepted.Level).Append(") by ").Append(accepted.By)
                    .Append(" on ").Append(accepted.On).Append(": ").Append(OneLine(accepted.Why)).Append(" (AutoMode.Accepted.json).");
            }
        }

        if (findings.Count > MaxFindingLines)
        {
            builder.Append("\n- … and ").Append(findings.Count - MaxFindingLines).Append(" more (run `automode check` for all)");
        }

        // The hook never restores (it must stay fast): it says when what it saw was missing packages' types.
        foreach (var note in report.Notes.Where(IsRestoreNote).Take(3))
        {
            builder.Append("\nNote: ").Append(OneLine(note));
        }

        if (guard is not null)
        {
            builder.Append('\n').Append(guard);
        }
        else
        {
            var decidedBy = file?.DecidedBy ?? report.DecidedBy;
            builder.Append("\nDecided by ").Append(decidedBy).Append(": ").Append(decidedBy.Reason).Append('.');
        }

        builder.Append(Next(decision, findings.Count > 0));
        return builder.ToString();
    }

    private static bool IsRestoreNote(string note) =>
        note.Contains("not restored", StringComparison.Ordinal) || note.Contains("restore incomplete", StringComparison.Ordinal);

    public static string ForFailure(string problem) =>
        $"AutoMode: ask — the gate could not classify this edit: {OneLine(problem)}. It fails closed: a person decides.";

    /// <summary>How the reason names the edited files: the path of one file, else the count and the first paths.</summary>
    public static string Label(IReadOnlyList<string> paths) => paths.Count switch
    {
        0 => "no file",
        1 => paths[0],
        _ => $"{paths.Count} files ({string.Join(", ", paths.Take(3))}{(paths.Count > 3 ? ", …" : string.Empty)})",
    };

    /// <summary>A command as the reason quotes it: one line, at most 200 characters.</summary>
    public static string Shorten(string command)
    {
        var line = OneLine(command);
        return line.Length <= 200 ? line : line[..199] + "…";
    }

    /// <summary>
    /// The reason of an ask given to an agent whose hooks can only allow or deny: the call is denied, and the first
    /// line says why — a person has to approve it, which that agent's hook cannot ask for.
    /// </summary>
    public static string AskAsDeny(string reason, string agent) =>
        $"AutoMode: deny — a person must approve this (ask), and {agent} cannot ask from a hook, so the call is refused. Ask the user to approve it and make or run it.\n{reason}";

    public static string WithAudit(string reason, string? auditId, string? auditPath, string? auditProblem)
    {
        if (auditProblem is not null)
        {
            return reason + $"\nNot audited: {OneLine(auditProblem)}.";
        }

        return auditId is null ? reason : reason + $"\nAudit entry {auditId} in {auditPath}.";
    }

    private static string Word(Decision decision) => decision switch
    {
        Decision.Allow => "allow",
        Decision.Ask => "ask",
        _ => "deny",
    };

    private static string Next(Decision decision, bool findings) => decision switch
    {
        Decision.Allow => string.Empty,
        Decision.Ask => findings
            ? "\nNext: a person must approve this edit. To land it without approval, follow the safe alternative in each finding above."
            : "\nNext: a person must approve this edit.",
        _ => findings
            ? "\nNext: the policy refuses this edit; do not retry it. Follow the safe alternative in each finding above, or ask the user to make the change."
            : "\nNext: the policy refuses this edit; do not retry it. Ask the user to make the change.",
    };

    private static string OneLine(string text) => text.ReplaceLineEndings(" ").Trim();
}
