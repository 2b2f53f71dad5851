using AutoMode.Cli.Tests.Infrastructure;

namespace AutoMode.Cli.Tests;

/// <summary>
/// `automode hook claude` through the real executable: Claude Code's PreToolUse JSON for Edit, MultiEdit and Write on
/// C# and other files, new and existing, decided exactly as `check` decides the same change; the agent never edits
/// the policy; anything the gate cannot classify is an ask, with exit code 0.
/// </summary>
public class HookTests
{
    private const string RecursiveDelete = "Directory.Delete(path, recursive: true);";

    [Test]
    public void SafeEditIsAllowedAndTheFileIsNotTouched()
    {
        using var repo = Repositories.WithApp();
        var before = repo.Read("src/App/Orders.cs");

        var answer = HookRunner.Run(repo, HookRunner.Edit(repo, "src/App/Orders.cs", "lines.Sum()", "lines.Sum(line => line)"));

        Assert.That(answer.Decision, Is.EqualTo("allow"), answer.ToString());
        Assert.That(answer.Reason, Does.Contain("Low risk").And.Contain("src/App/Orders.cs"));
        Assert.That(repo.Read("src/App/Orders.cs"), Is.EqualTo(before), "the edit is applied in memory only");
        Assert.That(repo.Git("status", "--porcelain"), Is.Empty, "the audit log lives in a folder git ignores");
    }

    [Test]
    public void RiskyEditAsksWithRuleRiskLocationAndSafeAlternative()
    {
        using var repo = Repositories.WithApp();

        var answer = HookRunner.Run(repo, HookRunner.Edit(repo, "src/App/Maintenance.cs", "File.Delete(path);", RecursiveDelete));

        Assert.That(answer.Decision, Is.EqualTo("ask"), answer.ToString());
        Assert.That(answer.Reason, Does.Contain("AM1002 Critical DestructiveIO at src/App/Maintenance.cs:12:"));
        Assert.That(answer.Reason, Does.Contain("Delete only inside a folder the program created itself"), "the safe alternative");
        Assert.That(answer.Reason, Does.Contain("automode.auto_approve_max_risk = low (default)"));
    }

    [Test]
    public void RiskyEditIsDeniedWhenThePolicyDeniesCritical()
    {
        using var repo = Repositories.WithApp("[*]\nautomode.deny_min_risk = critical\n");

        var answer = HookRunner.Run(repo, HookRunner.Edit(repo, "src/App/Maintenance.cs", "File.Delete(path);", RecursiveDelete));

        Assert.That(answer.Decision, Is.EqualTo("deny"), answer.ToString());
        Assert.That(answer.Reason, Does.Contain("automode.deny_min_risk = critical (.editorconfig:4)").And.Contain("do not retry"));
    }

    [Test]
    public void RemovedGuardIsCaughtAsCheckWouldCatchIt()
    {
        using var repo = Repositories.WithApp();

        var answer = HookRunner.Run(repo, HookRunner.Edit(repo, "src/App/Maintenance.cs", "        if (!confirmed)\n        {\n            return;\n        }\n\n", string.Empty));

        Assert.That(answer.Decision, Is.EqualTo("ask"), answer.ToString());
        Assert.That(answer.Reason, Does.Contain("AM1001"));
    }

    [Test]
    public void HookAndCheckDecideTheSameChangeTheSameWay()
    {
        using var repo = Repositories.WithApp("[*]\nautomode.auto_approve_max_risk = medium\n");
        var edit = ("public static string Describe(string path) => \"maintenance of \" + path;", "public static void Wipe(string path) => File.WriteAllText(path, string.Empty);");

        var answer = HookRunner.Run(repo, HookRunner.Edit(repo, "src/App/Maintenance.cs", edit.Item1, edit.Item2));
        repo.Replace("src/App/Maintenance.cs", edit.Item1, edit.Item2);
        var check = CheckJson.Run(repo, "--no-audit");

        Assert.That(answer.Decision, Is.EqualTo(check.Decision), answer.ToString());
        foreach (var id in check.RuleIds)
        {
            Assert.That(answer.Reason, Does.Contain(id + " "));
        }
    }

