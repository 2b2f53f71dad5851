using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace AutoMode.Gate.Hooks.Server;

/// <summary>One request and one answer per connection, each one line of JSON.</summary>
public static class HookProtocol
{
    /// <summary>A hook request: the agent, the hook input, the client's folder and its options.</summary>
    public static string Request(string agent, string input, string workingDirectory, HookOptions options) => new JsonObject
    {
        ["command"] = "hook",
        ["agent"] = agent,
        ["input"] = input,
        ["cwd"] = workingDirectory,
        ["timeout"] = options.Timeout.TotalSeconds,
        ["auditLog"] = options.AuditLogPath is null ? null : Path.GetFullPath(options.AuditLogPath, workingDirectory),
        ["audit"] = options.Audit,
    }.ToJsonString();

    public static string Stop() => new JsonObject { ["command"] = "stop" }.ToJsonString();

    /// <summary>The decision, in no agent's terms: the client renders it for its agent.</summary>
    public static string Answer(HookResult result) => new JsonObject
    {
        ["decision"] = (int)result.Decision,
        ["reason"] = result.Reason,
        ["auditId"] = result.AuditId,
        ["judged"] = result.Judged,
    }.ToJsonString();

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

    public static HookResult? ResultOf(string answer)
    {
        using var document = JsonDocument.Parse(answer);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("decision", out var decision) || decision.ValueKind != JsonValueKind.Number
            || !root.TryGetProperty("reason", out var reason) || reason.ValueKind != JsonValueKind.String)
        {
            return null;
        }

        var auditId = root.TryGetProperty("auditId", out var id) && id.ValueKind == JsonValueKind.String ? id.GetString() : null;
        var judged = !root.TryGetProperty("judged", out var flag) || flag.ValueKind != JsonValueKind.False;
        return new HookResult((Model.Decision)decision.GetInt32(), reason.GetString()!, auditId, judged);
    }
}
