using AutoMode.Cli.Tests.Infrastructure;

namespace AutoMode.Cli.Tests;

/// <summary>`automode check` on C# changes: what the analyzers see in the changed code, under the policy.</summary>
public class CheckDecisionTests
{
    [Test]
    public void SafeTypedRefactorIsAllowed()
    {
        using var repo = Repositories.WithApp();
        repo.Write("src/App/Orders.cs", Repositories.Orders.Replace("Total(", "ComputeTotal(", StringComparison.Ordinal));

        var json = CheckJson.Run(repo);

        Assert.That(json.Result.ExitCode, Is.Zero, json.ToString());
        Assert.That(json.Decision, Is.EqualTo("allow"));
        Assert.That(json.Risk, Is.EqualTo("low"));
        Assert.That(json.Findings, Is.Empty);
    }

    [Test]
    public void RecursiveDeleteAsksUnderTheDefaultPolicy()
    {
        using var repo = Repositories.WithApp();
        repo.Replace("src/App/Maintenance.cs", "File.Delete(path);", "Directory.Delete(path, recursive: true);");

        var json = CheckJson.Run(repo);

        Assert.That(json.Result.ExitCode, Is.EqualTo(1), json.ToString());
        Assert.That(json.Risk, Is.EqualTo("critical"));
        Assert.That(json.RuleIds, Is.EquivalentTo(new[] { "AM1002" }));
        var decidedBy = json.Root.GetProperty("decidedBy");
        Assert.That(decidedBy.GetProperty("key").GetString(), Is.EqualTo("automode.auto_approve_max_risk"));
        Assert.That(decidedBy.GetProperty("source").GetString(), Is.EqualTo("default"));
    }

    [Test]
    public void RecursiveDeleteIsDeniedWhenThePolicyDeniesCritical()
    {
        using var repo = Repositories.WithApp("[*]\nautomode.deny_min_risk = critical\n");
        repo.Replace("src/App/Maintenance.cs", "File.Delete(path);", "Directory.Delete(path, recursive: true);");

        var json = CheckJson.Run(repo);

        Assert.That(json.Result.ExitCode, Is.EqualTo(2), json.ToString());
        Assert.That(json.Decision, Is.EqualTo("deny"));
        var decidedBy = json.Root.GetProperty("decidedBy");
        Assert.That(decidedBy.GetProperty("key").GetString(), Is.EqualTo("automode.deny_min_risk"));
        Assert.That(decidedBy.GetProperty("source").GetString(), Is.EqualTo(".editorconfig:4"));
    }

    [Test]
    public void UnrelatedEditNextToExistingRiskyCodeIsAllowed()
    {
        using var repo = Repositories.WithApp();
        repo.Replace("src/App/Maintenance.cs", "\"maintenance of \"", "\"maintenance of the folder \"");

        var json = CheckJson.Run(repo);

        Assert.That(json.Decision, Is.EqualTo("allow"), json.ToString());
        Assert.That(json.Findings, Is.Empty, "the existing File.Delete is in another member, untouched");
    }

    [Test]
    public void RemovedGuardKeepsTheFindingOfTheUnchangedDelete()
    {
        using var repo = Repositories.WithApp();
        repo.Replace("src/App/Maintenance.cs", "        if (!confirmed)\n        {\n            return;\n        }\n\n", string.Empty);

        var json = CheckJson.Run(repo);

        Assert.That(json.RuleIds, Is.EquivalentTo(new[] { "AM1001" }), json.ToString());
        Assert.That(json.Decision, Is.EqualTo("ask"));
    }

    [Test]
    public void DeletedFileFindingsAreReportedAsRemovedCode()
    {
        using var repo = Repositories.WithApp();
        repo.Delete("src/App/Maintenance.cs");

        var json = CheckJson.Run(repo);

        var file = json.File("src/App/Maintenance.cs");
        Assert.That(file.GetProperty("change").GetString(), Is.EqualTo("deleted"));
        var finding = file.GetProperty("findings").EnumerateArray().Single();
        Assert.That(finding.GetProperty("ruleId").GetString(), Is.EqualTo("AM1001"));
        Assert.That(finding.GetProperty("inRemovedCode").GetBoolean(), Is.True);
    }

    [Test]
    public void UntrackedNewFileIsAnalyzed()
    {
        using var repo = Repositories.WithApp("[*]\nautomode.auto_approve_max_risk = high\n");
        repo.Write("src/App/Report.cs", "namespace App;\n\npublic static class Report\n{\n    public static void Save(string path) => File.WriteAllText(path, \"report\");\n}\n");

        var json = CheckJson.Run(repo);

        Assert.That(json.RuleIds, Is.EquivalentTo(new[] { "AM1003" }), json.ToString());
        Assert.That(json.File("src/App/Report.cs").GetProperty("change").GetString(), Is.EqualTo("added"));
        Assert.That(json.Decision, Is.EqualTo("allow"), "Medium is under auto_approve_max_risk = high");
    }

