using System.Text.Json;
using System.Text.Json.Nodes;
using AutoMode.Hook.Client;

namespace AutoMode.Gate.Hooks.Server;

/// <summary>One request and one answer per connection, each one line of JSON (<see cref="HookWire"/>).</summary>
public static class HookProtocol
{
    /// <summary>A hook request: the agent, the hook input, the client's folder and its options.</summary>
    public static string Request(string agent, string input, string workingDirectory, HookOptions options) =>
        HookWire.Request(agent, input, workingDirectory, options.Timeout.TotalSeconds, options.AuditLogPath, options.Audit);

    public static string Stop() => new JsonObject { ["command"] = "stop" }.ToJsonString();

    /// <summary>
    /// The decision, in no agent's terms (the full CLI renders it for its agent), and <paramref name="rendered"/>, the
    /// same decision as the request's agent reads it (the light client prints it as it is).
    /// </summary>
    public static string Answer(HookResult result, HookAnswer rendered) => new JsonObject
    {
        ["decision"] = (int)result.Decision,
        ["reason"] = result.Reason,
        ["auditId"] = result.AuditId,
        ["judged"] = result.Judged,
        ["stdout"] = rendered.Stdout,
        ["stderr"] = rendered.Stderr,
        ["exitCode"] = rendered.ExitCode,
    }.ToJsonString();

    public static Task WriteLineAsync(Stream stream, string line, CancellationToken cancellationToken) => HookWire.WriteLineAsync(stream, line, cancellationToken);

    /// <summary>Reads one line (up to 64 MB); null at the end of the stream.</summary>
    public static Task<string?> ReadLineAsync(Stream stream, CancellationToken cancellationToken) => HookWire.ReadLineAsync(stream, cancellationToken);

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
