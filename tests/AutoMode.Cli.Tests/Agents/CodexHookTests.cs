using System.Text.Json;
using System.Text.Json.Nodes;
using AutoMode.Cli.Tests.Infrastructure;

namespace AutoMode.Cli.Tests.Agents;

/// <summary>
/// `automode hook codex` through the real executable, with Codex's documented PreToolUse input (openai/codex
/// codex-rs/hooks: session_id, turn_id, cwd, hook_event_name, model, permission_mode, tool_name, tool_input.command,
/// tool_use_id) and its output contract: allow is exit 0 with nothing printed; ask and deny are exit 0 with
/// hookSpecificOutput.permissionDecision "deny" and a non-empty reason (Codex enforces no other decision).
/// </summary>
public class CodexHookTests
{
    private const string Session = "0199a5c2-codex-session";

    [Test]
    public void SafePatchIsAllowed_NothingPrinted_AndAudited()
    {
        using var repo = Repositories.WithApp();

        var result = Run(repo, Patch("*** Update File: src/App/Orders.cs", "@@", "-    public decimal Total(IEnumerable<decimal> lines) => lines.Sum();", "+    public decimal Total(IEnumerable<decimal> lines) => lines.Sum(line => line);"));

        AgentOutput.Silent(result);
        var entry = AuditFile.Last(repo);
        Assert.That(entry.GetProperty("decision").GetString(), Is.EqualTo("allow"));
        Assert.That(entry.GetProperty("source").GetString(), Is.EqualTo("hook:codex"));
        Assert.That(entry.GetProperty("actor").GetString(), Is.EqualTo("codex:" + Session));
        Assert.That(entry.GetProperty("tool").GetString(), Is.EqualTo("apply_patch"));
        Assert.That(entry.GetProperty("files")[0].GetProperty("path").GetString(), Is.EqualTo("src/App/Orders.cs"));
        Assert.That(repo.Read("src/App/Orders.cs"), Is.EqualTo(Repositories.Orders.ReplaceLineEndings("\n")), "nothing is written");
    }

    [Test]
    public void RiskyPatchThatThePolicyAsksFor_IsADeny_WithTheFindingAndWhy()
    {
        using var repo = Repositories.WithApp();

        var result = Run(repo, Patch("*** Update File: src/App/Maintenance.cs", "@@ public static void Reset(string path, bool confirmed)", "-        File.Delete(path);", "+        Directory.Delete(path, recursive: true);"));

        var reason = Deny(result);
        Assert.That(reason, Does.StartWith("AutoMode: deny — a person must approve this (ask)").And.Contain("Codex cannot ask"));
        Assert.That(reason, Does.Contain("AM1002 Critical DestructiveIO at src/App/Maintenance.cs:12:"));
        Assert.That(AuditFile.Last(repo).GetProperty("decision").GetString(), Is.EqualTo("ask"), "the audit log keeps the policy's decision");
    }

    [Test]
    public void RiskyPatchThatThePolicyDenies_IsADeny()
    {
        using var repo = Repositories.WithApp("[*]\nautomode.deny_min_risk = critical\n");

        var result = Run(repo, Patch("*** Update File: src/App/Maintenance.cs", "@@", "-        File.Delete(path);", "+        Directory.Delete(path, recursive: true);"));

        var reason = Deny(result);
        Assert.That(reason, Does.StartWith("AutoMode: deny — Critical risk").And.Contain("do not retry"));
    }

    [Test]
    public void EveryFileOfAPatchIsJudged_TheWorstDecides()
    {
        using var repo = Repositories.WithApp();

        var result = Run(repo, Patch(
            "*** Add File: docs/notes.md",
            "+# Notes",
            "*** Update File: src/App/Maintenance.cs",
            "@@",
            "-        File.Delete(path);",
            "+        Directory.Delete(path, recursive: true);"));

        var reason = Deny(result);
        Assert.That(reason, Does.Contain("2 files (docs/notes.md, src/App/Maintenance.cs)").And.Contain("AM1002"));
        var files = AuditFile.Last(repo).GetProperty("files").EnumerateArray().Select(f => (f.GetProperty("path").GetString(), f.GetProperty("change").GetString())).ToList();
        Assert.That(files, Is.EquivalentTo(new[] { ("docs/notes.md", "added"), ("src/App/Maintenance.cs", "modified") }));
    }

    [Test]
    public void DeletingThePolicyFile_IsNeverAllowed()
    {
        using var repo = Repositories.WithApp();

        var result = Run(repo, Patch("*** Delete File: .editorconfig"));

        Assert.That(Deny(result), Does.Contain(".editorconfig"));
        Assert.That(File.Exists(repo.PathOf(".editorconfig")), Is.True);
    }

    [Test]
    public void AMove_IsJudgedAtItsNewPath()
    {
        using var repo = Repositories.WithApp();

        var result = Run(repo, Patch("*** Update File: src/App/Orders.cs", "*** Move to: src/App/OrderService.cs", "@@", "-    public decimal Total(IEnumerable<decimal> lines) => lines.Sum();", "+    public decimal Total(IEnumerable<decimal> lines) => lines.Sum(line => line);"));

        AgentOutput.Silent(result);
        var file = AuditFile.Last(repo).GetProperty("files")[0];
        Assert.That(file.GetProperty("path").GetString(), Is.EqualTo("src/App/OrderService.cs"));
        Assert.That(file.GetProperty("change").GetString(), Is.EqualTo("renamed"));
    }

