using System.Text;
using System.Text.Json;

namespace AutoMode.Hook.Client;

/// <summary>
/// The hook server's wire format: one request and one answer per connection, each one line of JSON. A request names
/// the agent, carries the hook input, the client's folder and options; the answer carries the decision in no agent's
/// terms (<c>decision</c>, <c>reason</c>, <c>auditId</c>, <c>judged</c>) and, rendered by the server for the request's
/// agent, what the hook process prints and its exit code (<c>stdout</c>, <c>stderr</c>, <c>exitCode</c>).
/// </summary>
public static class HookWire
{
    /// <summary>Seconds a hook decides in by default: well under Claude Code's own hook timeout (60 s).</summary>
    public const double DefaultTimeoutSeconds = 20;

    /// <summary>The largest hook input classified: 4 MiB of JSON (larger input answers ask).</summary>
    public const int MaxInputBytes = 4 * 1024 * 1024;

    /// <summary>What the server may take beyond the hook's timeout: writing the audit entry and the answer.</summary>
    public static readonly TimeSpan AnswerGrace = TimeSpan.FromSeconds(3);

    /// <summary>The exit code that blocks the call with the reason on standard error, in every agent the hook serves (each adapter's <c>BlockingExitCode</c>).</summary>
    public const int BlockingExitCode = 2;

    /// <summary>A hook request; the audit log path, when given, is made absolute against the client's folder.</summary>
    public static string Request(string agent, string input, string workingDirectory, double timeoutSeconds, string? auditLogPath, bool audit) => Json(writer =>
    {
        writer.WriteString("command", "hook");
        writer.WriteString("agent", agent);
        writer.WriteString("input", input);
        writer.WriteString("cwd", workingDirectory);
        writer.WriteNumber("timeout", timeoutSeconds);
        if (auditLogPath is null)
        {
            writer.WriteNull("auditLog");
        }
        else
        {
            writer.WriteString("auditLog", Path.GetFullPath(auditLogPath, workingDirectory));
        }

        writer.WriteBoolean("audit", audit);
    });

    /// <summary>One JSON object on one line (non-ASCII text kept as it is).</summary>
    public static string Json(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            write(writer);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>The answer as the agent reads it, as the server rendered it; null when the answer has none (an answer of another build).</summary>
    public static (string Stdout, string Stderr, int ExitCode)? Rendered(string answer)
    {
        using var document = JsonDocument.Parse(answer);
        var root = document.RootElement;
        return root.ValueKind == JsonValueKind.Object
            && root.TryGetProperty("stdout", out var stdout) && stdout.ValueKind == JsonValueKind.String
            && root.TryGetProperty("stderr", out var stderr) && stderr.ValueKind == JsonValueKind.String
            && root.TryGetProperty("exitCode", out var exitCode) && exitCode.ValueKind == JsonValueKind.Number && exitCode.TryGetInt32(out var code)
            ? (stdout.GetString()!, stderr.GetString()!, code)
            : null;
    }

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
}
