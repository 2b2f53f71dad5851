using System.CommandLine;
using AutoMode.Gate.Analysis;
using AutoMode.Gate.Commands;
using AutoMode.Gate.Engine;
using AutoMode.Gate.Model;
using AutoMode.Gate.Reports;

namespace AutoMode.Cli;

/// <summary>
/// The command line of <c>automode</c> (System.CommandLine). Exit codes: 0 allow, 1 ask, 2 deny, 3 usage or internal
/// error. <c>scan</c> exits 0 when it ran (its findings are information), 3 when it could not.
/// </summary>
public static class GateCommandLine
{
    public const int ErrorExitCode = 3;

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var root = Build(stdout, stderr);
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0 && HookCommands.IsHook(args))
        {
            // An agent host treats a failing hook as "go ahead": a hook's usage error is an ask, with exit code 0.
            await stdout.WriteLineAsync(HookCommands.UsageError(parse.Errors.Select(e => e.Message))).ConfigureAwait(false);
            return 0;
        }

        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                await stderr.WriteLineAsync("automode: " + error.Message).ConfigureAwait(false);
            }

            await stderr.WriteLineAsync("Run 'automode --help' for usage.").ConfigureAwait(false);
            return ErrorExitCode;
        }

        var invocation = new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false };
        if (HookCommands.IsHook(args))
        {
            return await HookCommands.InvokeFailClosedAsync(parse, invocation, stdout, stderr).ConfigureAwait(false);
        }

        try
        {
            return await parse.InvokeAsync(invocation).ConfigureAwait(false);
        }
        catch (GateException e)
        {
            await stderr.WriteLineAsync("automode: " + e.Message).ConfigureAwait(false);
            return ErrorExitCode;
        }
        catch (Exception e)
        {
            await stderr.WriteLineAsync($"automode: internal error: {e.GetType().Name}: {e.Message}").ConfigureAwait(false);
            await stderr.WriteLineAsync(e.StackTrace).ConfigureAwait(false);
            return ErrorExitCode;
        }
    }

    private static RootCommand Build(TextWriter stdout, TextWriter stderr)
    {
        var root = new RootCommand("AutoMode: decides which code changes an AI coding agent may land without a person's approval.");
        root.Subcommands.Add(ScanCommand(stdout, stderr));
        root.Subcommands.Add(CheckCommand(stdout, stderr));
        root.Subcommands.Add(CheckCommandLine(stdout, stderr));
        root.Subcommands.Add(HookCommands.Hook(stdout, stderr));
        root.Subcommands.Add(AuditCommands.Audit(stdout, stderr));
        return root;
    }

    private static Option<ReportFormat> FormatOption() => new("--format", "-f")
    {
        Description = "Output format: text (people), json (stable, documented), sarif (SARIF 2.1.0 for code scanning), markdown (a PR comment).",
        DefaultValueFactory = _ => ReportFormat.Text,
    };

    private static Option<bool> NoRestoreOption() => new("--no-restore")
    {
        Description = "Do not restore the projects that are not restored (as dotnet build does first); they are compiled against the framework only, and the notes say so.",
    };

    private static Option<FileInfo?> OutputOption() => new("--output", "-o")
    {
        Description = "Write the report to this file instead of standard output.",
    };

    private static Command ScanCommand(TextWriter stdout, TextWriter stderr)
    {
        var path = new Argument<string>("path")
        {
            Description = "A solution (.sln/.slnx), a project (.csproj), a C# file or a folder. Default: the current folder.",
            Arity = ArgumentArity.ZeroOrOne,
            DefaultValueFactory = _ => ".",
        };
        var format = FormatOption();
        var output = OutputOption();
        var quiet = new Option<bool>("--quiet", "-q") { Description = "No progress lines on standard error." };
        var compilerErrors = new Option<bool>("--compiler-errors") { Description = "Also report each project's compiler errors in the notes (how complete the compilation is; slower)." };
        var noRestore = NoRestoreOption();
        var command = new Command("scan", "Every finding in a codebase, with a summary per category and risk level: what an agent could not touch without approval.")
        {
            path, format, output, quiet, compilerErrors, noRestore,
        };
        command.SetAction(async (result, cancellationToken) =>
        {
            var progress = result.GetValue(quiet) ? null : new Action<string>(line => stderr.WriteLine("scan: " + line));
            var engine = new ScanEngine(AnalyzerCatalog.Default, progress) { ReportCompilerErrors = result.GetValue(compilerErrors), Restore = !result.GetValue(noRestore) };
            var report = await engine.ScanAsync(result.GetValue(path)!, cancellationToken).ConfigureAwait(false);
            await ReportWriter.WriteAsync(report, result.GetValue(format), result.GetValue(output), stdout).ConfigureAwait(false);
            return 0;
        });
        return command;
    }

    private static Command CheckCommand(TextWriter stdout, TextWriter stderr)
    {
        var path = new Argument<string>("path")
        {
            Description = "A folder inside the git repository to check. Default: the current folder.",
            Arity = ArgumentArity.ZeroOrOne,
            DefaultValueFactory = _ => ".",
        };
        var baseRevision = new Option<string?>("--base") { Description = "Check everything since this revision (e.g. origin/main in a pull request): the diff from its merge base with HEAD to the working tree." };
        var staged = new Option<bool>("--staged") { Description = "Check only the staged changes (the index) against HEAD." };
        var format = FormatOption();
        var output = OutputOption();
        var auditLog = AuditCommands.AuditLogOption();
        var noAudit = new Option<bool>("--no-audit") { Description = "Do not append the decision to the audit log." };
        var noRestore = NoRestoreOption();
        var command = new Command("check", "Classify a change in a git repository: allow (exit 0), ask (1) or deny (2) under the .editorconfig policy; 3 = error.")
        {
            path, baseRevision, staged, format, output, auditLog, noAudit, noRestore,
        };
        command.Validators.Add(result =>
        {
            if (result.GetValue(staged) && result.GetValue(baseRevision) is not null)
            {
                result.AddError("--staged and --base cannot be combined.");
            }
        });
        command.SetAction(async (result, cancellationToken) =>
        {
            var options = new CheckOptions(result.GetValue(path)!, result.GetValue(baseRevision), result.GetValue(staged), Restore: !result.GetValue(noRestore));
            var engine = new CheckEngine(AnalyzerCatalog.Default);
            var report = await engine.CheckAsync(options, cancellationToken).ConfigureAwait(false);
            AuditCommands.RecordCheck(report, result.GetValue(auditLog), result.GetValue(noAudit), stderr);
            await ReportWriter.WriteAsync(report, result.GetValue(format), result.GetValue(output), stdout).ConfigureAwait(false);
            return (int)report.Decision;
        });
        return command;
    }

    private static Command CheckCommandLine(TextWriter stdout, TextWriter stderr)
    {
        var line = new Argument<string>("command") { Description = "The command line an agent would run, as one argument (quote it)." };
        var shell = new Option<CommandShell>("--shell")
        {
            Description = "The shell the command is written for: bash (default), powershell or cmd.",
            DefaultValueFactory = _ => CommandShell.Bash,
        };
        var cwd = new Option<string?>("--cwd") { Description = "The folder the command would run in (default: the current folder); its .editorconfig policy decides." };
        var format = new Option<ReportFormat>("--format", "-f")
        {
            Description = "Output format: text (people) or json (stable, documented).",
            DefaultValueFactory = _ => ReportFormat.Text,
        };
        var auditLog = AuditCommands.AuditLogOption();
        var noAudit = new Option<bool>("--no-audit") { Description = "Do not append the decision to the audit log." };
        var command = new Command("check-command", "Judge a shell command an agent would run (no compilation): allow (exit 0), ask (1) or deny (2) under the .editorconfig policy; 3 = error.")
        {
            line, shell, cwd, format, auditLog, noAudit,
        };
        command.Validators.Add(result =>
        {
            if (result.GetValue(format) is not (ReportFormat.Text or ReportFormat.Json))
            {
                result.AddError("check-command writes text or json.");
            }

            if (string.IsNullOrWhiteSpace(result.GetValue(line)))
            {
                result.AddError("the command is empty.");
            }
        });
        command.SetAction(async (result, cancellationToken) =>
        {
            var proposed = new ProposedCommand(result.GetValue(line)!, result.GetValue(shell), result.GetValue(cwd) ?? Directory.GetCurrentDirectory());
            var report = new CommandGate().Judge(proposed);
            AuditCommands.RecordCheck(report, result.GetValue(auditLog), result.GetValue(noAudit), stderr);
            await ReportWriter.WriteAsync(report, result.GetValue(format), null, stdout).ConfigureAwait(false);
            return (int)report.Decision;
        });
        return command;
    }
}
