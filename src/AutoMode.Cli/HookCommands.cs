using System.CommandLine;
using System.Diagnostics;
using AutoMode.Gate.Analysis;
using AutoMode.Gate.Engine;
using AutoMode.Gate.Hooks;
using AutoMode.Gate.Hooks.Agents;
using AutoMode.Gate.Hooks.Server;
using AutoMode.Hook.Client;

namespace AutoMode.Cli;

/// <summary>
/// <c>automode hook claude|codex|copilot|gemini|cursor</c>: the agent hooks (each answers in its agent's documented
/// output and exit code, <see cref="IHookAgent"/>), answered by the repository's hook server when it can be reached
/// (warm), else in-process; <c>automode hook server</c>.
/// </summary>
internal static class HookCommands
{
    public static Command Hook(TextWriter stdout, TextWriter stderr)
    {
        var command = new Command("hook", "Agent hooks: decide each proposed edit or command (allow / ask / deny) before the agent makes it, and record it in the audit log.");
        foreach (var agent in HookAgents.All)
        {
            command.Subcommands.Add(AgentCommand(agent, stdout, stderr));
        }

        command.Subcommands.Add(Server(stdout, stderr));
        command.Subcommands.Add(Client(stdout));
        return command;
    }

    public static bool IsHook(string[] args) => args.Length > 1 && args[0] == "hook" && args[1] != "server" && args[1] != "client";

    /// <summary>The agent a hook command line is for; Claude Code's when the name is not one (its answer is the most widely read).</summary>
    public static IHookAgent AgentOf(string[] args) => HookAgents.ByName(args.Length > 1 ? args[1] : null) ?? ClaudeAgent.Instance;

    /// <summary>Writes an answer as the agent reads it; returns the exit code.</summary>
    public static async Task<int> WriteAsync(HookAnswer answer, TextWriter stdout, TextWriter stderr)
    {
        if (answer.Stdout.Length > 0)
        {
            await stdout.WriteLineAsync(answer.Stdout).ConfigureAwait(false);
            await stdout.FlushAsync().ConfigureAwait(false);
        }

        if (answer.Stderr.Length > 0)
        {
            await stderr.WriteLineAsync(answer.Stderr).ConfigureAwait(false);
            await stderr.FlushAsync().ConfigureAwait(false);
        }

        return answer.ExitCode;
    }

    /// <summary>
    /// Runs a hook command so that it fails closed under its agent's rules, where (for all five agents) any exit code
    /// but the blocking one, or output the agent cannot read, lets the call through: an exception is answered ask in
    /// the agent's terms; if even that answer cannot be written, or the process is about to die of an unhandled
    /// exception on another thread, the hook exits with the agent's blocking exit code and the reason on standard error.
    /// </summary>
    public static async Task<int> InvokeFailClosedAsync(string[] args, ParseResult parse, InvocationConfiguration invocation, TextWriter stdout, TextWriter stderr)
    {
        var agent = AgentOf(args);
        AppDomain.CurrentDomain.UnhandledException += (_, e) =>
        {
            try
            {
                stderr.WriteLine($"AutoMode: the hook crashed ({(e.ExceptionObject as Exception)?.GetType().Name}: {(e.ExceptionObject as Exception)?.Message}); blocking this call (exit {agent.BlockingExitCode}). A person decides.");
                stderr.Flush();
            }
            finally
            {
                Environment.Exit(agent.BlockingExitCode);
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
                return await WriteAsync(agent.Render(new HookResult(Gate.Model.Decision.Ask, HookReason.ForFailure(problem), null)), stdout, stderr).ConfigureAwait(false);
            }
            catch (Exception)
            {
                await stderr.WriteLineAsync($"AutoMode: {problem}; blocking this call (exit {agent.BlockingExitCode}). A person decides.").ConfigureAwait(false);
                return agent.BlockingExitCode;
            }
        }
    }

    /// <summary>The answer to a hook command line that does not parse: ask in the agent's terms, with the errors (the hook is installed wrong).</summary>
    public static HookAnswer UsageError(string[] args, IEnumerable<string> errors) => UsageError(AgentOf(args), errors);

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

    private static HookAnswer UsageError(IHookAgent agent, IEnumerable<string> errors) =>
        agent.Render(new HookResult(Gate.Model.Decision.Ask, HookReason.ForFailure($"the hook's command line is wrong ({string.Join("; ", errors)}); see `automode hook {agent.Name} --help`"), null));

