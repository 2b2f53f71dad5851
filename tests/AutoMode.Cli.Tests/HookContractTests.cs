using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using AutoMode.Cli.Tests.Infrastructure;

namespace AutoMode.Cli.Tests;

/// <summary>
/// The hook under Claude Code's current contract (hooks reference, checked for this issue): only exit 2 or a JSON
/// deny/ask on exit 0 stops a call; any other exit code, unparseable output or a hook past its timeout lets the call
/// through. So every answer of `automode hook claude` is exit 0 with one hookSpecificOutput object, every
/// fail-closed answer is an ask, and every one is audited — in the repository of the input's cwd even when the hook
/// process runs elsewhere.
/// </summary>
public class HookContractTests
{
    private static readonly string[] Decisions = { "allow", "ask", "deny" };

    /// <summary>Input the hook cannot classify, each answered before the classification starts.</summary>
    public static IEnumerable<TestCaseData> UnusableInputs()
    {
        yield return new TestCaseData("unknown tool", (Func<string, string>)(root => Input(root, "NotebookEdit", new JsonObject { ["notebook_path"] = root + "/a.ipynb" })), "tool 'NotebookEdit'");
        yield return new TestCaseData("no tool_input", (Func<string, string>)(root => Without(Input(root, "Edit", new JsonObject()), "tool_input")), "no tool_input");
        yield return new TestCaseData("PostToolUse event", (Func<string, string>)(root => With(Input(root, "Write", new JsonObject { ["file_path"] = root + "/a.cs", ["content"] = "x" }), "hook_event_name", "PostToolUse")), "PostToolUse");
        yield return new TestCaseData("cut-off JSON", (Func<string, string>)(root => Input(root, "Edit", new JsonObject { ["file_path"] = root + "/a.cs", ["old_string"] = "a" })[..^20]), "not valid JSON");
    }

    [TestCaseSource(nameof(UnusableInputs))]
    public void FailClosedAnswer_IsAuditedInTheRepositoryOfTheInputsCwd_WhenTheHookRunsOutsideIt(string what, Func<string, string> input, string expected)
    {
        using var repository = Repositories.WithApp();
        using var elsewhere = new TempRepository(init: false);

        var answer = HookRunner.Run(elsewhere.Root, input(repository.Root));

        Assert.That(answer.Decision, Is.EqualTo("ask"), answer.ToString());
        Assert.That(answer.Reason, Does.Contain(expected).And.Contain("Audit entry").And.Not.Contain("Not audited"), answer.ToString());
        var entry = AuditFile.Last(repository);
        Assert.That(entry.GetProperty("decision").GetString(), Is.EqualTo("ask"));
        Assert.That(entry.GetProperty("policy").GetProperty("key").GetString(), Is.EqualTo("fail-closed"));
        Assert.That(entry.GetProperty("reason").GetString(), Does.Contain(expected), what);
    }

    [Test]
    public void InputWithoutCwd_IsAuditedInTheRepositoryOfTheHooksFolder()
    {
        using var repository = Repositories.WithApp();

        var answer = HookRunner.Run(repository.Root, Without(Input(repository.Root, "NotebookEdit", new JsonObject { ["notebook_path"] = "a.ipynb" }), "cwd"));

        Assert.That(answer.Decision, Is.EqualTo("ask"));
        Assert.That(AuditFile.Entries(repository), Has.Count.EqualTo(1));
    }

