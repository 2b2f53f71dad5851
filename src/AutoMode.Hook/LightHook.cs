using System.Diagnostics;
using System.Globalization;
using System.Text;
using AutoMode.Hook.Client;

namespace AutoMode.Hook;

/// <summary>
/// <c>automode-hook &lt;agent&gt; [--timeout s] [--audit-log path] [--no-audit]</c>: the same hook as
/// <c>automode hook &lt;agent&gt;</c>, with a process start that loads no gate. It reads the input, finds the
/// repository's warm server by the CLI's own rule (<see cref="HookEndpoint"/>), sends the request and prints the answer
/// the server rendered for the agent, with its exit code. Everything else — no server running (the CLI starts it),
/// the server failing or dying mid-request, input that is not JSON or too large, a command line it does not know,
/// <c>AUTOMODE_HOOK_SERVER=off</c> — goes, with the input unchanged, to the full CLI in the same folder, which answers
/// exactly as it does when started directly: only the speed differs. If even that cannot run, the hook blocks the call
/// (exit 2, the reason on standard error), the one answer every agent it serves treats as a block.
/// </summary>
public static class LightHook
{
    /// <summary>Fault injection for the contract tests: <c>client</c> makes the light client die of an unhandled exception on another thread.</summary>
    public const string CrashVariable = "AUTOMODE_HOOK_TEST_CRASH";

    /// <summary>Test seam: the full CLI's assembly to hand over to, instead of the <c>automode.dll</c> next to this client.</summary>
    public const string CliVariable = "AUTOMODE_HOOK_TEST_CLI";

    public static async Task<int> RunAsync(string[] args)
    {
        var clock = Stopwatch.StartNew();
        AppDomain.CurrentDomain.UnhandledException += (_, e) => Block($"the hook crashed ({(e.ExceptionObject as Exception)?.GetType().Name}: {(e.ExceptionObject as Exception)?.Message})");
        try
        {
            if (Environment.GetEnvironmentVariable(CrashVariable) == "client")
            {
                var thread = new Thread(() => throw new InvalidOperationException($"crash requested by {CrashVariable}"));
                thread.Start();
                thread.Join();
            }

            using var stdin = Console.OpenStandardInput();
            var (kept, size) = HookInput.Read(stdin, stopAtLimit: true);
            var line = CommandLine.Parse(args);
            if (line is null || size > HookWire.MaxInputBytes || HookEndpoint.DisabledByEnvironment)
            {
                return await HandOverAsync(args, kept, stdin).ConfigureAwait(false);
            }

            var input = HookInput.Text(kept);
            var workingDirectory = Directory.GetCurrentDirectory();
            var endpoint = HookEndpoint.For(input, HookInput.Cwd(input), workingDirectory);
            using var socket = endpoint is null ? null : await endpoint.TryConnectAsync().ConfigureAwait(false);
            if (socket is null)
            {
                return await HandOverAsync(line.Value.Arguments(line.Value.Timeout - clock.Elapsed.TotalSeconds, noServer: false), kept, stdin).ConfigureAwait(false);
            }

            var answer = await AskAsync(socket, line.Value, input, workingDirectory, clock).ConfigureAwait(false);
            if (answer is null)
            {
                // The server failed this request: decide in-process, as the CLI does when its server fails.
                return await HandOverAsync(line.Value.Arguments(line.Value.Timeout - clock.Elapsed.TotalSeconds, noServer: true), kept, stdin).ConfigureAwait(false);
            }

            await WriteAsync(Console.OpenStandardOutput(), answer.Value.Stdout).ConfigureAwait(false);
            await WriteAsync(Console.OpenStandardError(), answer.Value.Stderr).ConfigureAwait(false);
            return answer.Value.ExitCode;
        }
        catch (Exception e)
        {
            return Block($"internal error: {e.GetType().Name}: {e.Message}");
        }
    }

