using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace AutoMode.Gate.Hooks.Server;

/// <summary>
/// Where the hook server of a repository listens: a Unix domain socket in a folder only the user can enter
/// (<c>$AUTOMODE_HOOK_SOCKET_DIR</c>, else <c>$XDG_RUNTIME_DIR/automode</c>, else <c>/tmp/automode-&lt;user&gt;</c>), named
/// after the repository root and the tool build, so that a rebuilt or upgraded tool never talks to an old server.
/// </summary>
public sealed record HookEndpoint(string SocketPath, string LockPath, string Root)
{
    public const string SocketDirVariable = "AUTOMODE_HOOK_SOCKET_DIR";
    public const string ServerVariable = "AUTOMODE_HOOK_SERVER";

    /// <summary>Whether the server is turned off (<c>AUTOMODE_HOOK_SERVER=off</c>).</summary>
    public static bool DisabledByEnvironment =>
        Environment.GetEnvironmentVariable(ServerVariable)?.Trim().ToLowerInvariant() is "off" or "0" or "false" or "no";

    /// <summary>The endpoint for the repository that contains the hook input's folder (or <paramref name="workingDirectory"/>); null when there is none or the socket folder is not safe.</summary>
    public static HookEndpoint? For(string hookInput, string workingDirectory, IHookAgent agent)
    {
        try
        {
            using var document = JsonDocument.Parse(hookInput);
        }
        catch (JsonException)
        {
            return null; // in-process: it asks at once
        }

        var root = RepositoryRoot(agent.Header(hookInput).Cwd ?? workingDirectory);
        return root is null ? null : ForRoot(root);
    }

    public static HookEndpoint? ForRoot(string root)
    {
        var folder = SocketFolder();
        if (folder is null)
        {
            return null;
        }

        var name = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(root + "\n" + ToolIdentity())))[..16];
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

    /// <summary>The tool build: the path, size and write time of this assembly and the version.</summary>
    private static string ToolIdentity()
    {
        var assembly = typeof(HookEndpoint).Assembly.Location;
        var info = new FileInfo(assembly);
        return $"{assembly}|{(info.Exists ? info.Length : 0)}|{(info.Exists ? info.LastWriteTimeUtc.Ticks : 0)}|{Reports.ToolInfo.Version}";
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
