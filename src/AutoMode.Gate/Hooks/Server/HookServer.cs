using System.Diagnostics;
using System.Net.Sockets;
using System.Text.Json;
using AutoMode.Gate.Engine;
using AutoMode.Gate.Projects;
using AutoMode.Hook.Client;

namespace AutoMode.Gate.Hooks.Server;

/// <summary>
/// The hook server: a process per repository that keeps what a hook needs warm — the JIT-compiled compiler and
/// analyzers, MSBuild evaluations, parsed files and metadata references (<see cref="ProjectCaches"/>, each reused only
/// while its files are unchanged) — and answers <c>automode hook claude</c> clients on a Unix domain socket with
/// exactly the answer the hook would compute in-process (<see cref="AgentHook"/>, same engine, same audit log).
/// One server per repository and tool build (an exclusive lock file), requests decided one at a time; it exits when
/// idle. Nothing it does is needed for correctness: a client that cannot reach it decides in-process.
/// </summary>
public sealed class HookServer
{
    public static readonly TimeSpan DefaultIdle = TimeSpan.FromMinutes(15);

    private readonly HookEndpoint _endpoint;
    private readonly TimeSpan _idle;
    private readonly CheckEngine _engine;
    private readonly SemaphoreSlim _oneAtATime = new(1, 1);
    private readonly CancellationTokenSource _stop = new();
    private int _active;
    private long _lastActivity = Stopwatch.GetTimestamp();

    public HookServer(HookEndpoint endpoint, TimeSpan idle, CheckEngine engine)
    {
        _endpoint = endpoint;
        _idle = idle;
        _engine = engine;
    }

    /// <summary>Serves until idle or stopped. Returns false when another server already serves this endpoint.</summary>
    public async Task<bool> RunAsync()
    {
        // A client probing the lock holds it for an instant: retry a little before concluding another server has it.
        FileStream? lockFile = null;
        for (var attempt = 0; lockFile is null; attempt++)
        {
            try
            {
                lockFile = new FileStream(_endpoint.LockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (attempt < 10)
            {
                await Task.Delay(20).ConfigureAwait(false);
            }
            catch (IOException)
            {
                return false;
            }
        }

        using (lockFile)
        {
            ProjectCaches.Enable();
            File.Delete(_endpoint.SocketPath);
            using var listener = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
            listener.Bind(new UnixDomainSocketEndPoint(_endpoint.SocketPath));
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(_endpoint.SocketPath, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }

            listener.Listen(128);
            try
            {
                while (!_stop.IsCancellationRequested)
                {
                    using var wait = CancellationTokenSource.CreateLinkedTokenSource(_stop.Token);
                    wait.CancelAfter(TimeSpan.FromSeconds(5));
                    Socket client;
                    try
                    {
                        client = await listener.AcceptAsync(wait.Token).ConfigureAwait(false);
                    }
                    catch (OperationCanceledException)
                    {
                        if (Volatile.Read(ref _active) == 0 && Stopwatch.GetElapsedTime(Interlocked.Read(ref _lastActivity)) > _idle)
                        {
                            break;
                        }

                        continue;
                    }

                    Interlocked.Increment(ref _active);
                    _ = Task.Run(() => ServeAsync(client));
                }
            }
            finally
            {
                File.Delete(_endpoint.SocketPath);
            }
        }

        return true;
    }

    private async Task ServeAsync(Socket client)
    {
        try
        {
            using (client)
            await using (var stream = new NetworkStream(client, ownsSocket: false))
            {
                using var read = new CancellationTokenSource(TimeSpan.FromSeconds(30));
                var request = await HookProtocol.ReadLineAsync(stream, read.Token).ConfigureAwait(false);
                if (request is null)
                {
                    return;
                }

                var received = Stopwatch.GetTimestamp();
                using var document = JsonDocument.Parse(request);
                var root = document.RootElement;
                if (root.GetProperty("command").GetString() == "stop")
                {
                    await HookProtocol.WriteLineAsync(stream, "{}", CancellationToken.None).ConfigureAwait(false);
                    await _stop.CancelAsync().ConfigureAwait(false);
                    return;
                }

                var input = root.GetProperty("input").GetString() ?? string.Empty;
                var agent = Agents.HookAgents.ByName(root.GetProperty("agent").GetString()) ?? throw new InvalidDataException("unknown agent");
                var timeout = TimeSpan.FromSeconds(root.GetProperty("timeout").GetDouble());
                HookResult result;
                await _oneAtATime.WaitAsync().ConfigureAwait(false);
                try
                {
                    // The client's clock started before the request was queued: decide within what is left of it.
                    var left = timeout - Stopwatch.GetElapsedTime(received);
                    var options = new HookOptions
                    {
                        Timeout = left > TimeSpan.FromMilliseconds(1) ? left : TimeSpan.FromMilliseconds(1),
                        AuditLogPath = root.TryGetProperty("auditLog", out var log) && log.ValueKind == JsonValueKind.String ? log.GetString() : null,
                        Audit = !root.TryGetProperty("audit", out var audit) || audit.ValueKind != JsonValueKind.False,
                        WorkingDirectory = root.GetProperty("cwd").GetString()!,
                    };
                    result = await new AgentHook(_engine, options, agent).RunAsync(() => Task.FromResult(input)).ConfigureAwait(false);
                }
                finally
                {
                    _oneAtATime.Release();
                }

                await HookProtocol.WriteLineAsync(stream, HookProtocol.Answer(result, agent.Render(result)), CancellationToken.None).ConfigureAwait(false);
            }
        }
        catch (Exception e) when (e is IOException or SocketException or JsonException or KeyNotFoundException or InvalidOperationException or OperationCanceledException or InvalidDataException)
        {
            // A client that went away or sent garbage: it decides in-process.
        }
        finally
        {
            Interlocked.Exchange(ref _lastActivity, Stopwatch.GetTimestamp());
            Interlocked.Decrement(ref _active);
        }
    }
}
