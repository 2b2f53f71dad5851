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

    /// <summary>
    /// Runs a hook command so that it fails closed under Claude Code's rules, where only exit 2 or a JSON deny/ask
    /// stops a call and any other exit code lets it through: an exception is answered ask (exit 0, JSON); if even
    /// that answer cannot be written, or the process is about to die of an unhandled exception on another thread,
    /// the hook exits 2 with the reason on standard error (a blocking error).
    /// </summary>
    public static async Task<int> InvokeFailClosedAsync(ParseResult parse, InvocationConfiguration invocation, TextWriter stdout, TextWriter stderr)
    {
        AppDomain.CurrentDomain.UnhandledException += (_, e) =>
        {
            try
            {
                stderr.WriteLine($"AutoMode: the hook crashed ({(e.ExceptionObject as Exception)?.GetType().Name}: {(e.ExceptionObject as Exception)?.Message}); blocking this call (exit 2). A person decides.");
                stderr.Flush();
            }
            finally
            {
                Environment.Exit(BlockingExitCode);
            }
        };

        try
        {
            if (Environment.GetEnvironmentVariable(CrashVariable) == "thread")
            {
                CrashOnAnotherThread();
            }

            return await parse.InvokeAsync(invocation).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            var problem = $"internal error: {e.GetType().Name}: {e.Message}";
            try
            {
                await stdout.WriteLineAsync(new HookResult(Gate.Model.Decision.Ask, HookReason.ForFailure(problem), null).ToJson()).ConfigureAwait(false);
                await stdout.FlushAsync().ConfigureAwait(false);
                return 0;
            }
            catch (Exception)
            {
                await stderr.WriteLineAsync($"AutoMode: {problem}; blocking this call (exit 2). A person decides.").ConfigureAwait(false);
                return BlockingExitCode;
            }
        }
    }

    /// <summary>Claude Code's "blocking error": the only exit code other than 0 that stops the call (standard error is the reason).</summary>
    public const int BlockingExitCode = 2;

    /// <summary>
    /// Fault injection for the contract tests, which start the real executable: <c>thread</c> makes the hook die of an
    /// unhandled exception on another thread, the last-resort path no input can reach.
    /// </summary>
    public const string CrashVariable = "AUTOMODE_HOOK_TEST_CRASH";

    private static void CrashOnAnotherThread()
    {
        var thread = new Thread(() => throw new InvalidOperationException($"crash requested by {CrashVariable}"));
        thread.Start();
        thread.Join();
    }

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
        // Standard input reads synchronously: read on the thread pool, so the timeout can fire.
        var read = Task.Run(ReadInput);
        if (await Task.WhenAny(read, Task.Delay(options.Timeout)).ConfigureAwait(false) != read)
        {
            // The timeout applies to reading the input too.
            return new ClaudeHook(new CheckEngine(AnalyzerCatalog.Default), options).Fail($"its input did not arrive within the hook's timeout of {options.Timeout.TotalSeconds:0.#} s").ToJson();
        }

        var (input, size) = await read.ConfigureAwait(false);
        if (size > HookOptions.MaxInputBytes)
        {
            // Audited in the repository of the cwd that the first bytes name.
            return new ClaudeHook(new CheckEngine(AnalyzerCatalog.Default), options).Fail(ClaudeHook.TooLarge(size), input).ToJson();
        }

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
            return new ClaudeHook(new CheckEngine(AnalyzerCatalog.Default), options).Fail($"it did not decide within the hook's timeout of {options.Timeout.TotalSeconds:0.#} s (the hook server did not answer in time)", input).ToJson();
        }

        var hook = new ClaudeHook(new CheckEngine(AnalyzerCatalog.Default), options with { Timeout = left });
        return (await hook.RunAsync(() => Task.FromResult(input)).ConfigureAwait(false)).ToJson();
    }

    /// <summary>
    /// Standard input as UTF-8, keeping at most <see cref="HookOptions.MaxInputBytes"/> (+1, to tell that there was
    /// more); the rest is read and dropped, so the writer is never left blocked. Returns the text kept and the full size.
    /// </summary>
    private static (string Text, long Size) ReadInput()
    {
        using var stdin = Console.OpenStandardInput();
        var kept = new MemoryStream();
        var buffer = new byte[81920];
        long size = 0;
        int count;
        while ((count = stdin.Read(buffer, 0, buffer.Length)) > 0)
        {
            var room = (int)Math.Min(count, HookOptions.MaxInputBytes + 1L - kept.Length);
            if (room > 0)
            {
                kept.Write(buffer, 0, room);
            }

            size += count;
        }

        return (new System.Text.UTF8Encoding(false).GetString(kept.GetBuffer(), 0, (int)kept.Length).TrimStart('\uFEFF'), size);
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