    [Test]
    public void MultiEditAppliesEveryEditInOrder()
    {
        using var repo = Repositories.WithApp();

        // The second edit only matches the text the first one produced.
        var safe = HookRunner.Run(repo, HookRunner.MultiEdit(repo, "src/App/Orders.cs", ("lines.Sum()", "lines.Sum(x => x)"), ("Sum(x => x)", "Sum(line => line)")));
        var risky = HookRunner.Run(repo, HookRunner.MultiEdit(repo, "src/App/Maintenance.cs", ("\"maintenance of \"", "\"cleanup of \""), ("File.Delete(path);", RecursiveDelete)));
        var broken = HookRunner.Run(repo, HookRunner.MultiEdit(repo, "src/App/Orders.cs", ("lines.Sum()", "lines.Count()"), ("lines.Sum()", "lines.Max()")));

        Assert.That(safe.Decision, Is.EqualTo("allow"), safe.ToString());
        Assert.That(risky.Decision, Is.EqualTo("ask"), risky.ToString());
        Assert.That(risky.Reason, Does.Contain("AM1002"));
        Assert.That(broken.Decision, Is.EqualTo("ask"), broken.ToString());
        Assert.That(broken.Reason, Does.Contain("MultiEdit edit 2 of 2: old_string does not occur"));
    }

    [Test]
    public void MultiEditOfSafeEditsIsAllowed()
    {
        using var repo = Repositories.WithApp();

        var answer = HookRunner.Run(repo, HookRunner.MultiEdit(repo, "src/App/Orders.cs", ("public sealed class OrderService", "public sealed class OrderCalculator"), ("OrderService orders", "OrderCalculator orders")));

        Assert.That(answer.Decision, Is.EqualTo("allow"), answer.ToString());
    }

    [Test]
    public void WriteOfANewCSharpFile()
    {
        using var repo = Repositories.WithApp();

        var safe = HookRunner.Run(repo, HookRunner.Write(repo, "src/App/Discounts.cs", "namespace App;\n\npublic static class Discounts\n{\n    public static decimal Apply(decimal total) => total * 0.9m;\n}\n"));
        var risky = HookRunner.Run(repo, HookRunner.Write(repo, "src/App/Cleanup.cs", "namespace App;\n\npublic static class Cleanup\n{\n    public static void Run(string root) => Directory.Delete(root, true);\n}\n"));

        Assert.That(safe.Decision, Is.EqualTo("allow"), safe.ToString());
        Assert.That(risky.Decision, Is.EqualTo("ask"), risky.ToString());
        Assert.That(risky.Reason, Does.Contain("AM1002 Critical DestructiveIO at src/App/Cleanup.cs:5:"));
        Assert.That(File.Exists(repo.PathOf("src/App/Cleanup.cs")), Is.False);
    }

    [Test]
    public void WriteOverAnExistingCSharpFile()
    {
        using var repo = Repositories.WithApp();

        var answer = HookRunner.Run(repo, HookRunner.Write(repo, "src/App/Maintenance.cs", Repositories.Maintenance.Replace("File.Delete(path);", RecursiveDelete, StringComparison.Ordinal)));

        Assert.That(answer.Decision, Is.EqualTo("ask"), answer.ToString());
        Assert.That(answer.Reason, Does.Contain("AM1002"));
    }

