using System.Text.Json;

namespace AutoMode.Gate.Hooks;

/// <summary>
/// The JSON a Claude Code <c>PreToolUse</c> hook receives on standard input: <c>session_id</c>, <c>cwd</c>,
/// <c>hook_event_name</c>, <c>tool_name</c> and <c>tool_input</c> — for Edit <c>file_path</c>, <c>old_string</c>,
/// <c>new_string</c>, <c>replace_all</c>; for MultiEdit <c>file_path</c> and <c>edits[]</c>; for Write
/// <c>file_path</c> and <c>content</c>.
/// </summary>
public sealed record ClaudeHookInput(string? SessionId, string? Cwd, string ToolName, string FilePath, IReadOnlyList<TextEdit> Edits, string? Content)
{
    public static readonly IReadOnlyList<string> SupportedTools = new[] { "Edit", "MultiEdit", "Write" };

    /// <summary>Parses the hook input; what the gate cannot use is a <see cref="HookInputException"/> (the hook then asks).</summary>
    public static ClaudeHookInput Parse(string json)
    {
        using var document = HookJson.ParseObject(json);
        {
            var root = document.RootElement;
            var sessionId = OptionalString(root, "session_id");
            var cwd = OptionalString(root, "cwd");
            var eventName = OptionalString(root, "hook_event_name");
            if (eventName is not null && eventName != "PreToolUse")
            {
                throw new HookInputException($"hook_event_name is '{eventName}': automode hook claude is a PreToolUse hook");
            }

            var toolName = OptionalString(root, "tool_name") ?? throw new HookInputException("the hook input has no tool_name");
            if (!SupportedTools.Contains(toolName))
            {
                throw new HookInputException($"tool '{toolName}' is not one the gate can classify (Edit, MultiEdit, Write): install the hook with the matcher Edit|MultiEdit|Write");
            }

            if (!root.TryGetProperty("tool_input", out var input) || input.ValueKind != JsonValueKind.Object)
            {
                throw new HookInputException("the hook input has no tool_input object");
            }

            var filePath = OptionalString(input, "file_path");
            if (string.IsNullOrWhiteSpace(filePath))
            {
                throw new HookInputException($"{toolName}: tool_input has no file_path");
            }

            switch (toolName)
            {
                case "Edit":
                    return new ClaudeHookInput(sessionId, cwd, toolName, filePath, new[] { Edit(input, "tool_input") }, null);
                case "MultiEdit":
                    if (!input.TryGetProperty("edits", out var edits) || edits.ValueKind != JsonValueKind.Array || edits.GetArrayLength() == 0)
                    {
                        throw new HookInputException("MultiEdit: tool_input has no edits[]");
                    }

                    return new ClaudeHookInput(sessionId, cwd, toolName, filePath, edits.EnumerateArray().Select((e, i) => Edit(e, $"edits[{i}]")).ToList(), null);
                default:
                    var content = OptionalString(input, "content") ?? throw new HookInputException("Write: tool_input has no content");
                    return new ClaudeHookInput(sessionId, cwd, toolName, filePath, Array.Empty<TextEdit>(), content);
            }
        }
    }

    /// <summary>
    /// The session id, tool name and <c>cwd</c> of hook input as far as they can be read — from input that is not
    /// valid JSON, or cut off at the size limit, too (the top-level string fields before the point where it breaks) —
    /// so that an answer given without classifying is still audited in the session's repository.
    /// </summary>
    public static (string? SessionId, string? ToolName, string? Cwd) Header(string json) => HookJson.Header(json);

    /// <summary>The agent-neutral action: one file edit.</summary>
    public AgentAction ToAction() => AgentAction.ForEdits(SessionId, Cwd, ToolName, Content is not null
        ? FileEdit.Write(FilePath, Content)
        : FileEdit.Replace(FilePath, ToolName, Edits));

    private static TextEdit Edit(JsonElement element, string where)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new HookInputException($"{where} is not an object");
        }

        var oldString = OptionalString(element, "old_string") ?? throw new HookInputException($"{where} has no old_string");
        var newString = OptionalString(element, "new_string") ?? throw new HookInputException($"{where} has no new_string");
        var replaceAll = HookJson.OptionalBool(element, "replace_all", where);
        return new TextEdit(oldString, newString, replaceAll);
    }

    private static string? OptionalString(JsonElement element, string name) => HookJson.OptionalString(element, name);
}

/// <summary>One string replacement of an Edit or MultiEdit.</summary>
public sealed record TextEdit(string OldString, string NewString, bool ReplaceAll);

/// <summary>Hook input the gate cannot classify: the hook answers <c>ask</c> with this message.</summary>
public sealed class HookInputException : Exception
{
    public HookInputException(string message)
        : base(message)
    {
    }
}
