using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace AutoMode.Hook.Client;

/// <summary>
/// Where the hook server of a repository listens: a Unix domain socket in a folder only the user can enter
/// (<c>$AUTOMODE_HOOK_SOCKET_DIR</c>, else <c>$XDG_RUNTIME_DIR/automode</c>, else <c>/tmp/automode-&lt;user&gt;</c>), named
/// after the repository root and the tool build, so that a rebuilt or upgraded tool never talks to an old server.
/// The full CLI and the light client (<c>automode-hook</c>) ship in the same folder and find the same socket by this
/// one rule.
/// </summary>
public sealed record HookEndpoint(string SocketPath, string LockPath, string Root)
{
    public const string SocketDirVariable = "AUTOMODE_HOOK_SOCKET_DIR";
    public const string ServerVariable = "AUTOMODE_HOOK_SERVER";

    /// <summary>Whether the server is turned off (<c>AUTOMODE_HOOK_SERVER=off</c>).</summary>
    public static bool DisabledByEnvironment =>
        Environment.GetEnvironmentVariable(ServerVariable)?.Trim().ToLowerInvariant() is "off" or "0" or "false" or "no";

    /// <summary>
    /// The endpoint for the repository that contains <paramref name="inputCwd"/> (the folder the hook input names, read
    /// by the agent's adapter) or else <paramref name="workingDirectory"/>; null when the input is not JSON (decided
    /// in-process: it asks at once), there is no repository, or the socket folder is not safe.
    /// </summary>
    public static HookEndpoint? For(string hookInput, string? inputCwd, string workingDirectory)
    {
        try
        {
            using var document = JsonDocument.Parse(hookInput);
        }
        catch (JsonException)
        {
            return null;
        }

        var root = RepositoryRoot(inputCwd ?? workingDirectory);
        return root is null ? null : ForRoot(root);
    }

    public static HookEndpoint? ForRoot(string root) => ForRoot(root, AppContext.BaseDirectory);

    /// <summary>The endpoint of the tool build in <paramref name="toolFolder"/> (the folder of its gate assembly) for the repository <paramref name="root"/>.</summary>
    public static HookEndpoint? ForRoot(string root, string toolFolder)
    {
        var folder = SocketFolder();
        if (folder is null)
        {
            return null;
        }

        var name = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(root + "\n" + ToolIdentity(toolFolder))))[..16];
        return new HookEndpoint(Path.Combine(folder, $"hook-{name}.sock"), Path.Combine(folder, $"hook-{name}.lock"), root);
    }

    /// <summary>The nearest folder upwards with a <c>.git</c> (folder or file): the repository root, without starting git.</summary>
    public static string? RepositoryRoot(string directory)
    {
        try
        {
            for (var current = new DirectoryInfo(Path.GetFullPath(directory)); current is not null; current = current.Parent)
            {
                var git = Path.Combine(current.FullName, ".git");
                if (Directory.Exists(git) || File.Exists(git))
                {
                    return current.FullName;
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
        }

        return null;
    }

    /// <summary>Connects to the server; null when none listens (no socket file, refused, or no answer within 2 s).</summary>
    public async Task<Socket?> TryConnectAsync()
    {
        if (!File.Exists(SocketPath))
        {
            return null;
        }

        var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        try
        {
            using var connect = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            await socket.ConnectAsync(new UnixDomainSocketEndPoint(SocketPath), connect.Token).ConfigureAwait(false);
            return socket;
        }
        catch (Exception e) when (e is SocketException or OperationCanceledException or IOException)
        {
            socket.Dispose();
            return null;
        }
    }

    /// <summary>The gate's assembly, which the full CLI and the light client find next to them in the tool's folder.</summary>
    public const string GateAssemblyName = "AutoMode.Gate.dll";

    /// <summary>
    /// The tool build: the path, size and write time of the gate's assembly in the tool's folder (the version is in
    /// the assembly, so a new version is a new size or write time; the path tells installs apart).
    /// </summary>
    private static string ToolIdentity(string toolFolder)
    {
        var assembly = Path.GetFullPath(Path.Combine(toolFolder, GateAssemblyName));
        var info = new FileInfo(assembly);
        return $"{assembly}|{(info.Exists ? info.Length : 0)}|{(info.Exists ? info.LastWriteTimeUtc.Ticks : 0)}";
    }

    private static string? SocketFolder()
    {
        var configured = Environment.GetEnvironmentVariable(SocketDirVariable);
        var runtime = Environment.GetEnvironmentVariable("XDG_RUNTIME_DIR");
        var folder = !string.IsNullOrWhiteSpace(configured) ? configured
            : !string.IsNullOrWhiteSpace(runtime) && Directory.Exists(runtime) ? Path.Combine(runtime, "automode")
            : Path.Combine(Path.GetTempPath(), "automode-" + Environment.UserName);
        try
        {
            if (!OperatingSystem.IsWindows())
            {
                if (!Directory.Exists(folder))
                {
                    Directory.CreateDirectory(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
                }

                // Only a folder that no one else can write to: another user must not be able to plant a server.
                var mode = File.GetUnixFileMode(folder);
                if ((mode & (UnixFileMode.GroupWrite | UnixFileMode.OtherWrite)) != 0 || new DirectoryInfo(folder).LinkTarget is not null)
                {
                    return null;
                }
            }
            else
            {
                Directory.CreateDirectory(folder);
            }

            // ... and one this user can write to (so that it is not another user's folder).
            using (new FileStream(Path.Combine(folder, $".probe-{Environment.ProcessId}"), FileMode.Create, FileAccess.Write, FileShare.None, 1, FileOptions.DeleteOnClose))
            {
            }

            return Path.GetFullPath(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
