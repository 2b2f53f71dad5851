using System.Text.Json;
using AutoMode.Cli.Tests.Infrastructure;

namespace AutoMode.Cli.Tests;

/// <summary>
/// `scan` and `check` restore what is not restored, as `dotnet build` does (`--no-restore` skips it); a partial restore
/// is a note on its project and what did restore is analyzed; the hook never restores but says so in its reason.
/// The package (Dapper 2.1.66) is one the tests' own restore already put in the NuGet cache.
/// </summary>
public class RestoreTests
{
    private const string DapperProject = """
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup><TargetFramework>net10.0</TargetFramework><ImplicitUsings>enable</ImplicitUsings></PropertyGroup>
          <ItemGroup>
            <PackageReference Include="Dapper" Version="2.1.66" />
          </ItemGroup>
        </Project>
        """;

    private const string Repository = """
        using System.Data;
        using Dapper;

        namespace Data;

        public static class Tables
        {
            public static int DropCustomers(IDbConnection connection) => connection.Execute("DROP TABLE Customers");
        }
        """;

    [Test]
    public void Scan_RestoresAnUnrestoredProject_SoThatRulesSeeItsPackages()
    {
        using var folder = new TempRepository(init: false);
        folder.Write("Data/Data.csproj", DapperProject).Write("Data/Tables.cs", Repository);

        var report = Scan(folder, ".");

        Assert.That(File.Exists(folder.PathOf("Data/obj/project.assets.json")), Is.True, "restored as dotnet build would");
        Assert.That(RuleIds(report), Does.Contain("AM2011"), "Dapper's Execute is seen once restored");
        Assert.That(Notes(report), Has.Some.StartsWith("restore: restored 1 of the 1 projects"));
    }

    [Test]
    public void Scan_FindsTheRestoreOfAnArtifactsLayout_AndDoesNotRestoreAgain()
    {
        using var folder = new TempRepository(init: false);
        folder.Write("Directory.Build.props", "<Project><PropertyGroup><UseArtifactsOutput>true</UseArtifactsOutput></PropertyGroup></Project>\n")
            .Write("src/Data/Data.csproj", DapperProject)
            .Write("src/Data/Tables.cs", Repository);

        var first = Scan(folder, ".");
        var second = Scan(folder, ".");

        Assert.That(File.Exists(folder.PathOf("artifacts/obj/Data/project.assets.json")), Is.True);
        Assert.That(Notes(first), Has.Some.StartsWith("restore: restored 1 of the 1 projects"));
        Assert.That(Notes(second), Has.None.StartsWith("restore:"), "restored already: nothing to do");
        Assert.That(RuleIds(second), Does.Contain("AM2011"));
    }

    /// <summary>duplicati has two Duplicati.Agent.csproj; one solution cannot list both.</summary>
    [Test]
    public void Scan_RestoresTwoProjectsOfTheSameName()
    {
        using var folder = new TempRepository(init: false);
        folder.Write("a/Agent/Agent.csproj", DapperProject).Write("a/Agent/Tables.cs", Repository)
            .Write("b/Agent/Agent.csproj", DapperProject).Write("b/Agent/Tables.cs", Repository.Replace("namespace Data;", "namespace Data2;", StringComparison.Ordinal));

        var report = Scan(folder, ".");

        Assert.That(Notes(report), Has.Some.StartsWith("restore: restored 2 of the 2 projects"));
        Assert.That(Notes(report), Has.None.Contains("MSB4025"));
        Assert.That(RuleIds(report).Count(id => id == "AM2011"), Is.EqualTo(2));
    }

    [Test]
    public void Scan_WithNoRestore_LeavesTheProjectUnrestored_AndNamesTheFamiliesThatCannotSeeTheirTypes()
    {
        using var folder = new TempRepository(init: false);
        folder.Write("Data/Data.csproj", DapperProject).Write("Data/Tables.cs", Repository);

        var report = Scan(folder, ".", "--no-restore");

        Assert.That(Directory.Exists(folder.PathOf("Data/obj")), Is.False, "nothing restored");
        Assert.That(RuleIds(report), Does.Not.Contain("AM2011"));
        Assert.That(Notes(report), Has.Some.Contains("Data/Data.csproj: not restored").And.Contains("raw SQL (AM2xxx: Dapper)"));
    }

