using System.CommandLine;
using AutoMode.Gate.Analysis;
using AutoMode.Gate.Audit;
using AutoMode.Gate.Engine;
using AutoMode.Gate.Model;

namespace AutoMode.Cli;

/// <summary>
/// <c>automode accept --all | &lt;audit-entry-id&gt; | --prune</c>: writes AutoMode.Accepted.json at the repository root
/// (the folder given, outside git). Accepted findings are reported at Low; every other finding keeps its level.
/// </summary>
internal static class AcceptCommand
{
    public static Command Accept(TextWriter stdout, TextWriter stderr)
    {
        var id = new Argument<string?>("audit-entry-id")
        {
            Description = "Accept the findings of this decision of the audit log (its id as the hook's reason shows it, or a unique prefix): a person approved it.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var all = new Option<bool>("--all") { Description = "Accept every current finding above Low: the baseline when adopting AutoMode on an existing codebase." };
        var prune = new Option<bool>("--prune") { Description = "Drop the entries that match no current finding (AM9201 reports them in the build)." };
        var path = new Option<string>("--path") { Description = "The repository (default: the current folder's).", DefaultValueFactory = _ => "." };
        var why = new Option<string?>("--why") { Description = "Why the findings are accepted (kept in the file)." };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "No progress lines on standard error." };
        var log = AuditCommands.AuditLogOption();
        var noRestore = GateCommandLine.NoRestoreOption();
        var command = new Command("accept", "Record accepted risks in AutoMode.Accepted.json: --all (the baseline), an audit entry a person approved, or --prune (drop stale entries).")
        {
            id, all, prune, path, why, quiet, log, noRestore,
        };
        command.Validators.Add(result =>
        {
            var modes = (result.GetValue(all) ? 1 : 0) + (result.GetValue(prune) ? 1 : 0) + (result.GetValue(id) is null ? 0 : 1);
            if (modes != 1)
            {
                result.AddError("Give exactly one of --all, --prune and an audit entry id.");
            }
        });
        command.SetAction(async (result, cancellationToken) =>
        {
            var folder = Path.GetFullPath(result.GetValue(path)!);
            var root = AuditCommands.RepositoryRootOrNull(folder) ?? folder;
            var accepted = Path.Combine(root, AcceptEngine.FileName);
            var engine = new AcceptEngine(AnalyzerCatalog.Default);
            var by = AuditLocation.GitActor(root);
            AcceptResult outcome;
            if (result.GetValue(id) is { } entryId)
            {
                var decision = AuditCommands.FindDecision(AuditCommands.Open(result.GetValue(log)), entryId);
                outcome = engine.AcceptDecision(decision, root, accepted, by, result.GetValue(why));
            }
            else
            {
                var progress = result.GetValue(quiet) ? null : new Action<string>(line => stderr.WriteLine("scan: " + line));
                var scan = await new ScanEngine(AnalyzerCatalog.Default, progress) { Restore = !result.GetValue(noRestore) }
                    .ScanAsync(root, cancellationToken).ConfigureAwait(false);
                foreach (var note in scan.Notes.Where(n => n.Contains("not analyzed", StringComparison.Ordinal)))
                {
                    await stderr.WriteLineAsync("automode: warning: " + note).ConfigureAwait(false);
                }

                outcome = result.GetValue(all)
                    ? engine.AcceptAll(scan, accepted, by, result.GetValue(why) ?? AcceptEngine.BaselineReason)
                    : engine.Prune(accepted, scan);
            }

            await stdout.WriteLineAsync(
                $"{outcome.Path}: {outcome.Total} accepted risk(s) — {outcome.Added} added, {outcome.Removed} removed, {outcome.Kept} kept. " +
                "Commit it: accepted findings are reported at Low; every other finding keeps its level.").ConfigureAwait(false);
            return 0;
        });
        return command;
    }
}
