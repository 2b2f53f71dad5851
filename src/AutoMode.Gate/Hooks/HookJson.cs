using System.Text.Json;

namespace AutoMode.Gate.Hooks;

/// <summary>
/// Reading an agent's hook input, the same way for every agent: what the gate cannot use is a
/// <see cref="HookInputException"/> with a message the answer shows (the hook then fails closed).
/// </summary>
public static class HookJson
{
    /// <summary>The input as a JSON object (dispose the document).</summary>
    public static JsonDocument ParseObject(string json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            throw new HookInputException($"the hook input is not valid JSON ({e.Message})");
        }

        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            document.Dispose();
            throw new HookInputException("the hook input is not a JSON object");
        }

        return document;
    }

    /// <summary>A string property; null when it is missing or null; an error when it is another kind.</summary>
    public static string? OptionalString(JsonElement element, string name)
    {
        if (!element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.String ? value.GetString() : throw new HookInputException($"{name} is not a string");
    }

    public static string RequiredString(JsonElement element, string name, string where) =>
        OptionalString(element, name) ?? throw new HookInputException($"{where} has no {name}");

    /// <summary>A boolean property: false when missing or null.</summary>
    public static bool OptionalBool(JsonElement element, string name, string where) =>
        element.TryGetProperty(name, out var value) && value.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False or JsonValueKind.Null => false,
            _ => throw new HookInputException($"{where}: {name} is not a boolean"),
        };

    /// <summary>An object property (the tool's arguments); an error when it is missing or not an object.</summary>
    public static JsonElement RequiredObject(JsonElement element, string name)
    {
        if (!element.TryGetProperty(name, out var value) || value.ValueKind != JsonValueKind.Object)
        {
            throw new HookInputException($"the hook input has no {name} object");
        }

        return value;
    }

    /// <summary>One JSON object on one line, as an agent reads it (non-ASCII text kept as it is).</summary>
    public static string Object(Action<Utf8JsonWriter> write) => AutoMode.Hook.Client.HookWire.Json(write);

    /// <summary>
    /// The common fields of a snake_case tool hook's input (Claude Code, Codex, Gemini CLI): <c>session_id</c>,
    /// <c>cwd</c>, <c>hook_event_name</c> (which must be <paramref name="hookEvent"/> when present), <c>tool_name</c>
    /// and the <c>tool_input</c> object.
    /// </summary>
    public static (string? Session, string? Cwd, string Tool, JsonElement Input) ToolCall(JsonElement root, string hookEvent, string agent)
    {
        var eventName = OptionalString(root, "hook_event_name");
        if (eventName is not null && eventName != hookEvent)
        {
            throw new HookInputException($"hook_event_name is '{eventName}': automode hook {agent} is a {hookEvent} hook");
        }

        var tool = OptionalString(root, "tool_name") ?? throw new HookInputException("the hook input has no tool_name");
        return (OptionalString(root, "session_id"), OptionalString(root, "cwd"), tool, RequiredObject(root, "tool_input"));
    }

    /// <summary>The session id, tool name and folder of hook input (<see cref="TopLevelStrings"/>), by the agent's field names.</summary>
    public static (string? Session, string? Tool, string? Cwd) Header(string json, string session = "session_id", string tool = "tool_name", string cwd = "cwd")
    {
        var found = TopLevelStrings(json, new[] { session, tool, cwd });
        return (found.GetValueOrDefault(session), found.GetValueOrDefault(tool), found.GetValueOrDefault(cwd));
    }

    /// <summary>The top-level string properties <paramref name="names"/> of hook input as far as they can be read (<see cref="AutoMode.Hook.Client.HookInput.TopLevelStrings"/>).</summary>
    public static IReadOnlyDictionary<string, string> TopLevelStrings(string json, IReadOnlyCollection<string> names) => AutoMode.Hook.Client.HookInput.TopLevelStrings(json, names);
}
