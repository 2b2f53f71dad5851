using System.Text.Json;
using AutoMode.Cli.Tests.Infrastructure;

namespace AutoMode.Cli.Tests;

/// <summary>
/// The hook server (`automode hook claude` starts it and reuses it between edits): the same answers as the hook
/// in-process, never stale after files change on disk, many parallel clients, and `hook server --stop`.
/// </summary>
public class HookServerTests
{
    private const string Describe = "    public static string Describe(string path)";
    private const string Purge = "    public static void Purge(string path) => Fs.Delete(path, true);\n\n    public static string Describe(string path)";

    private string _socketFolder = null!;
    private Dictionary<string, string> _server = null!;

    [SetUp]
    public void SetUp()
    {
        _socketFolder = Path.Combine(Path.GetTempPath(), "automode-tests", "sockets-" + Guid.NewGuid().ToString("N")[..8]);
        _server = new Dictionary<string, string> { ["AUTOMODE_HOOK_SERVER"] = "on", ["AUTOMODE_HOOK_SOCKET_DIR"] = _socketFolder };
    }

    [TearDown]
    public void TearDown()
    {
        if (Directory.Exists(_socketFolder))
        {
            Directory.Delete(_socketFolder, recursive: true);
        }
    }

    [Test]
    public void ServerAnswersAsTheHookInProcessAndFollowsFilesThatChangeOnDisk()
    {
        using var repo = Repositories.WithApp();
        try
        {
            var edit = HookRunner.Edit(repo, "src/App/Maintenance.cs", Describe, Purge).ToJsonString();

            // 1. Fs is nothing yet: the call does not bind, the rules stay silent.
            var first = Both(repo, edit);
            Assert.That(first.Server.Decision, Is.EqualTo("allow"), first.Server.ToString());
            Assert.That(Directory.EnumerateFiles(_socketFolder, "*.sock"), Is.Not.Empty, "the first hook started the server");

            // 2. A new file on disk makes Fs the Directory class: the server's project evaluation sees the new file.
            repo.Write("src/App/Aliases.cs", "global using Fs = System.IO.Directory;\n");
            var second = Both(repo, edit);
            Assert.That(second.Server.Decision, Is.EqualTo("ask"), second.Server.ToString());
            Assert.That(second.Server.Reason, Does.Contain("AM1002"));

            // 3. The file changes on disk: Fs is a harmless type of the app; the server parses the file again.
            repo.Write("src/App/Aliases.cs", "global using Fs = App.SafeFs;\n\nnamespace App;\n\npublic static class SafeFs\n{\n    public static void Delete(string path, bool all) { }\n}\n");
            var third = Both(repo, edit);
            Assert.That(third.Server.Decision, Is.EqualTo("allow"), third.Server.ToString());

            // 4. The policy changes on disk: read at every edit.
            repo.Write(".editorconfig", "root = true\n\n[*]\nautomode.auto_approve_max_risk = high\n");
            var risky = HookRunner.Edit(repo, "src/App/Maintenance.cs", Describe, "    public static void Drop(string path) => File.Delete(path);\n\n" + Describe).ToJsonString();
            var fourth = Both(repo, risky);
            Assert.That(fourth.Server.Decision, Is.EqualTo("allow"), fourth.Server.ToString());
            Assert.That(fourth.Server.Reason, Does.Contain("automode.auto_approve_max_risk = high (.editorconfig:4)"));

            Assert.That(CliRunner.Run(repo.Root, "audit", "verify").ExitCode, Is.Zero);
            Assert.That(AuditFile.Lines(repo), Has.Count.EqualTo(8), "one entry per answer, server or not");
        }
        finally
        {
            Stop(repo);
        }
    }

    [Test]
    public void ManyParallelClientsOfOneServerLoseNoLine()
    {
        const int Clients = 12;
        using var repo = Repositories.WithApp();
        try
        {
            var input = HookRunner.Edit(repo, "src/App/Orders.cs", "lines.Sum()", "lines.Sum(x => x)").ToJsonString();
            var processes = Enumerable.Range(0, Clients).Select(_ => HookRunner.Start(repo.Root, input, _server)).ToList();
            var answers = processes.Select(p =>
            {
                var output = p.StandardOutput.ReadToEnd();
                var error = p.StandardError.ReadToEnd();
                p.WaitForExit();
                using (p)
                {
                    return HookAnswer.From(new CliResult(p.ExitCode, output, error));
                }
            }).ToList();

            Assert.That(answers.Select(a => a.Decision), Is.All.EqualTo("allow"), string.Join("\n", answers.Where(a => a.Decision != "allow")));
            var entries = AuditFile.Entries(repo);
            Assert.That(entries, Has.Count.EqualTo(Clients));
            Assert.That(entries.Select(e => e.GetProperty("seq").GetInt64()), Is.EqualTo(Enumerable.Range(1, Clients).Select(i => (long)i)));
            Assert.That(CliRunner.Run(repo.Root, "audit", "verify").ExitCode, Is.Zero);
        }
        finally
        {
            Stop(repo);
        }
    }