    [TestCase("docs/guide.md", "# Guide\n\nHow to run it.\n", "allow", "AMG001")]
    [TestCase(".github/workflows/ci.yml", "on: push\njobs: {}\n", "ask", "AMG501")]
    [TestCase("src/App/appsettings.json", "{ \"Database\": { \"Password\": \"hunter2-prod\" } }\n", "ask", "AMG301")]
    [TestCase("scripts/notes.txt", "hello\n", "ask", "AMG002")]
    public void WriteOfANewNonCSharpFileIsClassifiedAsCheckClassifiesIt(string path, string content, string decision, string rule)
    {
        using var repo = Repositories.WithApp();

        var answer = HookRunner.Run(repo, HookRunner.Write(repo, path, content));

        Assert.That(answer.Decision, Is.EqualTo(decision), answer.ToString());
        Assert.That(answer.Reason, Does.Contain(rule));
        Assert.That(answer.Reason, Does.Not.Contain("hunter2"), "a secret is never printed");
    }

    [Test]
    public void EditOfAnExistingNonCSharpFile()
    {
        using var repo = Repositories.WithApp();

        var docs = HookRunner.Run(repo, HookRunner.Edit(repo, "README.md", "# App", "# The App"));
        var project = HookRunner.Run(repo, HookRunner.Edit(repo, "src/App/App.csproj", "<Nullable>enable</Nullable>", "<Nullable>enable</Nullable>\n    <LangVersion>preview</LangVersion>"));

        Assert.That(docs.Decision, Is.EqualTo("allow"), docs.ToString());
        Assert.That(project.Decision, Is.EqualTo("ask"), project.ToString());
        Assert.That(project.Reason, Does.Contain("AMG808"));
    }

    [TestCase(".editorconfig", "root = true\n\n[*]\nautomode.auto_approve_max_risk = high\n\n[*.cs]\ndotnet_diagnostic.AM1001.severity = error\n", "AMG909")]
    [TestCase(".editorconfig", "root = true\n", "AMG901")]
    [TestCase(".claude/settings.json", "{ \"hooks\": {} }\n", "AMG908")]
    [TestCase(".claude/settings.local.json", "{}\n", "AMG908")]
    [TestCase(".automode/audit.jsonl", "", "AMG907")]
    [TestCase("AutoMode.Risks.txt", "# nothing is risky\n", "AMG906")]
    [TestCase(".git/hooks/pre-commit", "#!/bin/sh\nexit 0\n", "AMG909")]
    public void PolicyFilesAreNeverAllowedEvenUnderThePermissivePolicy(string path, string content, string rule)
    {
        using var repo = Repositories.WithApp("[*]\nautomode.auto_approve_max_risk = high\n");

        var answer = HookRunner.Run(repo, HookRunner.Write(repo, path, content));

        Assert.That(answer.Decision, Is.AnyOf("ask", "deny"), answer.ToString());
        Assert.That(answer.Reason, Does.Contain(rule));
    }

    [Test]
    public void RaisingASeverityInEditorConfigIsMediumForCheckButAlwaysAsksForTheAgent()
    {
        using var repo = Repositories.WithApp("[*]\nautomode.auto_approve_max_risk = medium\n\n[*.cs]\ndotnet_diagnostic.AM1001.severity = warning\n");
        const string Old = "AM1001.severity = warning";
        const string New = "AM1001.severity = error";

        var answer = HookRunner.Run(repo, HookRunner.Edit(repo, ".editorconfig", Old, New));
        repo.Replace(".editorconfig", Old, New);
        var check = CheckJson.Run(repo, "--no-audit");

        Assert.That(check.RuleIds, Does.Contain("AMG911"), check.ToString());
        Assert.That(check.Decision, Is.EqualTo("allow"), "raising the bar is not tampering: Medium, which this policy approves");
        Assert.That(answer.Decision, Is.EqualTo("ask"), answer.ToString());
        Assert.That(answer.Reason, Does.Contain("AMG909").And.Contain("never auto-approved"));
    }

    [Test]
    public void MalformedJsonAsks()
    {
        using var repo = Repositories.WithApp();

        var answer = HookRunner.Run(repo.Root, "{ \"tool_name\": \"Edit\", ");

        Assert.That(answer.Decision, Is.EqualTo("ask"), answer.ToString());
        Assert.That(answer.Reason, Does.Contain("not valid JSON"));
    }

