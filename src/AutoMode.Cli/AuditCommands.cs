using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using AutoMode.Gate.Audit;
using AutoMode.Gate.Git;
using AutoMode.Gate.Model;

namespace AutoMode.Cli;

/// <summary><c>automode audit verify|stats|mark</c>, and the audit entry <c>check</c> appends.</summary>
internal static class AuditCommands
{
    public static Option<string?> AuditLogOption() => new("--audit-log")
    {
        Description = $"The audit log (default: the automode.audit_log key of the repository's .editorconfig, else {AuditLocation.DefaultRelativePath} in the repository).",
    };

    public static Command Audit(TextWriter stdout, TextWriter stderr)
    {
        var command = new Command("audit", "The audit log of the gate's decisions: verify its hash chain, compute statistics, mark outcomes.");
        command.Subcommands.Add(Verify(stdout));
        command.Subcommands.Add(Stats(stdout));
        command.Subcommands.Add(Mark(stdout));
        return command;
    }

    /// <summary>Appends <c>check</c>'s decision to the audit log; a log that cannot be written is a warning, never a different exit code.</summary>
    public static void RecordCheck(CheckReport report, string? auditLog, bool noAudit, TextWriter stderr)
    {
        if (noAudit)
        {
            return;
        }

        try
        {
            var path = AuditLocation.Resolve(report.Repository, auditLog);
            if (path is null)
            {
                return;
            }

            var actor = AuditLocation.GitActor(report.Repository);
            var tool = report.Command is not null ? "check-command" : report.Changes?.Mode switch
            {
                "staged" => "check --staged",
                "base" => "check --base",
                _ => "check",
            };
            new AuditLog(path).Append(AuditEntries.ForReport(report, AuditEntries.SourceCheck, actor, tool));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or GateException)
        {
            stderr.WriteLine($"automode: warning: the audit log could not be written: {e.Message}");
        }
    }

