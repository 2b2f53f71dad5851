using System.Text.Json;
using AutoMode.Gate.Model;

namespace AutoMode.Gate.Hooks;

/// <summary>
/// The command tools of <c>automode hook claude</c>: Claude Code's <c>Bash</c> and <c>PowerShell</c> tools send
/// <c>tool_input.command</c> (with <c>description</c>, <c>timeout</c>, <c>run_in_background</c>, which do not change
/// what runs). <see cref="AgentHook"/> judges the command with <see cref="Commands.CommandGate"/> in the input's <c>cwd</c>.
/// </summary>
internal static class CommandHook
{
    public static readonly IReadOnlyList<string> Tools = new[] { "Bash", "PowerShell" };

    public static bool Handles(string? tool) => tool is not null && Tools.Contains(tool);

    /// <summary>Claude Code's command tool call as an <see cref="AgentAction"/>; input it cannot use is a <see cref="HookInputException"/>.</summary>
    public static AgentAction Parse(string json)
    {
        using var document = HookJson.ParseObject(json);
        var root = document.RootElement;
        if (root.TryGetProperty("hook_event_name", out var name) && name.ValueKind == JsonValueKind.String && name.GetString() != "PreToolUse")
        {
            throw new HookInputException($"hook_event_name is '{name.GetString()}': automode hook claude is a PreToolUse hook");
        }

        var tool = HookJson.OptionalString(root, "tool_name") ?? throw new HookInputException("the hook input has no tool_name");
        if (!root.TryGetProperty("tool_input", out var input) || input.ValueKind != JsonValueKind.Object ||
            !input.TryGetProperty("command", out var text) || text.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(text.GetString()))
        {
            throw new HookInputException($"{tool}: tool_input has no command");
        }

        return AgentAction.ForCommand(HookJson.OptionalString(root, "session_id"), HookJson.OptionalString(root, "cwd"), tool, text.GetString()!, tool == "PowerShell" ? CommandShell.PowerShell : CommandShell.Bash);
    }
}