    [TestCase("{}", "no tool_name")]
    [TestCase("[1, 2]", "not a JSON object")]
    [TestCase("{\"tool_name\":\"Edit\",\"tool_input\":{\"file_path\":\"a.cs\",\"old_string\":\"x\"}}", "no new_string")]
    [TestCase("{\"tool_name\":\"Edit\",\"tool_input\":{\"old_string\":\"x\",\"new_string\":\"y\"}}", "no file_path")]
    [TestCase("{\"tool_name\":\"MultiEdit\",\"tool_input\":{\"file_path\":\"a.cs\",\"edits\":[]}}", "no edits[]")]
    [TestCase("{\"hook_event_name\":\"PostToolUse\",\"tool_name\":\"Edit\",\"tool_input\":{}}", "PreToolUse hook")]
    [TestCase("", "not valid JSON")]
    public void IncompleteInputAsks(string input, string reason)
    {
        using var repo = Repositories.WithApp();

        var answer = HookRunner.Run(repo.Root, input);

        Assert.That(answer.Decision, Is.EqualTo("ask"), answer.ToString());
        Assert.That(answer.Reason, Does.Contain(reason));
    }

    [Test]
    public void UnknownToolAsks()
    {
        using var repo = Repositories.WithApp();

        var answer = HookRunner.Run(repo, HookRunner.Input(repo, "Bash", new System.Text.Json.Nodes.JsonObject { ["command"] = "rm -rf /" }));

        Assert.That(answer.Decision, Is.EqualTo("ask"), answer.ToString());
        Assert.That(answer.Reason, Does.Contain("tool 'Bash'"));
    }

    [Test]
    public void FileOutsideTheRepositoryAsks()
    {
        using var repo = Repositories.WithApp();
        using var elsewhere = new TempRepository(init: false);

        var answer = HookRunner.Run(repo, HookRunner.Write(repo, "../" + Path.GetFileName(elsewhere.Root) + "/Evil.cs", "namespace X;\n"));
        var absolute = HookRunner.Run(repo, HookRunner.Input(repo, "Write", new System.Text.Json.Nodes.JsonObject { ["file_path"] = "/etc/hosts", ["content"] = "x" }));

        Assert.That(answer.Decision, Is.EqualTo("ask"), answer.ToString());
        Assert.That(answer.Reason, Does.Contain("outside the repository"));
        Assert.That(absolute.Decision, Is.EqualTo("ask"), absolute.ToString());
        Assert.That(absolute.Reason, Does.Contain("outside the repository"));
    }

    [Test]
    public void FileReachedThroughALinkToOutsideTheRepositoryAsks()
    {
        using var repo = Repositories.WithApp();
        using var elsewhere = new TempRepository(init: false);
        Directory.CreateSymbolicLink(repo.PathOf("src/App/Linked"), elsewhere.Root);

        var answer = HookRunner.Run(repo, HookRunner.Write(repo, "src/App/Linked/Notes.md", "# notes\n"));

        Assert.That(answer.Decision, Is.EqualTo("ask"), answer.ToString());
        Assert.That(answer.Reason, Does.Contain("outside the repository"));
    }

    [Test]
    public void CSharpFileWithoutAProjectAsks()
    {
        using var repo = Repositories.WithApp();

        var answer = HookRunner.Run(repo, HookRunner.Write(repo, "tools/Script.cs", "Console.WriteLine(1);\n"));

        Assert.That(answer.Decision, Is.EqualTo("ask"), answer.ToString());
        Assert.That(answer.Reason, Does.Contain("belongs to no project"));
    }

    [Test]
    public void FolderThatIsNotARepositoryAsks()
    {
        using var folder = new TempRepository(init: false);
        folder.Write("a.md", "# a\n");

        var answer = HookRunner.Run(folder.Root, HookRunner.Write(folder, "a.md", "# b\n").ToJsonString());

        Assert.That(answer.Decision, Is.EqualTo("ask"), answer.ToString());
        Assert.That(answer.Reason, Does.Contain("no repository"));
    }

