namespace AutoMode.Gate.Hooks.Agents;

/// <summary>
/// Google Gemini CLI (<c>automode hook gemini</c>), a <c>BeforeTool</c> command hook. Contract: Gemini CLI's hooks
/// reference (google-gemini/gemini-cli, <c>docs/hooks/reference.md</c>) and tools reference
/// (<c>docs/tools/file-system.md</c>, <c>docs/tools/shell.md</c>), read for issue 16 (docs/agents.md):
/// <list type="bullet">
/// <item>input: <c>session_id</c>, <c>transcript_path</c>, <c>cwd</c>, <c>hook_event_name</c> = BeforeTool,
/// <c>timestamp</c>, <c>tool_name</c>, <c>tool_input</c> (the tool's arguments);</item>
/// <item>tools: <c>write_file</c> { file_path, content }, <c>replace</c> { file_path, old_string, new_string,
/// allow_multiple } (exactly one occurrence unless allow_multiple), <c>run_shell_command</c> { command, dir_path };</item>
/// <item>output: exit 0 with { <c>decision</c>: "allow" | "deny", <c>reason</c> } — deny blocks the tool and the
/// reason goes to the agent; exit 2 blocks with standard error as the reason; any other exit code is a warning and the
/// tool runs.</item>
/// </list>
/// The reference documents no ask for <c>BeforeTool</c>, so ask is a deny with the reason. (Gemini CLI's source has
/// honoured <c>"decision": "ask"</c> since March 2026, PR #21146, <c>packages/core/src/scheduler/hook-utils.ts</c>;
/// the documented contract is what this follows.) Allow does not skip Gemini CLI's own confirmation: the hook does not
/// object, and Gemini's policy decides as before.
/// </summary>
public sealed class GeminiAgent : IHookAgent
{
    public static readonly GeminiAgent Instance = new();

    public string Name => "gemini";

    public string Actor => "gemini-cli";

    public int BlockingExitCode => 2;

    public (string? Session, string? Tool, string? Cwd) Header(string json) => HookJson.Header(json);

    public AgentAction? Parse(string json)
    {
        using var document = HookJson.ParseObject(json);
        var (session, cwd, tool, input) = HookJson.ToolCall(document.RootElement, "BeforeTool", Name);
        switch (tool)
        {
            case "write_file":
                return AgentAction.ForEdits(session, cwd, tool, FileEdit.Write(FilePath(input, tool), HookJson.RequiredString(input, "content", $"{tool}: tool_input")));
            case "replace":
                var edit = new TextEdit(
                    HookJson.RequiredString(input, "old_string", $"{tool}: tool_input"),
                    HookJson.RequiredString(input, "new_string", $"{tool}: tool_input"),
                    HookJson.OptionalBool(input, "allow_multiple", $"{tool}: tool_input"));
                return AgentAction.ForEdits(session, cwd, tool, FileEdit.Replace(FilePath(input, tool), tool, new[] { edit }));
            case "run_shell_command":
                var folder = HookJson.OptionalString(input, "dir_path");
                return AgentAction.ForCommand(session, folder is null || cwd is null ? cwd : Path.GetFullPath(folder, cwd), tool, HookJson.RequiredString(input, "command", $"{tool}: tool_input"), AgentAction.PlatformShell);
            default:
                throw new HookInputException($"tool '{tool}' is not one the gate can classify (write_file, replace, run_shell_command): install the hook with the matcher ^(write_file|replace|run_shell_command)$");
        }
    }

    public HookAnswer Render(HookResult result)
    {
        var (allow, reason) = result.AllowOrDeny("Gemini CLI");
        return HookAnswer.Json(Decision(allow ? "allow" : "deny", reason));
    }

    private static string FilePath(System.Text.Json.JsonElement input, string tool)
    {
        var path = HookJson.OptionalString(input, "file_path");
        return string.IsNullOrWhiteSpace(path) ? throw new HookInputException($"{tool}: tool_input has no file_path") : path;
    }

    private static string Decision(string decision, string reason) => HookJson.Object(writer =>
    {
        writer.WriteString("decision", decision);
        writer.WriteString("reason", reason);
    });
}
