namespace AutoMode.Gate.Hooks.Agents;

/// <summary>
/// OpenAI Codex CLI (<c>automode hook codex</c>), a <c>PreToolUse</c> command hook. Contract, from Codex's source
/// (openai/codex, read for issue 16; docs/agents.md):
/// <list type="bullet">
/// <item>input (<c>codex-rs/hooks/src/events/pre_tool_use.rs</c>, <c>command_input_json</c>; schema
/// <c>codex-rs/hooks/schema/generated/pre-tool-use.command.input.schema.json</c>): <c>session_id</c>, <c>turn_id</c>,
/// <c>transcript_path</c>, <c>cwd</c>, <c>hook_event_name</c> = PreToolUse, <c>model</c>, <c>permission_mode</c>,
/// <c>tool_name</c>, <c>tool_input</c>, <c>tool_use_id</c>;</item>
/// <item>tools: shell commands arrive as <c>tool_name</c> <c>Bash</c> with <c>tool_input.command</c> (a string); file
/// edits as <c>apply_patch</c> with the raw patch in <c>tool_input.command</c>
/// (<c>codex-rs/core/src/tools/handlers/apply_patch.rs</c>, <c>pre_tool_use_payload</c>; <c>Edit</c> and <c>Write</c>
/// are only matcher aliases of apply_patch, never the tool name); MCP tools as <c>mcp__server__tool</c>;</item>
/// <item>output (<c>codex-rs/hooks/src/engine/output_parser.rs</c>, <c>parse_pre_tool_use</c>): exit 0 with
/// <c>hookSpecificOutput</c> { hookEventName, <c>permissionDecision</c> = deny, a non-empty
/// <c>permissionDecisionReason</c> } blocks the call. <c>permissionDecision</c> ask, and allow without
/// <c>updatedInput</c>, are "unsupported": the hook run counts as failed and the call goes on. Exit 0 with nothing on
/// standard output is no decision (Codex's own approval policy applies). Exit 2 with a reason on standard error blocks;
/// any other exit code is a failed hook that does not block.</item>
/// </list>
/// So: allow prints nothing (Codex's own approvals still apply); ask and deny are a deny with the reason (ask says a
/// person must approve); every fail-closed answer is such a deny; exit 2 is the last resort.
/// </summary>
public sealed class CodexAgent : IHookAgent
{
    public static readonly CodexAgent Instance = new();

    public string Name => "codex";

    public string Actor => "codex";

    public int BlockingExitCode => 2;

    public (string? Session, string? Tool, string? Cwd) Header(string json) => HookJson.Header(json);

    public AgentAction? Parse(string json)
    {
        using var document = HookJson.ParseObject(json);
        var (session, cwd, tool, input) = HookJson.ToolCall(document.RootElement, "PreToolUse", Name);
        var command = HookJson.RequiredString(input, "command", $"{tool}: tool_input");
        return tool switch
        {
            "apply_patch" => new AgentAction(session, cwd, tool, CodexPatch.Parse(command), null),
            "Bash" => AgentAction.ForCommand(session, cwd, tool, command, Gate.Model.CommandShell.Bash),
            _ => throw new HookInputException($"tool '{tool}' is not one the gate can classify (apply_patch, Bash): install the hook with the matcher ^(apply_patch|Bash)$"),
        };
    }

    public HookAnswer Render(HookResult result) => result.AllowOrDeny("Codex") is (false, var reason) ? Deny(reason) : HookAnswer.Silent;

    private static HookAnswer Deny(string reason) => HookAnswer.Json(ClaudeAgent.HookSpecificOutput("deny", reason));
}