    /// <summary>Every agent's hook uses the same server: it gets the agent's decision back and renders it in that agent's terms.</summary>
    [Test]
    public void OtherAgentsHooksAreAnsweredByTheServer_InTheirOwnTerms()
    {
        using var repo = Repositories.WithApp();
        try
        {
            var patch = "*** Begin Patch\n*** Update File: src/App/Maintenance.cs\n@@\n-        File.Delete(path);\n+        Directory.Delete(path, recursive: true);\n*** End Patch\n";
            var codex = new System.Text.Json.Nodes.JsonObject
            {
                ["session_id"] = "s", ["cwd"] = repo.Root, ["hook_event_name"] = "PreToolUse", ["tool_name"] = "apply_patch",
                ["tool_input"] = new System.Text.Json.Nodes.JsonObject { ["command"] = patch },
            }.ToJsonString();
            var copilotView = new System.Text.Json.Nodes.JsonObject { ["timestamp"] = 1, ["cwd"] = repo.Root, ["toolName"] = "view", ["toolArgs"] = "{\"path\":\"README.md\"}" }.ToJsonString();

            var fromServer = HookRunner.RunAgent("codex", repo.Root, codex, _server, "--timeout", "120");
            var inProcess = HookRunner.RunAgent("codex", repo.Root, codex, null, "--timeout", "120");
            var view = HookRunner.RunAgent("copilot", repo.Root, copilotView, _server);

            var decision = AgentOutput.SingleObject(fromServer).GetProperty("hookSpecificOutput");
            Assert.That(decision.GetProperty("permissionDecision").GetString(), Is.EqualTo("deny"), fromServer.ToString());
            Assert.That(WithoutAuditLine(decision.GetProperty("permissionDecisionReason").GetString()!), Is.EqualTo(WithoutAuditLine(AgentOutput.SingleObject(inProcess).GetProperty("hookSpecificOutput").GetProperty("permissionDecisionReason").GetString()!)));
            AgentOutput.Silent(view);
            Assert.That(AuditFile.Entries(repo).Select(e => e.GetProperty("source").GetString()), Is.EqualTo(new[] { "hook:codex", "hook:codex" }), "the server records as the agent's hook; a tool it does not judge is not recorded");
        }
        finally
        {
            Stop(repo);
        }
    }

    [Test]
    public void StopEndsTheServer()
    {
        using var repo = Repositories.WithApp();
        HookRunner.Run(repo.Root, HookRunner.Edit(repo, "README.md", "# App", "# The App").ToJsonString(), _server);
        Assert.That(Directory.EnumerateFiles(_socketFolder, "*.sock"), Is.Not.Empty);

        var stop = Stop(repo);
        var again = Stop(repo);

        Assert.That(stop.Stdout, Does.Contain("stopped the hook server"), stop.ToString());
        Assert.That(Directory.EnumerateFiles(_socketFolder, "*.sock"), Is.Empty);
        Assert.That(again.Stdout, Does.Contain("no hook server runs"), again.ToString());
    }

    /// <summary>The same input through the server and in-process: the same decision and reason (but for the audit entry's id).</summary>
    /// <summary>A server that takes the request and dies before it answers: the hook decides in-process, audited, never fails open.</summary>
    [Test]
    public async Task ServerThatDiesMidRequest_TheHookDecidesInProcess()
    {
        using var repo = Repositories.WithApp();
        HookRunner.Run(repo.Root, HookRunner.Edit(repo, "README.md", "# App", "# The App").ToJsonString(), _server);
        var socketPath = Directory.EnumerateFiles(_socketFolder, "*.sock").Single();
        Stop(repo);
        Assert.That(File.Exists(socketPath), Is.False, "the real server is gone");

        // Where the real server listened, a "server" that reads the request and closes the connection without answering.
        using var listener = new System.Net.Sockets.Socket(System.Net.Sockets.AddressFamily.Unix, System.Net.Sockets.SocketType.Stream, System.Net.Sockets.ProtocolType.Unspecified);
        listener.Bind(new System.Net.Sockets.UnixDomainSocketEndPoint(socketPath));
        listener.Listen(4);
        var dying = Task.Run(async () =>
        {
            using var client = await listener.AcceptAsync();
            var buffer = new byte[65536];
            var received = 0;
            while (received == 0 || buffer[received - 1] != (byte)'\n')
            {
                var count = await client.ReceiveAsync(buffer.AsMemory(received));
                if (count == 0)
                {
                    break;
                }

                received += count;
            }

            client.Close(); // dies mid-request
            return received;
        });

        try
        {
            var answer = HookRunner.Run(repo.Root, HookRunner.Edit(repo, "src/App/Maintenance.cs", "File.Delete(path);", "Directory.Delete(path, true);").ToJsonString(), _server, "--timeout", "120");

            Assert.That(await dying, Is.GreaterThan(0), "the request reached the dying server");
            Assert.That(answer.Decision, Is.EqualTo("ask"), answer.ToString());
            Assert.That(answer.Reason, Does.Contain("AM1002"), "classified in-process, not a failure");
            Assert.That(AuditFile.Last(repo).GetProperty("decision").GetString(), Is.EqualTo("ask"));
        }
        finally
        {
            File.Delete(socketPath);
        }
    }

    private (HookAnswer Server, HookAnswer InProcess) Both(TempRepository repo, string input)
    {
        var server = HookRunner.Run(repo.Root, input, _server);
        var inProcess = HookRunner.Run(repo.Root, input);
        Assert.That(server.Decision, Is.EqualTo(inProcess.Decision), $"server: {server}\nin-process: {inProcess}");
        Assert.That(WithoutAuditLine(server.Reason), Is.EqualTo(WithoutAuditLine(inProcess.Reason)));
        return (server, inProcess);
    }

    private static string WithoutAuditLine(string reason) => string.Join('\n', reason.Split('\n').Where(l => !l.StartsWith("Audit entry ", StringComparison.Ordinal)));

    private CliResult Stop(TempRepository repo)
    {
        var start = new System.Diagnostics.ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = repo.Root };
        foreach (var arg in new[] { CliRunner.Executable, "hook", "server", "--stop" })
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["AUTOMODE_HOOK_SOCKET_DIR"] = _socketFolder;
        using var process = System.Diagnostics.Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return new CliResult(process.ExitCode, output, error);
    }
}