    private static Command Verify(TextWriter stdout)
    {
        var log = AuditLogOption();
        var command = new Command("verify", "Check the audit log's hash chain: exit 0 when intact, 1 naming each edited, removed or reordered line, 3 when there is no log.") { log };
        command.SetAction(async (result, cancellationToken) =>
        {
            var audit = Open(result.GetValue(log));
            if (!File.Exists(audit.Path))
            {
                throw new GateException($"no audit log at {audit.Path}");
            }

            var verification = AuditVerifier.Verify(audit);
            var text = new StringBuilder();
            if (verification.Intact)
            {
                text.Append(CultureInfo.InvariantCulture, $"{audit.Path}: {verification.Lines} entries, hash chain intact");
                if (verification.HeadHash is not null)
                {
                    text.Append(CultureInfo.InvariantCulture, $" (head {verification.HeadHash})");
                }

                text.AppendLine();
            }
            else
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"{audit.Path}: {verification.Lines} lines, the hash chain is BROKEN:");
                foreach (var problem in verification.Problems)
                {
                    text.AppendLine("  " + problem);
                }
            }

            await stdout.WriteAsync(text.ToString()).ConfigureAwait(false);
            return verification.Intact ? 0 : 1;
        });
        return command;
    }

    private static Command Stats(TextWriter stdout)
    {
        var log = AuditLogOption();
        var since = new Option<string?>("--since") { Description = "Only decisions since then: a date (2025-06-01), a date-time, or a duration back from now (30m, 12h, 7d, 2w)." };
        var json = new Option<bool>("--json") { Description = "Write the statistics as JSON." };
        var command = new Command("stats", "Per category and overall: decisions, auto-approval rate, asks, denies, and the false-approval / false-rejection rates of marked decisions, with a recommendation where false approvals are over 5%.")
        {
            log, since, json,
        };
        command.SetAction(async (result, cancellationToken) =>
        {
            DateTimeOffset? from = null;
            if (result.GetValue(since) is { } text)
            {
                if (!AuditStatistics.TryParseSince(text, DateTimeOffset.UtcNow, out var parsed))
                {
                    throw new GateException($"--since '{text}' is not a date, a date-time or a duration (30m, 12h, 7d, 2w)");
                }

                from = parsed;
            }

            var audit = Open(result.GetValue(log));
            var stats = AuditStatistics.Compute(audit.Read(), from);
            await stdout.WriteAsync(result.GetValue(json) ? StatsJson(stats) : StatsText(audit.Path, stats)).ConfigureAwait(false);
            return 0;
        });
        return command;
    }

    private static Command Mark(TextWriter stdout)
    {
        var log = AuditLogOption();
        var id = new Argument<string>("id") { Description = "The id of the decision (shown in the hook's reason and in the log), or a unique prefix of it." };
        var falseApproval = new Option<bool>("--false-approval") { Description = "The change was allowed but should have needed a person." };
        var falseRejection = new Option<bool>("--false-rejection") { Description = "The change was asked or denied but was fine." };
        var note = new Option<string?>("--note") { Description = "Why (kept in the log)." };
        var command = new Command("mark", "Record a reviewer's outcome for a decision: --false-approval or --false-rejection (appended to the log; the latest mark of a decision counts).")
        {
            id, falseApproval, falseRejection, note, log,
        };
        command.Validators.Add(result =>
        {
            if (result.GetValue(falseApproval) == result.GetValue(falseRejection))
            {
                result.AddError("Give exactly one of --false-approval and --false-rejection.");
            }
        });
        command.SetAction(async (result, cancellationToken) =>
        {
            var audit = Open(result.GetValue(log));
            var wanted = result.GetValue(id)!.Trim();
            var matches = audit.Read()
                .Where(l => l.Valid && !l.IsMark && l.Id is not null && l.Id.StartsWith(wanted, StringComparison.OrdinalIgnoreCase))
                .ToList();
            if (matches.Count == 0 || wanted.Length < 4)
            {
                throw new GateException($"no decision with id '{wanted}' in {audit.Path}");
            }

            if (matches.Select(m => m.Id).Distinct().Count() > 1)
            {
                throw new GateException($"'{wanted}' matches {matches.Count} decisions; give more of the id");
            }

            var decision = matches[0];
            var outcome = result.GetValue(falseApproval) ? AuditOutcomes.FalseApproval : AuditOutcomes.FalseRejection;
            if (outcome == AuditOutcomes.FalseApproval && decision.Decision != "allow")
            {
                throw new GateException($"decision {decision.Id} was '{decision.Decision}', not allow: only an allowed change can be a false approval");
            }

            if (outcome == AuditOutcomes.FalseRejection && decision.Decision == "allow")
            {
                throw new GateException($"decision {decision.Id} was allow: only an asked or denied change can be a false rejection");
            }

            var root = RepositoryRootOrNull(Directory.GetCurrentDirectory());
            var line = audit.Append(AuditEntries.ForMark(root is null ? Environment.UserName : AuditLocation.GitActor(root), decision.Id!, outcome, result.GetValue(note)));
            await stdout.WriteLineAsync($"marked {decision.Id} ({decision.Decision}, {string.Join(", ", decision.Categories.DefaultIfEmpty(AuditStatistics.NoFindings))}) as {outcome} (entry {line.Id})").ConfigureAwait(false);
            return 0;
        });
        return command;
    }

    private static AuditLog Open(string? explicitPath)
    {
        if (explicitPath is not null)
        {
            return new AuditLog(explicitPath);
        }

        var root = RepositoryRootOrNull(Directory.GetCurrentDirectory())
            ?? throw new GateException("not inside a git repository: give the log with --audit-log");
        return new AuditLog(AuditLocation.Resolve(root, null) ?? throw new GateException($"{AuditLocation.Key} = none: the audit log is turned off"));
    }

    private static string? RepositoryRootOrNull(string directory)
    {
        try
        {
            return GitRepository.Open(directory).Root;
        }
        catch (GateException)
        {
            return null;
        }
    }

    private static string StatsText(string path, AuditStats stats)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"{path}: {stats.Overall.Decisions} decisions{(stats.Since is { } s ? $" since {s.UtcDateTime:yyyy-MM-dd HH:mm} UTC" : string.Empty)}, {stats.Marks} marked by reviewers");
        text.AppendLine();
        var rows = stats.Categories.Append(stats.Overall).ToList();
        var width = Math.Max(16, rows.Max(r => r.Name.Length) + 2);
        text.AppendLine("category".PadRight(width) + "decisions  allowed  auto-approval  asks  denies  false approvals  false rejections");
        foreach (var row in rows)
        {
            text.AppendLine(
                row.Name.PadRight(width) +
                row.Decisions.ToString(CultureInfo.InvariantCulture).PadLeft(9) +
                row.Allowed.ToString(CultureInfo.InvariantCulture).PadLeft(9) +
                Percent(row.AutoApprovalRate).PadLeft(15) +
                row.Asked.ToString(CultureInfo.InvariantCulture).PadLeft(6) +
                row.Denied.ToString(CultureInfo.InvariantCulture).PadLeft(8) +
                $"{row.FalseApprovals} ({Percent(row.FalseApprovalRate)})".PadLeft(17) +
                $"{row.FalseRejections} ({Percent(row.FalseRejectionRate)})".PadLeft(18));
        }

        text.AppendLine();
        text.AppendLine("Rates: auto-approval = allowed / decisions; false approvals / allowed; false rejections / (asks + denies). A decision counts in each category of its findings.");
        if (stats.Recommendations.Count == 0)
        {
            text.AppendLine($"No category is over {AuditStatistics.Percent(AuditStatistics.FalseApprovalThreshold)} false approvals.");
        }
        else
        {
            foreach (var recommendation in stats.Recommendations)
            {
                text.AppendLine("Recommendation: " + recommendation.Message + (recommendation.Setting.StartsWith("automode.", StringComparison.Ordinal) ? $" — in .editorconfig: {recommendation.Setting}" : string.Empty));
            }
        }

        return text.ToString();
    }

    private static string Percent(double rate) => (rate * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    private static string StatsJson(AuditStats stats)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            if (stats.Since is { } since)
            {
                w.WriteString("since", since.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
            }

            w.WriteNumber("marks", stats.Marks);
            w.WriteNumber("falseApprovalThreshold", AuditStatistics.FalseApprovalThreshold);
            w.WritePropertyName("overall");
            Row(w, stats.Overall);
            w.WriteStartArray("categories");
            foreach (var row in stats.Categories)
            {
                Row(w, row);
            }

            w.WriteEndArray();
            w.WriteStartArray("recommendations");
            foreach (var r in stats.Recommendations)
            {
                w.WriteStartObject();
                w.WriteString("category", r.Category);
                w.WriteString("setting", r.Setting);
                w.WriteString("message", r.Message);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + Environment.NewLine;
    }

    private static void Row(Utf8JsonWriter w, AuditStatsRow row)
    {
        w.WriteStartObject();
        w.WriteString("category", row.Name);
        w.WriteNumber("decisions", row.Decisions);
        w.WriteNumber("allowed", row.Allowed);
        w.WriteNumber("asked", row.Asked);
        w.WriteNumber("denied", row.Denied);
        w.WriteNumber("autoApprovalRate", Math.Round(row.AutoApprovalRate, 4));
        w.WriteNumber("falseApprovals", row.FalseApprovals);
        w.WriteNumber("falseApprovalRate", Math.Round(row.FalseApprovalRate, 4));
        w.WriteNumber("falseRejections", row.FalseRejections);
        w.WriteNumber("falseRejectionRate", Math.Round(row.FalseRejectionRate, 4));
        w.WriteEndObject();
    }
}