    private static Command AgentCommand(IHookAgent agent, TextWriter stdout, TextWriter stderr)
    {
        var timeout = new Option<double>("--timeout")
        {
            Description = "Seconds to decide in; past that the hook answers ask (fail closed). Keep it under the hook's own timeout in .claude/settings.json.",
            DefaultValueFactory = _ => HookOptions.DefaultTimeout.TotalSeconds,
        };
        var auditLog = AuditCommands.AuditLogOption();
        var noAudit = new Option<bool>("--no-audit") { Description = "Do not append the decision to the audit log." };
        var noServer = new Option<bool>("--no-server") { Description = $"Decide in this process; do not use or start the repository's hook server (also: {HookEndpoint.ServerVariable}=off)." };
        var command = new Command(agent.Name, Descriptions[agent.Name])
        {
            timeout, auditLog, noAudit, noServer,
        };
        command.SetAction(async (result, cancellationToken) =>
        {
            var seconds = result.GetValue(timeout);
            if (seconds <= 0 || seconds > 3600)
            {
                return await WriteAsync(UsageError(agent, new[] { "--timeout must be between 0 and 3600 seconds" }), stdout, stderr).ConfigureAwait(false);
            }

            var options = new HookOptions
            {
                Timeout = TimeSpan.FromSeconds(seconds),
                AuditLogPath = result.GetValue(auditLog),
                Audit = !result.GetValue(noAudit),
                WorkingDirectory = Directory.GetCurrentDirectory(),
            };
            var answer = await AnswerAsync(agent, options, !result.GetValue(noServer) && !HookEndpoint.DisabledByEnvironment).ConfigureAwait(false);
            return await WriteAsync(agent.Render(answer), stdout, stderr).ConfigureAwait(false);
        });
        return command;
    }

    private static readonly Dictionary<string, string> Descriptions = new(StringComparer.Ordinal)
    {
        ["claude"] = "Claude Code PreToolUse hook for Edit|MultiEdit|Write: reads the hook JSON on standard input, classifies the edit as `check` would, prints hookSpecificOutput with permissionDecision allow|ask|deny and the reason.",
        ["codex"] = "OpenAI Codex CLI PreToolUse hook for apply_patch|Bash: classifies each file of the patch as `check` would; allow prints nothing, ask and deny print hookSpecificOutput with permissionDecision deny and the reason (Codex enforces only deny).",
        ["copilot"] = "GitHub Copilot CLI / coding agent preToolUse hook: classifies edit and create as `check` would; prints permissionDecision allow|deny and the reason (Copilot processes only deny, so ask is a deny); other tools get no output.",
        ["gemini"] = "Gemini CLI BeforeTool hook for write_file|replace|run_shell_command: classifies the edit as `check` would; prints decision allow|deny and the reason (BeforeTool has no ask, so ask is a deny).",
        ["cursor"] = "Cursor beforeShellExecution hook: judges the command; prints permission allow|ask|deny with user_message and agent_message.",
    };

    private static async Task<HookResult> AnswerAsync(IHookAgent agent, HookOptions options, bool useServer)
    {
        var clock = Stopwatch.StartNew();
        // Standard input reads synchronously: read on the thread pool, so the timeout can fire.
        var read = Task.Run(ReadInput);
        if (await Task.WhenAny(read, Task.Delay(options.Timeout)).ConfigureAwait(false) != read)
        {
            // The timeout applies to reading the input too.
            return new AgentHook(new CheckEngine(AnalyzerCatalog.Default), options, agent).Fail($"its input did not arrive within the hook's timeout of {options.Timeout.TotalSeconds:0.#} s");
        }

        var (input, size) = await read.ConfigureAwait(false);
        if (size > HookOptions.MaxInputBytes)
        {
            // Audited in the repository of the cwd that the first bytes name.
            return new AgentHook(new CheckEngine(AnalyzerCatalog.Default), options, agent).Fail(AgentHook.TooLarge(size), input);
        }

        if (useServer && HookEndpoint.For(input, agent.Header(input).Cwd, options.WorkingDirectory) is { } endpoint)
        {
            var fromServer = await HookClient.TryRunAsync(endpoint, agent, input, options.WorkingDirectory, options with { Timeout = options.Timeout - clock.Elapsed }, () => ServerCommand(endpoint)).ConfigureAwait(false);
            if (fromServer is not null)
            {
                return fromServer;
            }
        }

        // In-process (the server is off or out of reach): the engine and the analyzers are loaded only now.
        var left = options.Timeout - clock.Elapsed;
        if (left <= TimeSpan.FromMilliseconds(10))
        {
            return new AgentHook(new CheckEngine(AnalyzerCatalog.Default), options, agent).Fail($"it did not decide within the hook's timeout of {options.Timeout.TotalSeconds:0.#} s (the hook server did not answer in time)", input);
        }

        var hook = new AgentHook(new CheckEngine(AnalyzerCatalog.Default), options with { Timeout = left }, agent);
        return await hook.RunAsync(() => Task.FromResult(input)).ConfigureAwait(false);
    }