    [Test]
    public void BinaryFileAsks()
    {
        using var repo = Repositories.WithApp();
        File.WriteAllBytes(repo.PathOf("logo.bin"), new byte[] { 0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, (byte)'o', (byte)'l', (byte)'d' });
        repo.Commit("binary");

        var answer = HookRunner.Run(repo, HookRunner.Edit(repo, "logo.bin", "old", "new"));

        Assert.That(answer.Decision, Is.EqualTo("ask"), answer.ToString());
        Assert.That(answer.Reason, Does.Contain("binary file"));
    }

    [Test]
    public void EditWhoseOldStringIsNotInTheFileAsks()
    {
        using var repo = Repositories.WithApp();

        var missing = HookRunner.Run(repo, HookRunner.Edit(repo, "src/App/Orders.cs", "no such text", "x"));
        var ambiguous = HookRunner.Run(repo, HookRunner.Edit(repo, "src/App/Orders.cs", "decimal", "double"));

        Assert.That(missing.Decision, Is.EqualTo("ask"), missing.ToString());
        Assert.That(missing.Reason, Does.Contain("does not occur"));
        Assert.That(ambiguous.Decision, Is.EqualTo("ask"), ambiguous.ToString());
        Assert.That(ambiguous.Reason, Does.Contain("occurs 4 times"));
    }

    [Test]
    public void ReplaceAllEditsEveryOccurrence()
    {
        using var repo = Repositories.WithApp();

        var answer = HookRunner.Run(repo, HookRunner.Edit(repo, "src/App/Orders.cs", "decimal", "double", replaceAll: true));

        Assert.That(answer.Decision, Is.EqualTo("allow"), answer.ToString());
    }

    [Test]
    public void TimeoutAsks()
    {
        using var repo = Repositories.WithApp();

        var answer = HookRunner.Run(repo, HookRunner.Edit(repo, "src/App/Orders.cs", "lines.Sum()", "lines.Sum(x => x)"), "--timeout", "0.001");

        Assert.That(answer.Decision, Is.EqualTo("ask"), answer.ToString());
        Assert.That(answer.Reason, Does.Contain("did not decide within"));
        Assert.That(AuditFile.Last(repo).GetProperty("decision").GetString(), Is.EqualTo("ask"), "the timeout is audited too");
    }

    [Test]
    public void InputThatNeverEndsAsksAtTheTimeout()
    {
        using var repo = Repositories.WithApp();
        var start = new System.Diagnostics.ProcessStartInfo("dotnet")
        {
            WorkingDirectory = repo.Root,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in new[] { CliRunner.Executable, "hook", "claude", "--timeout", "2" })
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["AUTOMODE_HOOK_SERVER"] = "off";
        using var process = System.Diagnostics.Process.Start(start)!;
        process.StandardInput.Write("{\"tool_name\": \"Edit\", "); // and never closed
        process.StandardInput.Flush();
        var output = process.StandardOutput.ReadLineAsync();
        Assert.That(output.Wait(TimeSpan.FromSeconds(60)), Is.True, "the hook answers at its timeout");
        var answer = HookAnswer.From(new CliResult(0, output.Result!, string.Empty));
        process.StandardInput.Close();
        process.WaitForExit(10_000);

        Assert.That(answer.Decision, Is.EqualTo("ask"), answer.ToString());
        Assert.That(answer.Reason, Does.Contain("input did not arrive within the hook's timeout of 2 s"));
        Assert.That(process.ExitCode, Is.Zero);
    }

    [Test]
    public void WrongHookCommandLineAsksWithExitCodeZero()
    {
        using var repo = Repositories.WithApp();

        var answer = HookRunner.Run(repo, HookRunner.Edit(repo, "README.md", "# App", "# Application"), "--timeout", "soon");

        Assert.That(answer.Decision, Is.EqualTo("ask"), answer.ToString());
        Assert.That(answer.Reason, Does.Contain("command line is wrong"));
    }
}
