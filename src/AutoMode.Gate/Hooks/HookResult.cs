using System.Text;
using System.Text.Json;
using AutoMode.Gate.Model;

namespace AutoMode.Gate.Hooks;

/// <summary>The hook's answer: Claude Code's <c>hookSpecificOutput</c> with the decision and its reason.</summary>
public sealed record HookResult(Decision Decision, string Reason, string? AuditId)
{
    public string PermissionDecision => Decision.ToString().ToLowerInvariant();

    /// <summary><c>{"hookSpecificOutput":{"hookEventName":"PreToolUse","permissionDecision":"…","permissionDecisionReason":"…"}}</c></summary>
    public string ToJson()
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WriteStartObject("hookSpecificOutput");
            writer.WriteString("hookEventName", "PreToolUse");
            writer.WriteString("permissionDecision", PermissionDecision);
            writer.WriteString("permissionDecisionReason", Reason);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
