using System.Text;
using System.Text.Json.Nodes;
using AutoMode.Gate.Git;
using AutoMode.Gate.Model;
using AutoMode.Gate.Reports;

namespace AutoMode.Gate.Audit;

/// <summary>
/// Builds the audit log's entries: who (actor), what (source, tool, files with changed ranges and before/after
/// content hashes), what was found (rule id, risk, category, location), the decision and the policy line that
/// decided it, and the tool version. <see cref="AuditLog.Append"/> adds seq, id, time and prev.
/// </summary>
public static class AuditEntries
{
    public const string SourceCheck = "check";
    public const string SourceMark = "mark";

    /// <summary>An entry for a classified change (<c>check</c>, or a hook's proposed edit).</summary>
    public static JsonObject ForReport(CheckReport report, string source, string actor, string? tool = null, string? session = null, string? reason = null)
    {
        var entry = Header(source, actor, tool, session);
        var changes = report.Changes?.Files.ToDictionary(f => f.Path, StringComparer.Ordinal) ?? new Dictionary<string, ChangedFile>(StringComparer.Ordinal);
        var files = new JsonArray();
        foreach (var file in report.Files)
        {
            changes.TryGetValue(file.Path, out var changed);
            files.Add(File(file.Path, file.Change, file.Kind, changed));
        }

        entry["files"] = files;
        entry["findings"] = Findings(report.Findings);
        entry["risk"] = Lower(report.Risk);
        entry["decision"] = Lower(report.Decision);
        entry["policy"] = new JsonObject
        {
            ["key"] = report.DecidedBy.Key,
            ["value"] = report.DecidedBy.Value,
            ["source"] = report.DecidedBy.Source,
        };
        entry["reason"] = reason ?? report.DecidedBy.Reason;
        if (report.Changes is { Mode: var mode, Base: var @base })
        {
            entry["mode"] = mode;
            if (@base is not null)
            {
                entry["base"] = @base;
            }
        }

        if (report.Command is { } command)
        {
            // An agent's shell command: what ran, where, and the rule of the worst finding (the one that decided).
            entry["mode"] = report.Mode;
            entry["command"] = new JsonObject
            {
                ["text"] = command.CommandLine,
                ["shell"] = Lower(command.Shell),
                ["cwd"] = command.WorkingDirectory,
            };
            entry["rule"] = report.Findings.OrderByDescending(f => f.Risk).Select(f => f.RuleId).FirstOrDefault();
        }

        entry["toolVersion"] = ToolInfo.Version;
        return entry;
    }

    /// <summary>An entry for a decision made without a classification (a hook's fail-closed answer: malformed input, a timeout…).</summary>
    public static JsonObject ForFailure(string source, string actor, string? tool, string? session, string? path, string decision, string reason)
    {
        var entry = Header(source, actor, tool, session);
        var files = new JsonArray();
        if (path is not null)
        {
            files.Add(new JsonObject { ["path"] = path });
        }

        entry["files"] = files;
        entry["findings"] = new JsonArray();
        entry["risk"] = null;
        entry["decision"] = decision;
        entry["policy"] = new JsonObject { ["key"] = "fail-closed", ["value"] = decision, ["source"] = "automode" };
        entry["reason"] = reason;
        entry["toolVersion"] = ToolInfo.Version;
        return entry;
    }

    /// <summary>A reviewer's outcome for an earlier decision (<c>automode audit mark</c>).</summary>
    public static JsonObject ForMark(string actor, string markedId, string outcome, string? note)
    {
        var entry = Header(SourceMark, actor, null, null);
        entry["marks"] = markedId;
        entry["outcome"] = outcome;
        if (note is not null)
        {
            entry["note"] = note;
        }

        entry["toolVersion"] = ToolInfo.Version;
        return entry;
    }

    /// <summary>The added/changed line ranges of the new text ([first, last], 1-based) and the points where lines were removed.</summary>
    public static (JsonArray Ranges, JsonArray RemovedAt) Ranges(string? before, string? after)
    {
        var lines = LineChanges.Compute(before, after);
        var ranges = new JsonArray();
        int? start = null;
        var previous = 0;
        foreach (var line in lines.AddedLines.Order())
        {
            if (start is null)
            {
                start = line;
            }
            else if (line != previous + 1)
            {
                ranges.Add(new JsonArray(start.Value, previous));
                start = line;
            }

            previous = line;
        }

        if (start is not null)
        {
            ranges.Add(new JsonArray(start.Value, previous));
        }

        var removed = new JsonArray();
        foreach (var point in lines.RemovalPoints)
        {
            removed.Add(point);
        }

        return (ranges, removed);
    }

    public static string? ContentHash(string? text) => text is null ? null : AuditLog.Hash(Encoding.UTF8.GetBytes(text));

    private static JsonObject Header(string source, string actor, string? tool, string? session)
    {
        var entry = new JsonObject
        {
            ["actor"] = actor,
            ["source"] = source,
        };
        if (tool is not null)
        {
            entry["tool"] = tool;
        }

        if (session is not null)
        {
            entry["session"] = session;
        }

        return entry;
    }

    private static JsonObject File(string path, ChangeKind change, string kind, ChangedFile? changed)
    {
        var file = new JsonObject
        {
            ["path"] = path,
            ["change"] = Lower(change),
            ["kind"] = kind,
        };
        if (changed?.OldPath is not null)
        {
            file["oldPath"] = changed.OldPath;
        }

        if (changed is not null && !changed.Binary)
        {
            var (ranges, removedAt) = Ranges(changed.OldText, changed.NewText);
            file["ranges"] = ranges;
            file["removedAt"] = removedAt;
        }

        file["before"] = changed is null || changed.Binary ? null : ContentHash(changed.OldText);
        file["after"] = changed is null || changed.Binary ? null : ContentHash(changed.NewText);
        if (changed?.Binary == true)
        {
            file["binary"] = true;
        }

        return file;
    }

    private static JsonArray Findings(IEnumerable<Finding> findings)
    {
        var array = new JsonArray();
        foreach (var finding in findings)
        {
            array.Add(new JsonObject
            {
                ["id"] = finding.RuleId,
                ["risk"] = Lower(finding.Risk),
                ["category"] = finding.Category,
                ["path"] = finding.Path,
                ["line"] = finding.Line,
                ["column"] = finding.Column,
            });
        }

        return array;
    }

    private static string Lower<T>(T value)
        where T : struct, Enum => value.ToString().ToLowerInvariant();
}