    [Test]
    public void Scan_PartialRestore_IsANoteOnItsProject_AndWhatDidRestoreIsAnalyzed()
    {
        using var folder = new TempRepository(init: false);
        folder.Write("Data/Data.csproj", DapperProject.Replace(
                "<PackageReference Include=\"Dapper\" Version=\"2.1.66\" />",
                "<PackageReference Include=\"Dapper\" Version=\"2.1.66\" /><PackageReference Include=\"Contoso.NoSuchPackage.ForAutoModeTests\" Version=\"1.0.0\" />",
                StringComparison.Ordinal))
            .Write("Data/Tables.cs", Repository)
            .Write("Plain/Plain.csproj", TempRepository.MinimalProject)
            .Write("Plain/Wipe.cs", "public static class Wipe { public static void Run(string d) => Directory.Delete(d, recursive: true); }\n");

        var report = Scan(folder, ".");

        Assert.That(RuleIds(report), Does.Contain("AM2011").And.Contain("AM1002"), "Dapper restored; the other project too");
        Assert.That(Notes(report), Has.Some.Contains("Data/Data.csproj: restore incomplete").And.Contains("NU1101").And.Contains("Contoso.NoSuchPackage.ForAutoModeTests"));
        Assert.That(Notes(report), Has.None.Contains("Plain/Plain.csproj: restore incomplete"));
    }

    [Test]
    public void Check_RestoresTheProjectsOfTheChange_AndNoRestoreSkipsIt()
    {
        using var repository = new TempRepository();
        repository.Write("Data/Data.csproj", DapperProject)
            .Write("Data/Tables.cs", "namespace Data;\n\npublic static class Tables\n{\n}\n")
            .Write(".gitignore", "obj/\nbin/\n")
            .Commit("initial");
        repository.Write("Data/Tables.cs", Repository);

        var unrestored = CheckJson.Run(repository, "--no-restore", "--no-audit");
        Assert.That(unrestored.RuleIds, Does.Not.Contain("AM2011"));
        Assert.That(CheckNotes(unrestored), Has.Some.Contains("not restored").And.Contains("Dapper"));
        Assert.That(Directory.Exists(repository.PathOf("Data/obj")), Is.False);

        var restored = CheckJson.Run(repository, "--no-audit");
        Assert.That(restored.RuleIds, Does.Contain("AM2011"), restored.ToString());
        Assert.That(CheckNotes(restored), Has.Some.StartsWith("restore: restored 1 of the 1 projects"));
    }

    [Test]
    public void Hook_NeverRestores_ButSaysInItsReasonThatTheProjectIsNotRestored()
    {
        using var repository = new TempRepository();
        repository.Write("Data/Data.csproj", DapperProject)
            .Write("Data/Tables.cs", "namespace Data;\n\npublic static class Tables\n{\n}\n")
            .Commit("initial");

        var answer = HookRunner.Run(repository, HookRunner.Write(repository, "Data/Tables.cs", Repository), "--no-audit", "--timeout", "120");

        Assert.That(Directory.Exists(repository.PathOf("Data/obj")), Is.False, "the hook stays fast: no restore");
        Assert.That(answer.Reason, Does.Contain("Note: Data/Data.csproj: not restored").And.Contain("raw SQL (AM2xxx: Dapper)"), answer.ToString());
    }

    private static JsonElement Scan(TempRepository folder, params string[] args)
    {
        var result = CliRunner.Run(folder.Root, new[] { "scan" }.Concat(args).Concat(new[] { "--format", "json", "--quiet" }).ToArray());
        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        using var document = JsonDocument.Parse(result.Stdout);
        return document.RootElement.Clone();
    }

    private static List<string> RuleIds(JsonElement report) => report.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("ruleId").GetString()!).ToList();

    private static List<string> Notes(JsonElement report) => report.GetProperty("notes").EnumerateArray().Select(n => n.GetString()!).ToList();

    private static List<string> CheckNotes(CheckJson check) => check.Root.GetProperty("notes").EnumerateArray().Select(n => n.GetString()!).ToList();
}
