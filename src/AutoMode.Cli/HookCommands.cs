using System.CommandLine;
using System.Diagnostics;
using AutoMode.Gate.Analysis;
using AutoMode.Gate.Engine;
using AutoMode.Gate.Hooks;
using AutoMode.Gate.Hooks.Server;

namespace AutoMode.Cli;

/// <summary>
/// <c>automode hook claude</c>: the Claude Code PreToolUse hook (always exit 0, the decision is in the JSON), answered
/// by the repository's hook server when it can be reached (warm), else in-process; <c>automode hook server</c>.
/// </summary>
internal static class HookCommands
{
    public static Command Hook(TextWriter stdout, TextWriter stderr)
    {
        var command = new Command("hook", "Agent hooks: decide each proposed edit (allow / ask / deny) before the agent makes it, and record it in the audit log.");
        command.Subcommands.Add(Claude(stdout));
        command.Subcommands.Add(Server(stdout, stderr));
        return command;
    }

    public static bool IsHook(string[] args) => args.Length > 1 && args[0] == "hook" && args[1] != "server";

    /// <summary>The answer to a hook command line that does not parse: ask, with the errors (the hook is installed wrong).</summary>
    public static string UsageError(IEnumerable<string> errors) =>
        new HookResult(Gate.Model.Decision.Ask, HookReason.ForFailure("the hook's command line is wrong (" + string.Join("; ", errors) + "); see `automode hook claude --help`"), null).ToJson();

    private static Command Claude(TextWriter stdout)
    {
        var timeout = new Option<double>("--timeout")
        {
            Description = "Seconds to decide in; past that the hook answers ask (fail closed). Keep it under the hook's own timeout in .claude/settings.json.",
            DefaultValueFactory = _ => HookOptions.DefaultTimeout.TotalSeconds,
        };
        var auditLog = AuditCommands.AuditLogOption();
        var noAudit = new Option<bool>("--no-audit") { Description = "Do not append the decision to the audit log." };
        var noServer = new Option<bool>("--no-server") { Description = $"Decide in this process; do not use or start the repository's hook server (also: {HookEndpoint.ServerVariable}=off)." };
        var command = new Command("claude", "Claude Code PreToolUse hook for Edit|MultiEdit|Write: reads the hook JSON on standard input, classifies the edit as `check` would, prints hookSpecificOutput with permissionDecision allow|ask|deny and the reason.")
        {
            timeout, auditLog, noAudit, noServer,
        };
        command.SetAction(async (result, cancellationToken) =>
        {
            var seconds = result.GetValue(timeout);
            if (seconds <= 0 || seconds > 3600)
            {
                await stdout.WriteLineAsync(UsageError(new[] { "--timeout must be between 0 and 3600 seconds" })).ConfigureAwait(false);
                return 0;
            }

            var options = new HookOptions
            {
                Timeout = TimeSpan.FromSeconds(seconds),
                AuditLogPath = result.GetValue(auditLog),
                Audit = !result.GetValue(noAudit),
                WorkingDirectory = Directory.GetCurrentDirectory(),
            };
            var answer = await AnswerAsync(options, !result.GetValue(noServer) && !HookEndpoint.DisabledByEnvironment).ConfigureAwait(false);
            await stdout.WriteLineAsync(answer).ConfigureAwait(false);
            await stdout.FlushAsync(cancellationToken).ConfigureAwait(false);
            return 0;
        });
        return command;
    }

