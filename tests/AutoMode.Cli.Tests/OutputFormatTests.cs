using System.Text.Json;
using AutoMode.Cli.Tests.Infrastructure;
using NJsonSchema;

namespace AutoMode.Cli.Tests;

/// <summary>The formats: SARIF 2.1.0 (validated against the OASIS schema), Markdown, text in 80 columns, --output.</summary>
public class OutputFormatTests
{
    private static readonly Lazy<JsonSchema> Sarif = new(() =>
        JsonSchema.FromJsonAsync(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Schemas", "sarif-2.1.0-rtm.5.json"))).GetAwaiter().GetResult());

    [Test]
    public void CheckSarifIsValidSarif210()
    {
        using var repo = Repositories.WithApp();
        repo.Replace("src/App/Maintenance.cs", "File.Delete(path);", "Directory.Delete(path, true);").Write("docs/x.md", "x\n").Write(".github/workflows/ci.yml", "on: push\n");

        var result = repo.Check("--format", "sarif");

        Assert.That(result.ExitCode, Is.EqualTo(1), result.ToString());
        AssertValidSarif(result.Stdout);
        using var document = JsonDocument.Parse(result.Stdout);
        var run = document.RootElement.GetProperty("runs")[0];
        var results = run.GetProperty("results").EnumerateArray().ToList();
        var delete = results.Single(r => r.GetProperty("ruleId").GetString() == "AM1002");
        Assert.That(delete.GetProperty("level").GetString(), Is.EqualTo("error"));
        var location = delete.GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.That(location.GetProperty("artifactLocation").GetProperty("uri").GetString(), Is.EqualTo("src/App/Maintenance.cs"));
        Assert.That(location.GetProperty("region").GetProperty("startLine").GetInt32(), Is.EqualTo(12));
        Assert.That(run.GetProperty("properties").GetProperty("automode.decision").GetString(), Is.EqualTo("ask"));
        Assert.That(run.GetProperty("properties").GetProperty("automode.risk").GetString(), Is.EqualTo("Critical"));
        var custom = delete.GetProperty("properties").GetProperty("customProperties");
        Assert.That(custom.GetProperty("automode.risk").GetString(), Is.EqualTo("Critical"));
        Assert.That(custom.GetProperty("automode.category").GetString(), Is.EqualTo("DestructiveIO"));
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("id").GetString());
        Assert.That(rules, Is.EquivalentTo(new[] { "AM1002", "AMG501", "AMG001" }));
    }

    /// <summary>One vocabulary: the build's SARIF (the compiler's ErrorLog, with the analyzers) and the gate's carry the same properties.</summary>
    [Test]
    public void CheckSarif_CarriesTheBuildsSarifProperties_UnderTheSameNamesAndValues()
    {
        var configuration = Path.GetFileName(Path.GetDirectoryName(Path.GetDirectoryName(CliRunner.Executable)))!;
        var analyzer = Path.Combine(CliRunner.RepositoryRoot, "src", "AutoMode.Analyzers", "bin", configuration, "netstandard2.0", "AutoMode.Analyzers.dll");
        Assert.That(File.Exists(analyzer), Is.True, analyzer);
        using var repo = Repositories.WithApp();
        repo.Replace("src/App/App.csproj", "</Project>", $"  <ItemGroup><Analyzer Include=\"{analyzer}\" /></ItemGroup>\n</Project>")
            .Write(".gitignore", "bin/\nobj/\n*.sarif\n")
            .Commit("analyzers in the build");
        repo.Replace("src/App/Maintenance.cs", "File.Delete(path);", "Directory.Delete(path, true);");
        var log = repo.PathOf("build.sarif");

        var build = Dotnet(repo.PathOf("src/App"), "build", "-p:ErrorLog=" + log + "%2Cversion=2.1", "-p:TreatWarningsAsErrors=false", "-nologo");
        var check = repo.Check("--format", "sarif", "--no-audit");

        Assert.That(File.Exists(log), Is.True, build);
        var fromBuild = CustomProperties(File.ReadAllText(log), "AM1002");
        var fromCheck = CustomProperties(check.Stdout, "AM1002");
        Assert.That(fromBuild["automode.risk"], Is.EqualTo("Critical"));
        Assert.That(fromBuild.Where(p => p.Key.StartsWith("automode.", StringComparison.Ordinal)), Is.SubsetOf(fromCheck), "every automode.* property of the build's SARIF, with the same value");
    }

    [Test]
    public void ScanSarifIsValidSarif210()
    {
        var result = CliRunner.Run(CliRunner.RepositoryRoot, "scan", "samples/CleanupTool", "--format", "sarif", "--quiet");

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        AssertValidSarif(result.Stdout);
    }

    [Test]
    public void MarkdownIsAPullRequestComment()
    {
        using var repo = Repositories.WithApp();
        repo.Replace("src/App/Maintenance.cs", "File.Delete(path);", "Directory.Delete(path, true);");

        var result = repo.Check("--format", "markdown");

        Assert.That(result.ExitCode, Is.EqualTo(1), result.ToString());
        Assert.That(result.Stdout, Does.StartWith("## AutoMode: ✋ ask — risk Critical"));
        Assert.That(result.Stdout, Does.Contain("| [AM1002](https://github.com/automode/AutoMode.Analyzers/blob/main/docs/rules/AM1002.md) | Critical | DestructiveIO | `src/App/Maintenance.cs:12` |"));
    }

    [Test]
    public void TextIsReadableIn80Columns()
    {
        using var repo = Repositories.WithApp();
        repo.Replace("src/App/Maintenance.cs", "File.Delete(path);", "Directory.Delete(path, true);").Write("README.md", "more\n");

        var result = repo.Check();

        Assert.That(result.ExitCode, Is.EqualTo(1), result.ToString());
        Assert.That(result.Stdout, Does.Contain("Decision: ASK (exit 1)").And.Contain("AM1002").And.Contain("decided by automode.auto_approve_max_risk = low (default)"));
        Assert.That(result.Stdout.Split('\n').Where(l => l.Length > 80), Is.Empty, result.Stdout);
        Assert.That(result.Stdout, Does.Not.Contain("\u001b["), "no colour codes when the output is redirected");
    }

    [Test]
    public void OutputOptionWritesTheReportToAFile()
    {
        using var repo = Repositories.WithApp();
        repo.Write("docs/a.md", "a\n");
        var file = Path.Combine(repo.Root, "..", Path.GetFileName(repo.Root) + ".sarif");

        var result = repo.Check("--format", "sarif", "--output", file);

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(result.Stdout, Is.Empty);
        AssertValidSarif(File.ReadAllText(file));
        File.Delete(file);
    }

    private static Dictionary<string, string> CustomProperties(string sarif, string ruleId)
    {
        using var document = JsonDocument.Parse(sarif);
        var result = document.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().First(r => r.GetProperty("ruleId").GetString() == ruleId);
        return result.GetProperty("properties").GetProperty("customProperties").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!);
    }

    private static string Dotnet(string directory, params string[] args)
    {
        var start = new System.Diagnostics.ProcessStartInfo("dotnet") { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = System.Diagnostics.Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return output.Result + error.Result;
    }

    private static void AssertValidSarif(string text)
    {
        var errors = Sarif.Value.Validate(text);
        Assert.That(errors.Select(e => $"{e.Path}: {e.Kind}"), Is.Empty, text);
        using var document = JsonDocument.Parse(text);
        Assert.That(document.RootElement.GetProperty("version").GetString(), Is.EqualTo("2.1.0"));
    }
}