    /// <summary>Standard input as UTF-8, keeping at most <see cref="HookOptions.MaxInputBytes"/> (+1, to tell that there was more); the rest is read and dropped. Returns the text kept and the full size.</summary>
    private static (string Text, long Size) ReadInput()
    {
        using var stdin = Console.OpenStandardInput();
        var (kept, size) = HookInput.Read(stdin, stopAtLimit: false);
        return (HookInput.Text(kept), size);
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

    /// <summary>
    /// The native light client for this platform, when the tool ships one: <c>automode-hook-&lt;rid&gt;</c> next to
    /// <c>automode.dll</c> (build/publish-hook-native.sh).
    /// </summary>
    public static string NativeClientName =>
        $"automode-hook-{(OperatingSystem.IsMacOS() ? "osx" : OperatingSystem.IsWindows() ? "win" : "linux")}-{System.Runtime.InteropServices.RuntimeInformation.OSArchitecture.ToString().ToLowerInvariant()}";

    /// <summary>
    /// The command line for an agent's settings that runs the fastest hook client of this install: the native light
    /// client when there is one for this platform, else the framework-dependent one (<c>dotnet automode-hook.dll</c>) —
    /// guarded, so that once the tool is updated or removed and the path is gone, the line runs <c>automode hook</c>
    /// instead (a hook command that is not found would let the call through).
    /// </summary>
    public static string ClientCommandLine(string agent)
    {
        var folder = AppContext.BaseDirectory;
        var native = Path.Combine(folder, NativeClientName);
        if (!OperatingSystem.IsWindows() && File.Exists(native) && MakeExecutable(native))
        {
            return $"c={Quote(native)}; if [ -x \"$c\" ]; then exec \"$c\" {agent}; else exec automode hook {agent}; fi";
        }

        var managed = Path.Combine(folder, "automode-hook.dll");
        return $"c={Quote(managed)}; if [ -f \"$c\" ]; then exec dotnet \"$c\" {agent}; else exec automode hook {agent}; fi";
    }

    /// <summary>NuGet does not keep the executable bit of a packed file: set it (user, group, others may run it, as an installed tool).</summary>
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    private static bool MakeExecutable(string path)
    {
        try
        {
            File.SetUnixFileMode(path, File.GetUnixFileMode(path) | UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (File.GetUnixFileMode(path) & UnixFileMode.UserExecute) != 0;
        }
    }

    private static string Quote(string path) => "'" + path.Replace("'", "'\\''", StringComparison.Ordinal) + "'";

    private static Command Client(TextWriter stdout)
    {
        var agentName = new Argument<string>("agent") { Description = "The agent: " + string.Join(", ", HookAgents.All.Select(a => a.Name)) + "." };
        var command = new Command("client", "Print the command line for the agent's hook settings that runs the light hook client (`automode-hook`, native where the tool ships one for this platform): the same answers as `automode hook <agent>`, without loading the gate when the repository's hook server is warm.")
        {
            agentName,
        };
        command.SetAction(async (result, cancellationToken) =>
        {
            var agent = HookAgents.ByName(result.GetValue(agentName)) ?? throw new Gate.Model.GateException($"no hook for agent '{result.GetValue(agentName)}'");
            await stdout.WriteLineAsync(ClientCommandLine(agent.Name)).ConfigureAwait(false);
            return 0;
        });
        return command;
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
        var command = new Command("server", "The repository's hook server, which `automode hook <agent>` starts by itself: it keeps the compiler, project evaluations and parsed files warm between edits and exits when idle. Run it yourself only to stop it (--stop).")
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