    private static async Task<string> AnswerAsync(HookOptions options, bool useServer)
    {
        var clock = Stopwatch.StartNew();
        // Console.In reads synchronously even through ReadToEndAsync: read on the thread pool, so the timeout can fire.
        var read = Task.Run(() => Console.In.ReadToEnd());
        if (await Task.WhenAny(read, Task.Delay(options.Timeout)).ConfigureAwait(false) != read)
        {
            // The timeout applies to reading the input too.
            return new ClaudeHook(new CheckEngine(AnalyzerCatalog.Default), options).Fail($"its input did not arrive within the hook's timeout of {options.Timeout.TotalSeconds:0.#} s").ToJson();
        }

        var input = await read.ConfigureAwait(false);
        if (useServer && HookEndpoint.For(input, options.WorkingDirectory) is { } endpoint)
        {
            var fromServer = await HookClient.TryRunAsync(endpoint, input, options.WorkingDirectory, options with { Timeout = options.Timeout - clock.Elapsed }, () => ServerCommand(endpoint)).ConfigureAwait(false);
            if (fromServer is not null)
            {
                return fromServer;
            }
        }

        // In-process (the server is off or out of reach): the engine and the analyzers are loaded only now.
        var left = options.Timeout - clock.Elapsed;
        if (left <= TimeSpan.FromMilliseconds(10))
        {
            return new ClaudeHook(new CheckEngine(AnalyzerCatalog.Default), options).Fail($"it did not decide within the hook's timeout of {options.Timeout.TotalSeconds:0.#} s (the hook server did not answer in time)").ToJson();
        }

        var hook = new ClaudeHook(new CheckEngine(AnalyzerCatalog.Default), options with { Timeout = left });
        return (await hook.RunAsync(() => Task.FromResult(input)).ConfigureAwait(false)).ToJson();
    }

    /// <summary>This tool, run again as the repository's hook server.</summary>
    private static ProcessStartInfo ServerCommand(HookEndpoint endpoint)
    {
        var host = Environment.ProcessPath ?? "dotnet";
        var start = new ProcessStartInfo(host) { WorkingDirectory = Path.GetDirectoryName(endpoint.SocketPath)! };
        if (string.Equals(Path.GetFileNameWithoutExtension(host), "dotnet", StringComparison.OrdinalIgnoreCase))
        {
            start.ArgumentList.Add(typeof(HookCommands).Assembly.Location);
        }

        foreach (var arg in new[] { "hook", "server", "--root", endpoint.Root })
        {
            start.ArgumentList.Add(arg);
        }

        return start;
    }

    private static Command Server(TextWriter stdout, TextWriter stderr)
    {
        var root = new Option<string?>("--root") { Description = "The repository the server serves (default: the one that contains the current folder)." };
        var idle = new Option<double>("--idle")
        {
            Description = "Exit after this many seconds without a request.",
            DefaultValueFactory = _ => HookServer.DefaultIdle.TotalSeconds,
        };
        var stop = new Option<bool>("--stop") { Description = "Stop the repository's running server." };
        var command = new Command("server", "The repository's hook server, which `automode hook claude` starts by itself: it keeps the compiler, project evaluations and parsed files warm between edits and exits when idle. Run it yourself only to stop it (--stop).")
        {
            root, idle, stop,
        };
        command.SetAction(async (result, cancellationToken) =>
        {
            var repository = HookEndpoint.RepositoryRoot(result.GetValue(root) ?? Directory.GetCurrentDirectory())
                ?? throw new Gate.Model.GateException("not inside a git repository");
            var endpoint = HookEndpoint.ForRoot(repository)
                ?? throw new Gate.Model.GateException($"no private folder for the server's socket (set {HookEndpoint.SocketDirVariable} to a folder only you can write to)");
            if (result.GetValue(stop))
            {
                var stopped = await HookClient.StopAsync(endpoint).ConfigureAwait(false);
                await stdout.WriteLineAsync(stopped ? $"stopped the hook server of {repository}" : $"no hook server runs for {repository}").ConfigureAwait(false);
                return 0;
            }

            var served = await new HookServer(endpoint, TimeSpan.FromSeconds(Math.Max(1, result.GetValue(idle))), new CheckEngine(AnalyzerCatalog.Default)).RunAsync().ConfigureAwait(false);
            if (!served)
            {
                await stderr.WriteLineAsync($"automode: a hook server already serves {repository}").ConfigureAwait(false);
            }

            return 0;
        });
        return command;
    }
}
