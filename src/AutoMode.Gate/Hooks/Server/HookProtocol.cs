using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace AutoMode.Gate.Hooks.Server;

/// <summary>One request and one answer per connection, each one line of JSON.</summary>
public static class HookProtocol
{
    /// <summary>A hook request: the hook input, the client's folder and its options.</summary>
    public static string Request(string input, string workingDirectory, HookOptions options) => new JsonObject
    {
        ["command"] = "hook",
        ["input"] = input,
        ["cwd"] = workingDirectory,
        ["timeout"] = options.Timeout.TotalSeconds,
        ["auditLog"] = options.AuditLogPath is null ? null : Path.GetFullPath(options.AuditLogPath, workingDirectory),
        ["audit"] = options.Audit,
    }.ToJsonString();

    public static string Stop() => new JsonObject { ["command"] = "stop" }.ToJsonString();

    public static string Answer(string output) => new JsonObject { ["output"] = output }.ToJsonString();

    public static async Task WriteLineAsync(Stream stream, string line, CancellationToken cancellationToken)
    {
        await stream.WriteAsync(Encoding.UTF8.GetBytes(line + "\n"), cancellationToken).ConfigureAwait(false);
        await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads one line (up to 64 MB); null at the end of the stream.</summary>
    public static async Task<string?> ReadLineAsync(Stream stream, CancellationToken cancellationToken)
    {
        var buffer = new MemoryStream();
        var chunk = new byte[8192];
        while (true)
        {
            var read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                return null;
            }

            var newLine = Array.IndexOf(chunk, (byte)'\n', 0, read);
            buffer.Write(chunk, 0, newLine >= 0 ? newLine : read);
            if (newLine >= 0)
            {
                return Encoding.UTF8.GetString(buffer.ToArray());
            }

            if (buffer.Length > 64 * 1024 * 1024)
            {
                throw new InvalidDataException("request too large");
            }
        }
    }

    public static string? OutputOf(string answer)
    {
        using var document = JsonDocument.Parse(answer);
        return document.RootElement.TryGetProperty("output", out var output) && output.ValueKind == JsonValueKind.String ? output.GetString() : null;
    }
}
