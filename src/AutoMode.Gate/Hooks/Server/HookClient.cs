using System.Diagnostics;
using System.Net.Sockets;
using AutoMode.Hook.Client;

namespace AutoMode.Gate.Hooks.Server;

/// <summary>
/// The client side of <c>automode hook &lt;agent&gt;</c>: sends the hook input to the repository's hook server, starting the
/// server when none runs, and returns its answer — or null when the server cannot be reached in time (the caller then
/// decides in-process, so the hook never depends on the server).
/// </summary>
public static class HookClient
{
    /// <summary>How long a hook waits for a server it started to listen (the first, cold, edit of a session).</summary>
    public static readonly TimeSpan StartWait = TimeSpan.FromSeconds(10);

    public static async Task<HookResult?> TryRunAsync(HookEndpoint endpoint, IHookAgent agent, string input, string workingDirectory, HookOptions options, Func<ProcessStartInfo> serverCommand)
    {
        var clock = Stopwatch.StartNew();
        var socket = await endpoint.TryConnectAsync().ConfigureAwait(false);
        if (socket is null)
        {
            using var started = ServerHoldsLock(endpoint) ? null : Start(serverCommand());
            var wait = options.Timeout < StartWait ? options.Timeout : StartWait;
            while (socket is null && clock.Elapsed < wait)
            {
                await Task.Delay(25).ConfigureAwait(false);
                socket = await endpoint.TryConnectAsync().ConfigureAwait(false);
                if (socket is null && started is { HasExited: true } && !ServerHoldsLock(endpoint))
                {
                    return null; // the server it started is gone and no other runs: decide in-process now
                }
            }
        }

        if (socket is null)
        {
            return null;
        }

        using (socket)
        {
            try
            {
                await using var stream = new NetworkStream(socket, ownsSocket: false);
                await HookProtocol.WriteLineAsync(stream, HookProtocol.Request(agent.Name, input, workingDirectory, options with { Timeout = Remaining(options.Timeout, clock) }), CancellationToken.None).ConfigureAwait(false);
                using var answerWait = new CancellationTokenSource(Remaining(options.Timeout, clock) + HookWire.AnswerGrace);
                var answer = await HookProtocol.ReadLineAsync(stream, answerWait.Token).ConfigureAwait(false);
                return answer is null ? null : HookProtocol.ResultOf(answer);
            }
            catch (Exception e) when (e is IOException or SocketException or OperationCanceledException or System.Text.Json.JsonException)
            {
                return null;
            }
        }
    }

    /// <summary>Asks the repository's server to stop; false when none answered.</summary>
    public static async Task<bool> StopAsync(HookEndpoint endpoint)
    {
        using var socket = await endpoint.TryConnectAsync().ConfigureAwait(false);
        if (socket is null)
        {
            return false;
        }

        await using var stream = new NetworkStream(socket, ownsSocket: false);
        await HookProtocol.WriteLineAsync(stream, HookProtocol.Stop(), CancellationToken.None).ConfigureAwait(false);
        using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await HookProtocol.ReadLineAsync(stream, wait.Token).ConfigureAwait(false);
        for (var i = 0; i < 100 && File.Exists(endpoint.SocketPath); i++)
        {
            await Task.Delay(50).ConfigureAwait(false);
        }

        return true;
    }

    private static TimeSpan Remaining(TimeSpan timeout, Stopwatch clock)
    {
        var left = timeout - clock.Elapsed;
        return left > TimeSpan.FromMilliseconds(1) ? left : TimeSpan.FromMilliseconds(1);
    }

    /// <summary>Whether a server holds the endpoint's lock (it runs, or is starting).</summary>
    private static bool ServerHoldsLock(HookEndpoint endpoint)
    {
        try
        {
            using var probe = new FileStream(endpoint.LockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            return false;
        }
        catch (IOException)
        {
            return true;
        }
        catch (UnauthorizedAccessException)
        {
            return true;
        }
    }

    /// <summary>Starts the server detached: its standard streams are its own (never the agent host's pipes, which it would hold open).</summary>
    private static Process? Start(ProcessStartInfo start)
    {
        start.UseShellExecute = false;
        start.RedirectStandardInput = true;
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        try
        {
            var process = Process.Start(start);
            if (process is not null)
            {
                process.StandardInput.Close();
                process.StandardOutput.Close();
                process.StandardError.Close();
            }

            return process;
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            return null;
        }
    }
}
