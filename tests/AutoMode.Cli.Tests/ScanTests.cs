using System.Text.Json;
using AutoMode.Cli.Tests.Infrastructure;

namespace AutoMode.Cli.Tests;

/// <summary>`automode scan`: every finding in a project or folder, with a summary per category and risk.</summary>
public class ScanTests
{
    [Test]
    public void ScansTheSampleProject()
    {
        var result = CliRunner.Run(CliRunner.RepositoryRoot, "scan", "samples/CleanupTool", "--format", "json");

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        using var document = JsonDocument.Parse(result.Stdout);
        var root = document.RootElement;
        var ids = root.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("ruleId").GetString());
        Assert.That(ids, Is.EquivalentTo(new[] { "AM1001", "AM1003", "AM1005", "AM3010", "AM4009", "AM4009", "AM5001" }), "Critical/ is compiled only with IncludeCritical=true, as MSBuild evaluates it");
        Assert.That(root.GetProperty("highestRisk").GetString(), Is.EqualTo("high"));
        var categories = root.GetProperty("summary").EnumerateArray().Select(s => s.GetProperty("category").GetString());
        Assert.That(categories, Is.EquivalentTo(new[] { "DestructiveIO", "Secrets", "SideEffects", "TypedRefactor" }));
        Assert.That(result.Stderr, Does.Contain("[1/1] samples/CleanupTool/CleanupTool.csproj"), "progress on standard error");
    }

    [Test]
    public void TextReportHasASummaryTable()
    {
        var result = CliRunner.Run(CliRunner.RepositoryRoot, "scan", "samples/CleanupTool", "--quiet");

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(result.Stdout, Does.Contain("Findings by category and risk").And.Contain("DestructiveIO").And.Contain("Highest risk: High"));
        Assert.That(result.Stderr, Is.Empty);
    }

    [Test]
    public void ScansABareFolderAgainstTheFrameworkWithImplicitUsings()
    {
        using var folder = new TempRepository(init: false);
        folder.Write("tools/wipe.cs", "public static class Wipe\n{\n    public static void Run(string dir) => Directory.Delete(dir, recursive: true);\n}\n")
            .Write("tools/broken.cs", "public class Broken : MissingBase { void M() { File.Delete(UnknownThing.Path); } }\n");

        var result = CliRunner.Run(folder.Root, "scan", ".", "--format", "json", "--quiet");

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        using var document = JsonDocument.Parse(result.Stdout);
        var findings = document.RootElement.GetProperty("findings").EnumerateArray().Select(f => (f.GetProperty("ruleId").GetString(), f.GetProperty("path").GetString())).ToList();
        Assert.That(findings, Does.Contain(("AM1002", "tools/wipe.cs")));
    }

    [Test]
    public void ScanOfAMissingPathIsAnError()
    {
        var result = CliRunner.Run(Path.GetTempPath(), "scan", "/no/such/place");

        Assert.That(result.ExitCode, Is.EqualTo(3), result.ToString());
        Assert.That(result.Stderr, Does.Contain("does not exist"));
    }
}