    [Test]
    public void CategoryKillSwitchTurnsAnAllowIntoAnAsk()
    {
        const string change = "File.WriteAllText(path, \"reset\");";
        using (var allowed = Repositories.WithApp("[*]\nautomode.auto_approve_max_risk = medium\n"))
        {
            allowed.Replace("src/App/Maintenance.cs", "File.Delete(path);", change);
            var json = CheckJson.Run(allowed);
            Assert.That(json.Result.ExitCode, Is.Zero, json.ToString());
            Assert.That(json.Risk, Is.EqualTo("medium"));
        }

        using var killed = Repositories.WithApp("[*]\nautomode.auto_approve_max_risk = medium\nautomode.category.DestructiveIO.auto_approve = false\n");
        killed.Replace("src/App/Maintenance.cs", "File.Delete(path);", change);
        var asked = CheckJson.Run(killed);
        Assert.That(asked.Result.ExitCode, Is.EqualTo(1), asked.ToString());
        var decidedBy = asked.Root.GetProperty("decidedBy");
        Assert.That(decidedBy.GetProperty("key").GetString(), Is.EqualTo("automode.category.destructiveio.auto_approve"));
        Assert.That(decidedBy.GetProperty("source").GetString(), Is.EqualTo(".editorconfig:5"));
    }

    [Test]
    public void PathSectionRaisesTheRiskOfTheSameCode()
    {
        const string writer = "namespace App;\n\npublic static class Writer\n{\n    public static void Save(string path) => File.WriteAllText(path, \"x\");\n}\n";
        using var repo = Repositories.WithApp("[*]\nautomode.auto_approve_max_risk = medium\n\n[src/App/Infrastructure/**.cs]\ndotnet_diagnostic.AM1003.severity = error\n");
        repo.Write("src/App/Writer.cs", writer);
        var outside = CheckJson.Run(repo);
        Assert.That(outside.Decision, Is.EqualTo("allow"), outside.ToString());
        Assert.That(outside.Risk, Is.EqualTo("medium"));

        repo.Delete("src/App/Writer.cs").Write("src/App/Infrastructure/Writer.cs", writer);
        var inside = CheckJson.Run(repo);
        Assert.That(inside.Decision, Is.EqualTo("ask"), inside.ToString());
        Assert.That(inside.Risk, Is.EqualTo("critical"));
    }

    [Test]
    public void StagedChecksOnlyTheIndex()
    {
        using var repo = Repositories.WithApp();
        repo.Write("src/App/Orders.cs", Repositories.Orders.Replace("Total(", "Sum(", StringComparison.Ordinal));
        repo.Git("add", "src/App/Orders.cs");
        repo.Replace("src/App/Maintenance.cs", "File.Delete(path);", "Directory.Delete(path, true);");

        var staged = CheckJson.Run(repo, "--staged");
        Assert.That(staged.Decision, Is.EqualTo("allow"), staged.ToString());
        Assert.That(staged.Files.Select(f => f.GetProperty("path").GetString()), Is.EquivalentTo(new[] { "src/App/Orders.cs" }));

        var everything = CheckJson.Run(repo);
        Assert.That(everything.Decision, Is.EqualTo("ask"), everything.ToString());
    }

    [Test]
    public void BaseChecksEverythingSinceTheRevision()
    {
        using var repo = Repositories.WithApp();
        repo.Git("checkout", "-q", "-b", "feature");
        repo.Replace("src/App/Maintenance.cs", "File.Delete(path);", "Directory.Delete(path, true);").Commit("risky");
        repo.Write("docs/notes.md", "notes\n").Commit("docs");

        var sinceMain = CheckJson.Run(repo, "--base", "main");
        Assert.That(sinceMain.Result.ExitCode, Is.EqualTo(1), sinceMain.ToString());
        Assert.That(sinceMain.Root.GetProperty("mode").GetString(), Is.EqualTo("base"));
        Assert.That(sinceMain.RuleIds, Does.Contain("AM1002").And.Contain("AMG001"));

        var uncommitted = CheckJson.Run(repo);
        Assert.That(uncommitted.Result.ExitCode, Is.Zero, "nothing uncommitted");
        Assert.That(uncommitted.Files, Is.Empty);
    }

    [Test]
    public void DocsOnlyChangeIsAllowed()
    {
        using var repo = Repositories.WithApp();
        repo.Write("README.md", "# App\n\nHow to run it.\n").Write("docs/design.md", "# Design\n");

        var json = CheckJson.Run(repo);

        Assert.That(json.Result.ExitCode, Is.Zero, json.ToString());
        Assert.That(json.Risk, Is.EqualTo("low"));
        Assert.That(json.RuleIds.Distinct(), Is.EquivalentTo(new[] { "AMG001" }));
    }

    [Test]
    public void RepositoryWithoutCommitsChecksEveryFileAsAdded()
    {
        using var repo = new TempRepository();
        repo.Write("notes.md", "hello\n");

        var json = CheckJson.Run(repo);

        Assert.That(json.Decision, Is.EqualTo("allow"), json.ToString());
        Assert.That(json.File("notes.md").GetProperty("change").GetString(), Is.EqualTo("added"));
    }
}
