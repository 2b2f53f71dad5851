using System.Diagnostics;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using AutoMode.Cli.Tests.Infrastructure;
using AutoMode.Gate.Hooks.Agents;
using AutoMode.Hook.Client;

namespace AutoMode.Cli.Tests;

/// <summary>
/// The light hook client, <c>automode-hook &lt;agent&gt;</c> (the real executable next to automode.dll): the warm
/// server's answer, printed as the agent reads it; every other path handed to the full CLI, so the answer is the
/// CLI's; exit 2 when even that cannot run.
/// </summary>
public class LightHookTests
{
    private static readonly string LightClient = Path.Combine(Path.GetDirectoryName(CliRunner.Executable)!, "automode-hook.dll");

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
            foreach (var root in Directory.EnumerateFiles(_socketFolder, "*.sock"))
            {
                using var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
                try
                {
                    socket.Connect(new UnixDomainSocketEndPoint(root));
                    socket.Send(Encoding.UTF8.GetBytes("{\"command\":\"stop\"}\n"));
                    socket.Receive(new byte[16]);
                }
                catch (SocketException)
                {
                }
            }

            Directory.Delete(_socketFolder, recursive: true);
        }
    }

    [TestCase("claude")]
    [TestCase("gemini")]
    public void WarmServer_Answers_AsTheFullCliInProcess(string agent)
    {
        using var repository = Repositories.WithApp();
        var input = Command(agent, repository.Root, "git status && rm -rf ~");

        var first = RunLight(agent, repository.Root, input, _server);
        Assert.That(Directory.EnumerateFiles(_socketFolder, "*.sock"), Is.Not.Empty, "no server ran: the light client handed over to the CLI, which started it\n" + first);

        // With no CLI to hand over to, only the server can have answered.
        var warm = RunLight(agent, repository.Root, input, With(_server, "AUTOMODE_HOOK_TEST_CLI", "/nonexistent/automode.dll"));
        var inProcess = HookRunner.RunAgent(agent, repository.Root, input);

        Assert.That(warm.ExitCode, Is.EqualTo(inProcess.ExitCode), warm.ToString());
        Assert.That(WithoutAuditId(warm.Stdout), Is.EqualTo(WithoutAuditId(inProcess.Stdout)).And.Not.Empty, warm.ToString());
        Assert.That(warm.Stdout, Does.Contain("AMG101"));
        Assert.That(AuditFile.Entries(repository), Has.Count.EqualTo(3), "each call audited once");
    }

    [Test]
    public void ServerOff_HandsOverToTheFullCli()
    {
        using var repository = Repositories.WithApp();
        var input = Command("claude", repository.Root, "rm -rf ~");

        var answer = HookAnswer.From(RunLight("claude", repository.Root, input, new Dictionary<string, string> { ["AUTOMODE_HOOK_SERVER"] = "off" }));
        var blocked = RunLight("claude", repository.Root, input, new Dictionary<string, string> { ["AUTOMODE_HOOK_SERVER"] = "off", ["AUTOMODE_HOOK_TEST_CLI"] = "/nonexistent/automode.dll" });

        Assert.That(answer.Decision, Is.EqualTo("ask"), answer.ToString());
        Assert.That(blocked.ExitCode, Is.EqualTo(2), "it handed over: without the CLI it blocks\n" + blocked);
        Assert.That(blocked.Stderr, Does.Contain("the automode tool (/nonexistent/automode.dll) is missing").And.Contain("blocking this call (exit 2)"));
        Assert.That(blocked.Stdout, Is.Empty);
    }

    /// <summary>A server that takes the request and dies without answering, or answers garbage: the CLI decides in-process.</summary>
    [TestCase("")]
    [TestCase("{\"decision\": 0, \"stdout\": ")]
    [TestCase("{\"decision\":0,\"reason\":\"allowed\"}")]
    public void ServerFailingMidRequest_IsDecidedInProcess(string serverAnswer)
    {
        using var repository = Repositories.WithApp();
        var input = Command("claude", repository.Root, "rm -rf ~");
        RunLight("claude", repository.Root, input, _server); // starts the real server: its socket is where the client looks
        var socketPath = Directory.EnumerateFiles(_socketFolder, "*.sock").Single();
        CliRunner.Run(repository.Root, _server, "hook", "server", "--stop");

        using var listener = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        File.Delete(socketPath);
        listener.Bind(new UnixDomainSocketEndPoint(socketPath));
        listener.Listen(4);
        var received = Task.Run(() =>
        {
            using var client = listener.Accept();
            var request = new StringBuilder();
            var buffer = new byte[65536];
            while (!request.ToString().EndsWith('\n'))
            {
                var count = client.Receive(buffer);
                if (count == 0)
                {
                    break;
                }

                request.Append(Encoding.UTF8.GetString(buffer, 0, count));
            }

            if (serverAnswer.Length > 0)
            {
                client.Send(Encoding.UTF8.GetBytes(serverAnswer + "\n"));
            }

            return request.ToString();
        });

        var answer = HookAnswer.From(RunLight("claude", repository.Root, input, _server));

        Assert.That(received.Wait(TimeSpan.FromSeconds(30)), Is.True, "the light client never connected");
        Assert.That(received.Result, Does.Contain("\"agent\":\"claude\"").And.Contain("rm -rf ~"));
        Assert.That(answer.Decision, Is.EqualTo("ask"), answer.ToString());
        Assert.That(answer.Reason, Does.Contain("AMG101"), "decided in-process, not by the failing server");
    }

    [TestCase("not json", "not valid JSON")]
    [TestCase("", "not valid JSON")]
    public void MalformedInput_GetsTheCliFailClosedAnswer(string input, string expected)
    {
        using var repository = Repositories.WithApp();

        var answer = HookAnswer.From(RunLight("claude", repository.Root, input, _server));
        var blocked = RunLight("claude", repository.Root, input, With(_server, "AUTOMODE_HOOK_TEST_CLI", "/nonexistent/automode.dll"));

        Assert.That(answer.Decision, Is.EqualTo("ask"), answer.ToString());
        Assert.That(answer.Reason, Does.Contain(expected));
        Assert.That(blocked.ExitCode, Is.EqualTo(2), blocked.ToString());
    }

    [Test]
    public void CommandLineItDoesNotKnow_GetsTheCliAnswer()
    {
        using var repository = Repositories.WithApp();

        var answer = HookAnswer.From(RunLight("claude", repository.Root, Command("claude", repository.Root, "ls"), _server, "--timeout", "0"));

        Assert.That(answer.Decision, Is.EqualTo("ask"), answer.ToString());
        Assert.That(answer.Reason, Does.Contain("--timeout must be between 0 and 3600 seconds"));
    }

    [Test]
    public void CrashOfTheLightClient_ExitsTwo()
    {
        using var repository = Repositories.WithApp();

        var result = RunLight("claude", repository.Root, Command("claude", repository.Root, "ls"), With(_server, "AUTOMODE_HOOK_TEST_CRASH", "client"));

        Assert.That(result.ExitCode, Is.EqualTo(2), result.ToString());
        Assert.That(result.Stderr, Does.Contain("the hook crashed (InvalidOperationException").And.Contain("blocking this call (exit 2)"));
        Assert.That(result.Stdout, Is.Empty);
    }

    /// <summary>`automode hook client` prints the line for the agent's settings; run by a shell, as agents run hook commands, it answers as the hook does.</summary>
    [Test]
    public void ClientCommandLine_RunsTheLightClient()
    {
        using var repository = Repositories.WithApp();
        var line = CliRunner.Run(repository.Root, "hook", "client", "claude");
        Assert.That(line.ExitCode, Is.Zero, line.ToString());
        Assert.That(line.Stdout.Trim(), Does.Contain("automode-hook").And.Contain("else exec automode hook claude"));

        var start = new ProcessStartInfo("sh") { WorkingDirectory = repository.Root, RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(line.Stdout.Trim());
        start.Environment["AUTOMODE_HOOK_SERVER"] = "off";
        start.Environment["AUTOMODE_HOOK_TEST_CLI"] = CliRunner.Executable;
        using var process = Process.Start(start)!;
        process.StandardInput.Write(Command("claude", repository.Root, "rm -rf ~"));
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEnd();
        Assert.That(process.WaitForExit(TimeSpan.FromMinutes(3)), Is.True);
        var answer = HookAnswer.From(new CliResult(process.ExitCode, stdout, process.StandardError.ReadToEnd()));
        Assert.That(answer.Decision, Is.EqualTo("ask"), answer.ToString());
    }

    /// <summary>The light client reads the folder and blocks as every adapter does: one rule, checked against each.</summary>
    [Test]
    public void EveryAgent_NamesItsFolderAndBlocksAsTheLightClientAssumes()
    {
        foreach (var agent in HookAgents.All)
        {
            var input = Command(agent.Name, "/work/repo", "ls");
            Assert.That(agent.Header(input).Cwd, Is.EqualTo(HookInput.Cwd(input)).And.EqualTo("/work/repo"), agent.Name);
            Assert.That(agent.BlockingExitCode, Is.EqualTo(HookWire.BlockingExitCode), agent.Name);
        }
    }

    /// <summary>A shell command as <paramref name="agent"/>'s hook input.</summary>
    private static string Command(string agent, string cwd, string command) => (agent switch
    {
        "claude" or "codex" => new JsonObject
        {
            ["session_id"] = "light", ["cwd"] = cwd, ["hook_event_name"] = "PreToolUse", ["tool_name"] = "Bash",
            ["tool_input"] = new JsonObject { ["command"] = command },
        },
        "gemini" => new JsonObject
        {
            ["session_id"] = "light", ["cwd"] = cwd, ["hook_event_name"] = "BeforeTool", ["tool_name"] = "run_shell_command",
            ["tool_input"] = new JsonObject { ["command"] = command },
        },
        "copilot" => new JsonObject
        {
            ["timestamp"] = 1, ["cwd"] = cwd, ["toolName"] = "bash", ["toolArgs"] = new JsonObject { ["command"] = command }.ToJsonString(),
        },
        "cursor" => new JsonObject
        {
            ["conversation_id"] = "light", ["hook_event_name"] = "beforeShellExecution", ["command"] = command, ["cwd"] = cwd,
            ["workspace_roots"] = new JsonArray(cwd),
        },
        _ => throw new ArgumentException(agent),
    }).ToJsonString();

    private static string WithoutAuditId(string stdout) => System.Text.RegularExpressions.Regex.Replace(stdout, "Audit entry [0-9a-f]+", "Audit entry <id>");

    private static Dictionary<string, string> With(Dictionary<string, string> environment, string name, string value) =>
        new(environment) { [name] = value };

    private static CliResult RunLight(string agent, string workingDirectory, string stdin, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        Assert.That(File.Exists(LightClient), Is.True, $"build AutoMode.Cli first: {LightClient} is missing");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { LightClient, agent }.Concat(args))
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        try
        {
            process.StandardInput.Write(stdin);
            process.StandardInput.Close();
        }
        catch (IOException)
        {
            // The crash test: gone before it read its input.
        }

        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"automode-hook {agent} did not finish in 3 minutes");
        }

        return new CliResult(process.ExitCode, stdout.Result, stderr.Result);
    }
}