    [Test]
    public void OversizedInput_IsAnAsk_NotAClassification_AndIsAudited()
    {
        using var repository = Repositories.WithApp();
        var content = "namespace App;\n// " + new string('x', 5 * 1024 * 1024) + "\n";
        var input = HookRunner.Write(repository, "src/App/Big.cs", content);
        var clock = Stopwatch.StartNew();

        var answer = HookRunner.Run(repository, input);

        Assert.That(answer.Decision, Is.EqualTo("ask"), answer.ToString());
        Assert.That(answer.Reason, Does.Contain("over the hook's limit of 4 MB"));
        Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(20)), "not classified");
        Assert.That(AuditFile.Last(repository).GetProperty("reason").GetString(), Does.Contain("over the hook's limit"));
        Assert.That(File.Exists(repository.PathOf("src/App/Big.cs")), Is.False);
    }

    [Test]
    public void InputJustUnderTheLimit_IsClassified()
    {
        using var repository = Repositories.WithApp();
        var content = "# Notes\n\n" + string.Concat(Enumerable.Repeat("A line of notes.\n", 150_000)); // ~2.5 MB

        var answer = HookRunner.Run(repository, HookRunner.Write(repository, "docs/notes.md", content), "--timeout", "120");

        Assert.That(answer.Reason, Does.Not.Contain("over the hook's limit"), answer.ToString());
        Assert.That(answer.Reason, Does.Contain("docs/notes.md"));
    }

    /// <summary>Whatever happens, standard output is exactly one JSON object Claude Code reads on exit 0.</summary>
    [TestCase("--timeout", "abc")]
    [TestCase("--timeout", "0")]
    [TestCase("--no-such-option")]
    public void BadCommandLine_IsAnAskOnExitZero(params string[] args)
    {
        using var repository = Repositories.WithApp();

        var answer = HookRunner.Run(repository, HookRunner.Edit(repository, "src/App/Orders.cs", "lines.Sum()", "lines.Sum() + 0"), args);

        AssertContract(answer);
        Assert.That(answer.Decision, Is.EqualTo("ask"));
        Assert.That(answer.Reason, Does.Contain("command line"));
    }

    [Test]
    public void EveryAnswer_IsOneJsonObjectOnExitZero_WithADecisionClaudeCodeKnows()
    {
        using var repository = Repositories.WithApp();
        var inputs = new[]
        {
            HookRunner.Edit(repository, "src/App/Orders.cs", "lines.Sum()", "lines.Sum() + 0").ToJsonString(),
            HookRunner.Edit(repository, "src/App/Maintenance.cs", "File.Delete(path);", "Directory.Delete(path, recursive: true);").ToJsonString(),
            HookRunner.MultiEdit(repository, "src/App/Orders.cs", ("lines.Sum()", "lines.Sum() + 0")).ToJsonString(),
            HookRunner.Write(repository, ".editorconfig", "root = true\n").ToJsonString(),
            string.Empty,
            "[]",
        };

        foreach (var input in inputs)
        {
            AssertContract(HookRunner.Run(repository.Root, input));
        }
    }

    /// <summary>
    /// The last resort, through the real executable: when even the JSON ask cannot be written (standard output is
    /// /dev/full, every write fails), the hook exits 2 with the reason on standard error — Claude Code's blocking error.
    /// </summary>
    [Test]
    public void AnswerThatCannotBeWritten_ExitsTwoWithTheReasonOnStandardError()
    {
        Assume.That(File.Exists("/dev/full"), "needs /dev/full (Linux)");
        using var repository = Repositories.WithApp();

        var result = RunThroughShell(repository.Root, "exec dotnet \"$@\" >/dev/full", HookRunner.Write(repository, "docs/notes.md", "# Notes\n").ToJsonString());

        Assert.That(result.ExitCode, Is.EqualTo(2), result.ToString());
        Assert.That(result.Stderr, Does.Contain("No space left on device").And.Contain("blocking this call (exit 2)"), result.ToString());
    }

    /// <summary>A hook that dies of an unhandled exception on another thread still blocks: exit 2, the reason on standard error, nothing on standard output.</summary>
    [Test]
    public void CrashOnAnotherThread_ExitsTwoWithTheReasonOnStandardError()
    {
        using var repository = Repositories.WithApp();

        var result = RunThroughShell(repository.Root, "AUTOMODE_HOOK_TEST_CRASH=thread exec dotnet \"$@\"", HookRunner.Write(repository, "docs/notes.md", "# Notes\n").ToJsonString());

        Assert.That(result.ExitCode, Is.EqualTo(2), result.ToString());
        Assert.That(result.Stderr, Does.Contain("the hook crashed (InvalidOperationException").And.Contain("blocking this call (exit 2)"), result.ToString());
        Assert.That(result.Stdout, Is.Empty, "no JSON: Claude Code reads standard error on exit 2");
    }

    /// <summary>Runs <c>automode hook claude</c> under <c>sh -c script</c> (the executable and arguments are <c>$@</c>).</summary>
    private static CliResult RunThroughShell(string workingDirectory, string script, string stdin)
    {
        var start = new ProcessStartInfo("sh")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { "-c", script, "sh", CliRunner.Executable, "hook", "claude", "--timeout", "120" })
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["AUTOMODE_HOOK_SERVER"] = "off";
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
            // The hook may be gone before it reads its input (the crash test): its exit code is what counts.
        }

        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("the hook did not finish in 3 minutes");
        }

        return new CliResult(process.ExitCode, stdout.Result, stderr.Result);
    }

    private static void AssertContract(HookAnswer answer)
    {
        Assert.That(answer.Result.ExitCode, Is.Zero, answer.ToString());
        var lines = answer.Result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.That(lines, Has.Length.EqualTo(1), "one JSON object, nothing else on standard output");
        using var document = JsonDocument.Parse(lines[0]);
        Assert.That(document.RootElement.EnumerateObject().Select(p => p.Name), Is.EquivalentTo(new[] { "hookSpecificOutput" }));
        var output = document.RootElement.GetProperty("hookSpecificOutput");
        Assert.That(output.GetProperty("hookEventName").GetString(), Is.EqualTo("PreToolUse"));
        Assert.That(Decisions, Does.Contain(output.GetProperty("permissionDecision").GetString()));
        Assert.That(output.GetProperty("permissionDecisionReason").GetString(), Is.Not.Empty);
    }

    private static string Input(string root, string tool, JsonObject toolInput) => new JsonObject
    {
        ["session_id"] = "contract-session",
        ["transcript_path"] = "/tmp/transcript.jsonl",
        ["cwd"] = root,
        ["hook_event_name"] = "PreToolUse",
        ["tool_name"] = tool,
        ["tool_input"] = toolInput,
    }.ToJsonString();

    private static string Without(string json, string property)
    {
        var node = JsonNode.Parse(json)!.AsObject();
        node.Remove(property);
        return node.ToJsonString();
    }

    private static string With(string json, string property, string value)
    {
        var node = JsonNode.Parse(json)!.AsObject();
        node[property] = value;
        return node.ToJsonString();
    }
}
