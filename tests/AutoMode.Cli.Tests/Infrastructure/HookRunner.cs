using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace AutoMode.Cli.Tests.Infrastructure;

/// <summary>Runs <c>automode hook claude</c> (or another agent's hook) — the real executable — with hook JSON on standard input, as the agent does; in-process (the hook server off) unless a test turns the server on.</summary>
public static class HookRunner
{
    public static JsonObject Edit(TempRepository repository, string relative, string oldString, string newString, bool replaceAll = false) =>
        Input(repository, "Edit", new JsonObject
        {
            ["file_path"] = repository.PathOf(relative),
            ["old_string"] = oldString,
            ["new_string"] = newString,
            ["replace_all"] = replaceAll,
        });

    public static JsonObject MultiEdit(TempRepository repository, string relative, params (string Old, string New)[] edits) =>
        Input(repository, "MultiEdit", new JsonObject
        {
            ["file_path"] = repository.PathOf(relative),
            ["edits"] = new JsonArray(edits.Select(e => (JsonNode)new JsonObject { ["old_string"] = e.Old, ["new_string"] = e.New }).ToArray()),
        });

    public static JsonObject Write(TempRepository repository, string relative, string content) =>
        Input(repository, "Write", new JsonObject
        {
            ["file_path"] = repository.PathOf(relative),
            ["content"] = content,
        });

    public static JsonObject Input(TempRepository repository, string tool, JsonObject toolInput) => new()
    {
        ["session_id"] = "test-session",
        ["transcript_path"] = "/tmp/transcript.jsonl",
        ["cwd"] = repository.Root,
        ["hook_event_name"] = "PreToolUse",
        ["tool_name"] = tool,
        ["tool_input"] = toolInput,
    };

    public static HookAnswer Run(TempRepository repository, JsonObject input, params string[] args) => Run(repository.Root, input.ToJsonString(), args);

    public static HookAnswer Run(string workingDirectory, string stdin, params string[] args) => Run(workingDirectory, stdin, null, args);

    /// <param name="environment">Extra environment variables (the hook server is off unless they turn it on).</param>
    public static HookAnswer Run(string workingDirectory, string stdin, IReadOnlyDictionary<string, string>? environment, params string[] args) =>
        HookAnswer.From(RunAgent("claude", workingDirectory, stdin, environment, args));

    /// <summary>Runs <c>automode hook &lt;agent&gt;</c> and returns what it wrote and its exit code, unparsed (each agent has its own output).</summary>
    public static CliResult RunAgent(string agent, string workingDirectory, string stdin, IReadOnlyDictionary<string, string>? environment = null, params string[] args)
    {
        var process = StartAgent(agent, workingDirectory, stdin, environment, args);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"automode hook {agent} did not finish in 3 minutes");
        }

        using (process)
        {
            return new CliResult(process.ExitCode, stdout.Result, stderr.Result);
        }
    }

    /// <summary>Starts the hook and writes its input; the caller reads the output (for many hooks at once).</summary>
    public static Process Start(string workingDirectory, string stdin, params string[] args) => Start(workingDirectory, stdin, null, args);

    public static Process Start(string workingDirectory, string stdin, IReadOnlyDictionary<string, string>? environment, params string[] args) =>
        StartAgent("claude", workingDirectory, stdin, environment, args);

    public static Process StartAgent(string agent, string workingDirectory, string stdin, IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        Assert.That(File.Exists(CliRunner.Executable), Is.True, $"build AutoMode.Cli first: {CliRunner.Executable} is missing");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(CliRunner.Executable);
        start.ArgumentList.Add("hook");
        start.ArgumentList.Add(agent);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["AUTOMODE_HOOK_SERVER"] = "off"; // each test decides in-process unless it tests the server
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        var process = Process.Start(start)!;
        process.StandardInput.Write(stdin);
        process.StandardInput.Close();
        return process;
    }
}

/// <summary>The hook's answer, parsed: exit code 0 and one hookSpecificOutput object on standard output.</summary>
public sealed record HookAnswer(CliResult Result, string Decision, string Reason)
{
    public static HookAnswer From(CliResult result)
    {
        Assert.That(result.ExitCode, Is.Zero, "the hook always exits 0 (the decision is in the JSON)\n" + result);
        using var document = JsonDocument.Parse(result.Stdout);
        var output = document.RootElement.GetProperty("hookSpecificOutput");
        Assert.That(output.GetProperty("hookEventName").GetString(), Is.EqualTo("PreToolUse"), result.ToString());
        return new HookAnswer(result, output.GetProperty("permissionDecision").GetString()!, output.GetProperty("permissionDecisionReason").GetString()!);
    }

    public override string ToString() => $"{Decision}: {Reason}\n{Result}";
}