    /// <summary>Input the hook cannot use: a deny (Codex's only enforced answer) naming the problem, audited.</summary>
    [TestCase("not JSON", "{\"tool_name\":\"apply_patch\",", "not valid JSON")]
    [TestCase("not a patch", "PATCH:Update src/App/Orders.cs", "not a valid patch")]
    [TestCase("context that is not in the file", "PATCH:*** Begin Patch\n*** Update File: src/App/Orders.cs\n@@\n-no such line\n+x\n*** End Patch", "do not occur")]
    [TestCase("update of a missing file", "PATCH:*** Begin Patch\n*** Update File: src/App/Missing.cs\n@@\n-a\n+b\n*** End Patch", "does not exist")]
    [TestCase("path outside the repository", "PATCH:*** Begin Patch\n*** Add File: ../outside.txt\n+x\n*** End Patch", "outside the repository")]
    [TestCase("a tool it does not judge", "TOOL:mcp__fs__write", "tool 'mcp__fs__write'")]
    [TestCase("another event", "EVENT:PostToolUse", "PreToolUse hook")]
    public void UnusableInput_IsADeny_AndAudited(string what, string input, string expected)
    {
        using var repo = Repositories.WithApp();
        var stdin = input.StartsWith("PATCH:", StringComparison.Ordinal) ? Input(repo, "apply_patch", input[6..])
            : input.StartsWith("TOOL:", StringComparison.Ordinal) ? Input(repo, input[5..], "{}")
            : input.StartsWith("EVENT:", StringComparison.Ordinal) ? With(Input(repo, "apply_patch", Patch("*** Add File: a.md", "+a")), "hook_event_name", input[6..])
            : input;

        var result = HookRunner.RunAgent("codex", repo.Root, stdin);

        Assert.That(Deny(result), Does.Contain(expected).And.Contain("fails closed"), what);
        Assert.That(AuditFile.Last(repo).GetProperty("policy").GetProperty("key").GetString(), Is.EqualTo("fail-closed"));
    }

    [Test]
    public void ASafeShellCommand_IsAllowed_NothingPrinted_AndTheCommandIsAudited()
    {
        using var repo = Repositories.WithApp();

        var result = HookRunner.RunAgent("codex", repo.Root, Input(repo, "Bash", "git status --short"));

        AgentOutput.Silent(result);
        var entry = AuditFile.Last(repo);
        Assert.That(entry.GetProperty("decision").GetString(), Is.EqualTo("allow"));
        Assert.That(entry.GetProperty("tool").GetString(), Is.EqualTo("Bash"));
        Assert.That(entry.GetProperty("command").GetProperty("text").GetString(), Is.EqualTo("git status --short"));
    }

    [Test]
    public void ARiskyShellCommand_IsADeny_WithTheRule()
    {
        using var repo = Repositories.WithApp();

        var reason = Deny(HookRunner.RunAgent("codex", repo.Root, Input(repo, "Bash", "git push --force origin main")));

        Assert.That(reason, Does.StartWith("AutoMode: deny — a person must approve this (ask)").And.Contain("AMG511"));
        Assert.That(AuditFile.Last(repo).GetProperty("decision").GetString(), Is.EqualTo("ask"));
    }

    [Test]
    public void ABadCommandLine_IsADenyOnExitZero()
    {
        using var repo = Repositories.WithApp();

        var result = HookRunner.RunAgent("codex", repo.Root, Input(repo, "apply_patch", Patch("*** Add File: a.md", "+a")), null, "--timeout", "0");

        Assert.That(Deny(result), Does.Contain("command line"));
    }

    /// <summary>Codex's deny: exit 0, one object, only hookSpecificOutput with hookEventName, permissionDecision "deny" and a non-empty reason.</summary>
    private static string Deny(CliResult result)
    {
        var json = AgentOutput.SingleObject(result);
        Assert.That(AgentOutput.Names(json), Is.EquivalentTo(new[] { "hookSpecificOutput" }));
        var output = json.GetProperty("hookSpecificOutput");
        Assert.That(AgentOutput.Names(output), Is.EquivalentTo(new[] { "hookEventName", "permissionDecision", "permissionDecisionReason" }));
        Assert.That(AgentOutput.Text(output, "hookEventName"), Is.EqualTo("PreToolUse"));
        Assert.That(AgentOutput.Text(output, "permissionDecision"), Is.EqualTo("deny"), result.ToString());
        var reason = AgentOutput.Text(output, "permissionDecisionReason");
        Assert.That(reason.Trim(), Is.Not.Empty);
        return reason;
    }

    /// <summary>A generous --timeout: compiling the project on a loaded machine must not turn into a fail-closed answer.</summary>
    private static CliResult Run(TempRepository repo, string patch) => HookRunner.RunAgent("codex", repo.Root, Input(repo, "apply_patch", patch), null, "--timeout", "120");

    private static string Patch(params string[] lines) => "*** Begin Patch\n" + string.Join('\n', lines) + "\n*** End Patch\n";

    /// <summary>Codex's PreToolUse input (codex-rs/hooks/src/events/pre_tool_use.rs, command_input_json).</summary>
    private static string Input(TempRepository repo, string tool, string command) => new JsonObject
    {
        ["session_id"] = Session,
        ["turn_id"] = "turn-1",
        ["transcript_path"] = null,
        ["cwd"] = repo.Root,
        ["hook_event_name"] = "PreToolUse",
        ["model"] = "gpt-5-codex",
        ["permission_mode"] = "default",
        ["tool_name"] = tool,
        ["tool_input"] = new JsonObject { ["command"] = command },
        ["tool_use_id"] = "call-1",
    }.ToJsonString();

    private static string With(string json, string property, string value)
    {
        var node = JsonNode.Parse(json)!.AsObject();
        node[property] = value;
        return node.ToJsonString();
    }
}
