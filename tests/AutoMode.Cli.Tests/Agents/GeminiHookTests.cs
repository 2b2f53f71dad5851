using System.Text.Json.Nodes;
using AutoMode.Cli.Tests.Infrastructure;

namespace AutoMode.Cli.Tests.Agents;

/// <summary>
/// `automode hook gemini` through the real executable, with Gemini CLI's documented BeforeTool input
/// (google-gemini/gemini-cli docs/hooks/reference.md: session_id, transcript_path, cwd, hook_event_name, timestamp,
/// tool_name, tool_input; tools from docs/tools/file-system.md and shell.md) and its output contract: exit 0 with
/// {"decision": "allow" | "deny", "reason"} — no ask, so ask is a deny with the reason.
/// </summary>
public class GeminiHookTests
{
    [Test]
    public void SafeReplaceIsAllowed()
    {
        using var repo = Repositories.WithApp();

        var result = Run(repo, "replace", new JsonObject
        {
            ["file_path"] = repo.PathOf("src/App/Orders.cs"),
            ["instruction"] = "Sum with an explicit selector",
            ["old_string"] = "lines.Sum()",
            ["new_string"] = "lines.Sum(line => line)",
        });

        var (decision, reason) = Decision(result);
        Assert.That(decision, Is.EqualTo("allow"), reason);
        Assert.That(reason, Does.Contain("Low risk").And.Contain("src/App/Orders.cs"));
        var entry = AuditFile.Last(repo);
        Assert.That(entry.GetProperty("source").GetString(), Is.EqualTo("hook:gemini"));
        Assert.That(entry.GetProperty("actor").GetString(), Is.EqualTo("gemini-cli:gemini-session"));
    }

    [Test]
    public void RiskyReplaceThatThePolicyAsksFor_IsADeny_WithTheFinding()
    {
        using var repo = Repositories.WithApp();

        var result = Run(repo, "replace", new JsonObject
        {
            ["file_path"] = "src/App/Maintenance.cs",
            ["instruction"] = "Delete the whole folder",
            ["old_string"] = "File.Delete(path);",
            ["new_string"] = "Directory.Delete(path, recursive: true);",
        });

        var (decision, reason) = Decision(result);
        Assert.That(decision, Is.EqualTo("deny"));
        Assert.That(reason, Does.StartWith("AutoMode: deny — a person must approve this (ask)").And.Contain("Gemini CLI cannot ask").And.Contain("AM1002 Critical"));
        Assert.That(repo.Read("src/App/Maintenance.cs"), Does.Contain("File.Delete(path);"));
    }

    [Test]
    public void WriteFileOfANewDocument_IsAllowed()
    {
        using var repo = Repositories.WithApp();

        var (decision, reason) = Decision(Run(repo, "write_file", new JsonObject { ["file_path"] = repo.PathOf("docs/usage.md"), ["content"] = "# Usage\n\nRun it.\n" }));

        Assert.That(decision, Is.EqualTo("allow"), reason);
        Assert.That(File.Exists(repo.PathOf("docs/usage.md")), Is.False);
    }

    [Test]
    public void WriteFileOfThePolicy_IsADeny()
    {
        using var repo = Repositories.WithApp();

        var (decision, reason) = Decision(Run(repo, "write_file", new JsonObject { ["file_path"] = ".editorconfig", ["content"] = "root = true\n[*]\nautomode.auto_approve_max_risk = critical\n" }));

        Assert.That(decision, Is.EqualTo("deny"));
        Assert.That(reason, Does.Contain(".editorconfig"));
    }

