using System.Text.Json.Nodes;
using AutoMode.Cli.Tests.Infrastructure;

namespace AutoMode.Cli.Tests.Agents;

/// <summary>
/// `automode hook cursor` through the real executable, with Cursor's beforeShellExecution input (hook_event_name,
/// conversation_id, generation_id, workspace_roots, command, cwd) and its output contract: exit 0 with
/// {"permission": "allow" | "deny" | "ask", "user_message", "agent_message"}.
/// </summary>
public class CursorHookTests
{
    [Test]
    public void ASafeCommand_IsAllowed_AndAudited()
    {
        using var repo = Repositories.WithApp();

        var (permission, message) = Permission(HookRunner.RunAgent("cursor", repo.Root, Input(repo, "beforeShellExecution", "dotnet build")));

        Assert.That(permission, Is.EqualTo("allow"), message);
        var entry = AuditFile.Last(repo);
        Assert.That(entry.GetProperty("source").GetString(), Is.EqualTo("hook:cursor"));
        Assert.That(entry.GetProperty("actor").GetString(), Is.EqualTo("cursor:cursor-conversation"));
        Assert.That(entry.GetProperty("command").GetProperty("text").GetString(), Is.EqualTo("dotnet build"));
    }

    [Test]
    public void ARiskyCommand_IsAnAsk_WithTheRule()
    {
        using var repo = Repositories.WithApp();

        var (permission, message) = Permission(HookRunner.RunAgent("cursor", repo.Root, Input(repo, "beforeShellExecution", "git push --force origin main")));

        Assert.That(permission, Is.EqualTo("ask"));
        Assert.That(message, Does.Contain("AMG511"));
    }

    [Test]
    public void ARiskyCommandThePolicyDenies_IsADeny()
    {
        using var repo = Repositories.WithApp("[*]\nautomode.deny_min_risk = critical\n");

        var (permission, message) = Permission(HookRunner.RunAgent("cursor", repo.Root, Input(repo, "beforeShellExecution", "rm -rf ~")));

        Assert.That(permission, Is.EqualTo("deny"));
        Assert.That(message, Does.Contain("AMG101").And.Contain("do not retry"));
    }

    [TestCase("afterFileEdit", "beforeShellExecution")]
    [TestCase("beforeReadFile", "beforeShellExecution")]
    public void AnEventItDoesNotJudge_IsAnAsk(string hookEvent, string expected)
    {
        using var repo = Repositories.WithApp();

        var (permission, message) = Permission(HookRunner.RunAgent("cursor", repo.Root, Input(repo, hookEvent, "ignored")));

        Assert.That(permission, Is.EqualTo("ask"));
        Assert.That(message, Does.Contain(expected).And.Contain("fails closed"));
    }

    [TestCase("{\"hook_event_name\":\"beforeShellExecution\",", "not valid JSON")]
    [TestCase("[]", "not a JSON object")]
    [TestCase("{\"hook_event_name\":\"beforeShellExecution\",\"cwd\":\"/tmp\"}", "no command")]
    public void UnusableInput_IsAnAsk(string input, string expected)
    {
        using var repo = Repositories.WithApp();

        var (permission, message) = Permission(HookRunner.RunAgent("cursor", repo.Root, input));

        Assert.That(permission, Is.EqualTo("ask"));
        Assert.That(message, Does.Contain(expected));
    }

    /// <summary>Cursor's answer: exit 0, one object with permission, user_message and agent_message (the same reason).</summary>
    private static (string Permission, string Message) Permission(CliResult result)
    {
        var json = AgentOutput.SingleObject(result);
        Assert.That(AgentOutput.Names(json), Is.EquivalentTo(new[] { "permission", "user_message", "agent_message" }), result.ToString());
        Assert.That(AgentOutput.Text(json, "user_message"), Is.EqualTo(AgentOutput.Text(json, "agent_message")));
        var permission = AgentOutput.Text(json, "permission");
        Assert.That(permission, Is.AnyOf("allow", "deny", "ask"));
        return (permission, AgentOutput.Text(json, "user_message"));
    }

    /// <summary>Cursor's beforeShellExecution input: the common fields and the command with its folder.</summary>
    private static string Input(TempRepository repo, string hookEvent, string command) => new JsonObject
    {
        ["hook_event_name"] = hookEvent,
        ["conversation_id"] = "cursor-conversation",
        ["generation_id"] = "generation-1",
        ["workspace_roots"] = new JsonArray(repo.Root),
        ["command"] = command,
        ["cwd"] = repo.Root,
    }.ToJsonString();
}