    private static async Task<(string Stdout, string Stderr, int ExitCode)?> AskAsync(System.Net.Sockets.Socket socket, CommandLine line, string input, string workingDirectory, Stopwatch clock)
    {
        try
        {
            await using var stream = new System.Net.Sockets.NetworkStream(socket, ownsSocket: false);
            var left = Math.Max(0.001, line.Timeout - clock.Elapsed.TotalSeconds);
            await HookWire.WriteLineAsync(stream, HookWire.Request(line.Agent, input, workingDirectory, left, line.AuditLog, line.Audit), CancellationToken.None).ConfigureAwait(false);
            using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(left) + HookWire.AnswerGrace);
            var answer = await HookWire.ReadLineAsync(stream, wait.Token).ConfigureAwait(false);
            return answer is null ? null : HookWire.Rendered(answer);
        }
        catch (Exception e) when (e is IOException or System.Net.Sockets.SocketException or OperationCanceledException or System.Text.Json.JsonException or InvalidDataException)
        {
            return null;
        }
    }

    /// <summary>Runs the full CLI's <c>automode hook</c> with <paramref name="args"/>, the input read so far and the rest of standard input; returns its exit code (its output goes straight to ours).</summary>
    private static async Task<int> HandOverAsync(string[] args, byte[] kept, Stream rest)
    {
        var cli = Environment.GetEnvironmentVariable(CliVariable) is { Length: > 0 } configured ? configured : Path.Combine(AppContext.BaseDirectory, "automode.dll");
        if (!File.Exists(cli))
        {
            return Block($"the automode tool ({cli}) is missing");
        }

        var start = new ProcessStartInfo(DotnetHost()) { UseShellExecute = false, RedirectStandardInput = true };
        start.ArgumentList.Add(cli);
        start.ArgumentList.Add("hook");
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        Process? process;
        try
        {
            process = Process.Start(start);
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            return Block($"the automode tool could not start ({e.Message})");
        }

        if (process is null)
        {
            return Block("the automode tool could not start");
        }

        using (process)
        {
            try
            {
                var input = process.StandardInput.BaseStream;
                await input.WriteAsync(kept).ConfigureAwait(false);
                await rest.CopyToAsync(input).ConfigureAwait(false);
                process.StandardInput.Close();
            }
            catch (IOException)
            {
                // It stopped reading (it answers input over the size limit without reading the rest): its answer stands.
            }

            await process.WaitForExitAsync().ConfigureAwait(false);
            return process.ExitCode;
        }
    }

    /// <summary>The <c>dotnet</c> host: this process's when it runs as <c>dotnet automode-hook.dll</c>, else the one in <c>DOTNET_ROOT</c> or on the PATH.</summary>
    private static string DotnetHost()
    {
        if (Environment.ProcessPath is { } self && Path.GetFileNameWithoutExtension(self).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
        {
            return self;
        }

        var root = Environment.GetEnvironmentVariable("DOTNET_ROOT");
        var inRoot = string.IsNullOrEmpty(root) ? null : Path.Combine(root, OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet");
        return inRoot is not null && File.Exists(inRoot) ? inRoot : "dotnet";
    }

    private static async Task WriteAsync(Stream stream, string text)
    {
        if (text.Length > 0)
        {
            await stream.WriteAsync(Encoding.UTF8.GetBytes(text + "\n")).ConfigureAwait(false);
            await stream.FlushAsync().ConfigureAwait(false);
        }
    }

    /// <summary>The last resort: exit 2 with the reason on standard error, which blocks the call in every agent the hook serves.</summary>
    private static int Block(string problem)
    {
        try
        {
            var error = Console.OpenStandardError();
            error.Write(Encoding.UTF8.GetBytes($"AutoMode: {problem}; blocking this call (exit {HookWire.BlockingExitCode}). A person decides.\n"));
            error.Flush();
        }
        finally
        {
            Environment.Exit(HookWire.BlockingExitCode);
        }

        return HookWire.BlockingExitCode;
    }

    /// <summary>The command line the light client answers itself; anything else is handed to the CLI as it is.</summary>
    private readonly record struct CommandLine(string Agent, double Timeout, string? AuditLog, bool Audit)
    {
        public static CommandLine? Parse(string[] args)
        {
            if (args.Length == 0 || args[0].StartsWith('-'))
            {
                return null;
            }

            var line = new CommandLine(args[0], HookWire.DefaultTimeoutSeconds, null, true);
            for (var i = 1; i < args.Length; i++)
            {
                switch (args[i])
                {
                    case "--timeout" when i + 1 < args.Length && double.TryParse(args[i + 1], NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds > 0 && seconds <= 3600:
                        line = line with { Timeout = seconds };
                        i++;
                        break;
                    case "--audit-log" when i + 1 < args.Length && !args[i + 1].StartsWith('-'):
                        line = line with { AuditLog = args[i + 1] };
                        i++;
                        break;
                    case "--no-audit":
                        line = line with { Audit = false };
                        break;
                    default:
                        return null;
                }
            }

            return line;
        }

        /// <summary>The CLI's arguments after <c>hook</c>, with what is left of the timeout (at least 50 ms: the CLI then answers that it did not decide in time).</summary>
        public string[] Arguments(double secondsLeft, bool noServer)
        {
            var args = new List<string> { Agent, "--timeout", Math.Max(0.05, secondsLeft).ToString("0.###", CultureInfo.InvariantCulture) };
            if (AuditLog is not null)
            {
                args.AddRange(new[] { "--audit-log", AuditLog });
            }

            if (!Audit)
            {
                args.Add("--no-audit");
            }

            if (noServer)
            {
                args.Add("--no-server");
            }

            return args.ToArray();
        }
    }
}