    [TestCase("no tool_input", "{\"session_id\":\"s\",\"hook_event_name\":\"BeforeTool\",\"tool_name\":\"replace\"}", "no tool_input")]
    [TestCase("not JSON", "{\"tool_name\":", "not valid JSON")]
    [TestCase("AfterTool event", "EVENT:AfterTool", "BeforeTool hook")]
    [TestCase("a tool it does not judge", "TOOL:read_file", "tool 'read_file'")]
    [TestCase("old_string not in the file", "MISSING", "does not occur")]
    public void UnusableInput_IsADeny_AndAudited(string what, string input, string expected)
    {
        using var repo = Repositories.WithApp();
        var stdin = input switch
        {
            "EVENT:AfterTool" => Input(repo, "write_file", new JsonObject { ["file_path"] = "a.md", ["content"] = "a" }, "AfterTool"),
            "TOOL:read_file" => Input(repo, "read_file", new JsonObject { ["file_path"] = "README.md" }),
            "MISSING" => Input(repo, "replace", new JsonObject { ["file_path"] = "README.md", ["old_string"] = "no such text", ["new_string"] = "x" }),
            _ => input,
        };

        var (decision, reason) = Decision(HookRunner.RunAgent("gemini", repo.Root, stdin));

        Assert.That(decision, Is.EqualTo("deny"), what);
        Assert.That(reason, Does.Contain(expected).And.Contain("fails closed"), what);
        Assert.That(AuditFile.Last(repo).GetProperty("policy").GetProperty("key").GetString(), Is.EqualTo("fail-closed"));
    }

    [Test]
    public void ASafeShellCommand_IsAllowed()
    {
        using var repo = Repositories.WithApp();

        var (decision, reason) = Decision(Run(repo, "run_shell_command", new JsonObject { ["command"] = "git status", ["description"] = "status" }));

        Assert.That(decision, Is.EqualTo("allow"), reason);
        Assert.That(AuditFile.Last(repo).GetProperty("command").GetProperty("text").GetString(), Is.EqualTo("git status"));
    }

    [Test]
    public void ARiskyShellCommand_IsADeny_WithTheRule()
    {
        using var repo = Repositories.WithApp();

        var (decision, reason) = Decision(Run(repo, "run_shell_command", new JsonObject { ["command"] = "rm -rf ~", ["dir_path"] = "src" }));

        Assert.That(decision, Is.EqualTo("deny"));
        Assert.That(reason, Does.Contain("AMG101").And.Contain("Gemini CLI cannot ask"));
        Assert.That(AuditFile.Last(repo).GetProperty("command").GetProperty("cwd").GetString(), Is.EqualTo(repo.PathOf("src")), "dir_path is where it runs");
    }

    /// <summary>Gemini CLI's answer: exit 0, one object with decision (allow or deny) and reason, nothing else.</summary>
    private static (string Decision, string Reason) Decision(CliResult result)
    {
        var json = AgentOutput.SingleObject(result);
        Assert.That(AgentOutput.Names(json), Is.EquivalentTo(new[] { "decision", "reason" }), result.ToString());
        var decision = AgentOutput.Text(json, "decision");
        Assert.That(decision, Is.AnyOf("allow", "deny"));
        return (decision, AgentOutput.Text(json, "reason"));
    }

    /// <summary>A generous --timeout: compiling the project on a loaded machine must not turn into a fail-closed answer.</summary>
    private static CliResult Run(TempRepository repo, string tool, JsonObject toolInput) => HookRunner.RunAgent("gemini", repo.Root, Input(repo, tool, toolInput), null, "--timeout", "120");

    /// <summary>Gemini CLI's BeforeTool input (docs/hooks/reference.md: base input schema and BeforeTool's fields).</summary>
    private static string Input(TempRepository repo, string tool, JsonObject toolInput, string hookEvent = "BeforeTool") => new JsonObject
    {
        ["session_id"] = "gemini-session",
        ["transcript_path"] = "/tmp/gemini/transcript.json",
        ["cwd"] = repo.Root,
        ["hook_event_name"] = hookEvent,
        ["timestamp"] = "2026-12-07T18:00:00.000Z",
        ["tool_name"] = tool,
        ["tool_input"] = toolInput,
    }.ToJsonString();
}
