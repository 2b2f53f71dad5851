using System.Text.Json;

namespace AutoMode.Gate.Hooks.Agents;

/// <summary>
/// GitHub Copilot CLI and Copilot coding agent (<c>automode hook copilot</c>), a <c>preToolUse</c> command hook in
/// <c>.github/hooks/*.json</c>. Contract: GitHub's "Hooks configuration" reference
/// (docs.github.com/en/copilot/reference/hooks-configuration; github/docs <c>content/copilot/reference/hooks-configuration.md</c>)
/// and the tutorial "Using hooks with Copilot CLI" (<c>content/copilot/tutorials/copilot-cli-hooks.md</c>), read for
/// issue 16 (docs/agents.md):
/// <list type="bullet">
/// <item>input: <c>timestamp</c>, <c>cwd</c>, <c>toolName</c> (such as bash, edit, view, create) and <c>toolArgs</c>,
/// "a JSON string containing the tool's arguments" (an object is accepted too). There is no session id.</item>
/// <item>arguments: bash has <c>command</c> (documented); edit and create have <c>path</c> (documented). The text
/// arguments of edit (<c>old_str</c>, <c>new_str</c>) and create (<c>file_text</c>) are NOT in GitHub's hooks
/// documentation: they are the names of Copilot CLI's str_replace-style editor tool, unverified. When they are
/// missing the hook cannot see the edit and denies it with the reason (fail closed), never allows it.</item>
/// <item>output: optional JSON { <c>permissionDecision</c>: allow | deny | ask, <c>permissionDecisionReason</c> };
/// "only deny is currently processed". No output allows. Exit codes other than 0 are not documented.</item>
/// </list>
/// The hook runs for every tool (there is no matcher): tools the gate does not judge (view, grep, …) get no output,
/// so Copilot's own permissions decide them as if no hook were installed. Ask is a deny with the reason; fail-closed
/// answers are denies; exit 2 (undocumented for Copilot) is the last resort.
/// </summary>
public sealed class CopilotAgent : IHookAgent
{
    public static readonly CopilotAgent Instance = new();

    /// <summary>The shell tools: bash (documented), powershell (Copilot CLI's shell tool on Windows; not in the hooks reference).</summary>
    private static readonly string[] ShellTools = { "bash", "powershell" };

    public string Name => "copilot";

    public string Actor => "copilot";

    public int BlockingExitCode => 2;

    public (string? Session, string? Tool, string? Cwd) Header(string json)
    {
        var found = HookJson.TopLevelStrings(json, new[] { "toolName", "cwd" });
        return (null, found.GetValueOrDefault("toolName"), found.GetValueOrDefault("cwd"));
    }

    public AgentAction? Parse(string json)
    {
        using var document = HookJson.ParseObject(json);
        var root = document.RootElement;
        var cwd = HookJson.OptionalString(root, "cwd");
        var tool = HookJson.OptionalString(root, "toolName") ?? throw new HookInputException("the hook input has no toolName");
        var judged = tool is "edit" or "create" || ShellTools.Contains(tool);
        if (!judged)
        {
            return null;
        }

        using var arguments = Arguments(root, tool);
        var args = arguments.RootElement;
        var where = $"{tool}: toolArgs";
        if (ShellTools.Contains(tool))
        {
            return AgentAction.ForCommand(null, cwd, tool, HookJson.RequiredString(args, "command", where), tool == "powershell" ? Gate.Model.CommandShell.PowerShell : Gate.Model.CommandShell.Bash);
        }

        var path = HookJson.OptionalString(args, "path");
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new HookInputException($"{where} has no path");
        }

        if (tool == "create")
        {
            return AgentAction.ForEdits(null, cwd, tool, FileEdit.Write(path, HookJson.OptionalString(args, "file_text") ?? throw Unknown(where, args, "file_text")));
        }

        var oldText = HookJson.OptionalString(args, "old_str") ?? throw Unknown(where, args, "old_str");
        var newText = HookJson.OptionalString(args, "new_str") ?? throw Unknown(where, args, "new_str");
        return AgentAction.ForEdits(null, cwd, tool, FileEdit.Replace(path, tool, new[] { new TextEdit(oldText, newText, ReplaceAll: false) }));
    }

    public HookAnswer Render(HookResult result)
    {
        if (!result.Judged)
        {
            return HookAnswer.Silent;
        }

        var (allow, reason) = result.AllowOrDeny("Copilot");
        return HookAnswer.Json(Permission(allow ? "allow" : "deny", reason));
    }

    /// <summary><c>toolArgs</c>: documented as a JSON string; an object is read as it is.</summary>
    private static JsonDocument Arguments(JsonElement root, string tool)
    {
        if (!root.TryGetProperty("toolArgs", out var args) || args.ValueKind == JsonValueKind.Null)
        {
            throw new HookInputException($"{tool}: the hook input has no toolArgs");
        }

        if (args.ValueKind == JsonValueKind.Object)
        {
            return JsonDocument.Parse(args.GetRawText());
        }

        if (args.ValueKind != JsonValueKind.String)
        {
            throw new HookInputException($"{tool}: toolArgs is neither a JSON string nor an object");
        }

        try
        {
            var document = JsonDocument.Parse(args.GetString()!);
            if (document.RootElement.ValueKind == JsonValueKind.Object)
            {
                return document;
            }

            document.Dispose();
        }
        catch (JsonException)
        {
        }

        throw new HookInputException($"{tool}: toolArgs is not a JSON object");
    }

    private static HookInputException Unknown(string where, JsonElement args, string field) =>
        new($"{where} has no {field} (it has {string.Join(", ", args.EnumerateObject().Select(p => p.Name))}): the gate cannot see what the {where[..where.IndexOf(':')]} does, and Copilot's hooks reference does not document its arguments");

    private static string Permission(string decision, string reason) => HookJson.Object(writer =>
    {
        writer.WriteString("permissionDecision", decision);
        writer.WriteString("permissionDecisionReason", reason);
    });
}
