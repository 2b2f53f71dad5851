using System.Text.Json;
using AutoMode.Gate.Commands;
using AutoMode.Gate.Model;

namespace AutoMode.Gate.Hooks;

/// <summary>
/// The command tools of <c>automode hook claude</c>: Claude Code's <c>Bash</c> and <c>PowerShell</c> tools send
/// <c>tool_input.command</c> (with <c>description</c>, <c>timeout</c>, <c>run_in_background</c>, which do not change
/// what runs). The command is judged by <see cref="CommandGate"/> in the input's <c>cwd</c>.
/// </summary>
internal static class CommandHook
{
    public static readonly IReadOnlyList<string> Tools = new[] { "Bash", "PowerShell" };

    public static bool Handles(string? tool) => tool is not null && Tools.Contains(tool);

    /// <summary>Decides a Bash or PowerShell tool call; input it cannot use is a failure (ask).</summary>
    public static HookOutcome Decide(string json, string defaultWorkingDirectory)
    {
        ProposedCommand command;
        try
        {
            command = Parse(json, defaultWorkingDirectory);
        }
        catch (HookInputException e)
        {
            return HookOutcome.Failure(e.Message);
        }

        if (!Directory.Exists(command.WorkingDirectory))
        {
            return HookOutcome.Failure($"the session's folder {command.WorkingDirectory} does not exist");
        }

        var report = new CommandGate().Judge(command);
        return new HookOutcome(report.Decision, HookReason.ForReport(report.Decision, report, CommandGate.Subject(command), null), report, null);
    }

    private static ProposedCommand Parse(string json, string defaultWorkingDirectory)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new HookInputException("the hook input is not a JSON object");
            }

            if (root.TryGetProperty("hook_event_name", out var name) && name.ValueKind == JsonValueKind.String && name.GetString() != "PreToolUse")
            {
                throw new HookInputException($"hook_event_name is '{name.GetString()}': automode hook claude is a PreToolUse hook");
            }

            var tool = root.GetProperty("tool_name").GetString();
            if (!root.TryGetProperty("tool_input", out var input) || input.ValueKind != JsonValueKind.Object ||
                !input.TryGetProperty("command", out var text) || text.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(text.GetString()))
            {
                throw new HookInputException($"{tool}: tool_input has no command");
            }

            var cwd = root.TryGetProperty("cwd", out var folder) && folder.ValueKind == JsonValueKind.String ? folder.GetString()! : defaultWorkingDirectory;
            return new ProposedCommand(text.GetString()!, tool == "PowerShell" ? CommandShell.PowerShell : CommandShell.Bash, cwd);
        }
        catch (JsonException e)
        {
            throw new HookInputException($"the hook input is not valid JSON ({e.Message})");
        }
        catch (Exception e) when (e is KeyNotFoundException or InvalidOperationException)
        {
            throw new HookInputException("the hook input has no tool_name");
        }
    }
}
