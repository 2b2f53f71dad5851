namespace AutoMode.Gate.Hooks.Agents;

/// <summary>
/// Claude Code (<c>automode hook claude</c>), a <c>PreToolUse</c> command hook. Contract: Claude Code's hooks reference
/// (docs.anthropic.com/en/docs/claude-code/hooks, checked for issue 16; docs/hook.md):
/// <list type="bullet">
/// <item>input on standard input: <c>session_id</c>, <c>cwd</c>, <c>hook_event_name</c>, <c>tool_name</c>, <c>tool_input</c> —
/// Edit, MultiEdit, Write (<see cref="ClaudeHookInput"/>) and Bash, PowerShell (<c>tool_input.command</c>, <see cref="CommandHook"/>);</item>
/// <item>output: exit 0 with <c>hookSpecificOutput</c> { <c>hookEventName</c>: PreToolUse, <c>permissionDecision</c>: allow | ask | deny,
/// <c>permissionDecisionReason</c> } — all three decisions exist, so each is rendered as it is;</item>
/// <item>exit 2 is a blocking error (standard error is the reason); any other exit code, or output that is not JSON,
/// lets the call through — so every answer, fail-closed ones included, is exit 0 with the JSON, and exit 2 is the last resort.</item>
/// </list>
/// </summary>
public sealed class ClaudeAgent : IHookAgent
{
    public static readonly ClaudeAgent Instance = new();

    public string Name => "claude";

    public string Actor => "claude-code";

    public int BlockingExitCode => 2;

    public (string? Session, string? Tool, string? Cwd) Header(string json) => ClaudeHookInput.Header(json);

    public AgentAction? Parse(string json) => CommandHook.Handles(Header(json).Tool) ? CommandHook.Parse(json) : ClaudeHookInput.Parse(json).ToAction();

    // Claude Code's matcher selects the tools, so there is no tool it lets through unjudged: NotJudged never comes.
    public HookAnswer Render(HookResult result) => HookAnswer.Json(HookSpecificOutput(result.PermissionDecision, result.Reason));

    /// <summary><c>{"hookSpecificOutput":{"hookEventName":"PreToolUse","permissionDecision":"…","permissionDecisionReason":"…"}}</c></summary>
    public static string HookSpecificOutput(string decision, string reason) => HookJson.Object(writer =>
    {
        writer.WriteStartObject("hookSpecificOutput");
        writer.WriteString("hookEventName", "PreToolUse");
        writer.WriteString("permissionDecision", decision);
        writer.WriteString("permissionDecisionReason", reason);
        writer.WriteEndObject();
    });
}
