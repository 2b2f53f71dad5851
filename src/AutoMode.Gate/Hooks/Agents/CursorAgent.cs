using System.Text.Json;

namespace AutoMode.Gate.Hooks.Agents;

/// <summary>
/// Cursor's agent hooks (<c>automode hook cursor</c>), a <c>beforeShellExecution</c> command hook in
/// <c>.cursor/hooks.json</c>. Contract: Cursor's hooks documentation (cursor.com/docs/agent/hooks). The page itself
/// is not in the sources this was built from; its fields below agree across a copy of it shipped in the caruso gem
/// (0.7.0, <c>reference/cursor_hooks.md</c>) and several independent integrations (docs/agents.md):
/// <list type="bullet">
/// <item>input: the common <c>hook_event_name</c>, <c>conversation_id</c>, <c>generation_id</c>,
/// <c>workspace_roots</c>; for <c>beforeShellExecution</c> the <c>command</c> and its <c>cwd</c>;</item>
/// <item>output: exit 0 with { <c>permission</c>: allow | deny | ask, <c>user_message</c> (shown to the person),
/// <c>agent_message</c> (sent to the agent) }; exit 2 denies; another exit code is a hook failure, which lets the
/// command run unless the hook is configured with <c>"failClosed": true</c>.</item>
/// </list>
/// All three decisions exist and are rendered as they are. Cursor reports file edits only after they are made
/// (<c>afterFileEdit</c>), so the gate cannot judge Cursor's edits before they happen: other events are answered ask
/// (the hook is installed for an event it does not judge).
/// </summary>
public sealed class CursorAgent : IHookAgent
{
    public static readonly CursorAgent Instance = new();

    private const string ShellEvent = "beforeShellExecution";

    public string Name => "cursor";

    public string Actor => "cursor";

    public int BlockingExitCode => 2;

    public (string? Session, string? Tool, string? Cwd) Header(string json) => HookJson.Header(json, "conversation_id", "hook_event_name", "cwd");

    public AgentAction? Parse(string json)
    {
        using var document = HookJson.ParseObject(json);
        var root = document.RootElement;
        var eventName = HookJson.OptionalString(root, "hook_event_name") ?? throw new HookInputException("the hook input has no hook_event_name");
        if (eventName != ShellEvent)
        {
            throw new HookInputException($"hook_event_name is '{eventName}': automode hook cursor judges shell commands, install it under {ShellEvent}");
        }

        var cwd = HookJson.OptionalString(root, "cwd") ?? FirstWorkspaceRoot(root);
        return AgentAction.ForCommand(HookJson.OptionalString(root, "conversation_id"), cwd, eventName, HookJson.RequiredString(root, "command", "the hook input"), AgentAction.PlatformShell);
    }

    public HookAnswer Render(HookResult result) => HookAnswer.Json(Permission(result.PermissionDecision, result.Reason));

    private static string? FirstWorkspaceRoot(JsonElement root) =>
        root.TryGetProperty("workspace_roots", out var roots) && roots.ValueKind == JsonValueKind.Array && roots.GetArrayLength() > 0 && roots[0].ValueKind == JsonValueKind.String
            ? roots[0].GetString()
            : null;

    private static string Permission(string decision, string reason) => HookJson.Object(writer =>
    {
        writer.WriteString("permission", decision);
        writer.WriteString("user_message", reason);
        writer.WriteString("agent_message", reason);
    });
}
