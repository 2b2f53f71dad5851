using System.Diagnostics;
using System.Text.Json;
using AutoMode.Cli.Tests.Infrastructure;

namespace AutoMode.Cli.Tests;

/// <summary>
/// `automode scan` on real repositories' shapes (the real executable, temp folders): an MSBuild SDK that only a feed
/// could bring, a Compile item a build step generates, a link out of the scanned folder, an evaluation that hangs.
/// Every project ends up analyzed or named in a note with the reason; none waits for the network.
/// </summary>
public class ProjectLoadingTests
{
    private const string Wipe = "public static class Wipe { public static void Run(string d) => System.IO.Directory.Delete(d, recursive: true); }\n";

    [Test]
    public void ProjectWhoseSdkIsNotInTheLocalCaches_IsAnalyzedFromItsFolder_WithANoteNamingTheSdk()
    {
        using var folder = new TempRepository(init: false);
        folder.Write("global.json", """{ "msbuild-sdks": { "Contoso.Build.Sdk": "1.2.3" } }""")
            .Write("AppHost/AppHost.csproj", """
                <Project Sdk="Aspire.AppHost.Sdk/99.0.0">
                  <PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup>
                </Project>
                """)
            .Write("AppHost/Wipe.cs", Wipe)
            .Write("Tools/Tools.csproj", """<Project Sdk="Contoso.Build.Sdk"><PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup></Project>""")
            .Write("Tools/Wipe.cs", Wipe);

        var (report, elapsed) = Scan(folder.Root, ".");

        Assert.That(Findings(report), Does.Contain(("AM1002", "AppHost/Wipe.cs")).And.Contain(("AM1002", "Tools/Wipe.cs")), "both projects are analyzed");
        var notes = Notes(report);
        Assert.That(notes, Has.Some.Contains("AppHost/AppHost.csproj").And.Contains("Aspire.AppHost.Sdk/99.0.0").And.Contains("from its folder's .cs files"));
        Assert.That(notes, Has.Some.Contains("Tools/Tools.csproj").And.Contains("Contoso.Build.Sdk/1.2.3"), "the version pinned in global.json's msbuild-sdks");
        Assert.That(elapsed, Is.LessThan(TimeSpan.FromSeconds(60)), "no wait for a feed");
    }

    /// <summary>dotnet/efcore: global.json asks for an SDK this machine does not have (with an errorMessage).</summary>
    [Test]
    public void GlobalJsonAskingForAnSdkThatIsNotInstalled_EvaluatesWithTheNewestInstalledSdk_WithANote()
    {
        using var folder = new TempRepository(init: false);
        folder.Write("global.json", """{ "sdk": { "version": "99.0.100-preview.1", "allowPrerelease": true, "rollForward": "latestPatch", "errorMessage": "run ./restore.sh" } }""")
            .Write("src/Shop/Shop.csproj", """
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup><TargetFramework>net10.0</TargetFramework><DefineConstants>$(DefineConstants);SHOP</DefineConstants></PropertyGroup>
                </Project>
                """)
            .Write("src/Shop/Wipe.cs", "#if SHOP\n" + Wipe + "#endif\n");

        var (report, _) = Scan(folder.Root, ".");

        Assert.That(Findings(report), Does.Contain(("AM1002", "src/Shop/Wipe.cs")), "evaluated: DefineConstants applied");
        Assert.That(Notes(report), Has.Some.Contains("global.json asks for is not installed"));
        Assert.That(Notes(report), Has.None.Contains("MSBuild could not be loaded"));
    }

    [Test]
    public void SdkImportedByDirectoryBuildProps_ThatIsMissing_IsSkipped_AndTheProjectIsStillEvaluated()
    {
        using var folder = new TempRepository(init: false);
        folder.Write("global.json", """{ "msbuild-sdks": { "Contoso.Arcade.Sdk": "9.0.0-beta.1" } }""")
            .Write("Directory.Build.props", """<Project><Import Project="Sdk.props" Sdk="Contoso.Arcade.Sdk" /></Project>""")
            .Write("src/Shop/Shop.csproj", """
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup><TargetFramework>net10.0</TargetFramework><DefineConstants>$(DefineConstants);SHOP</DefineConstants></PropertyGroup>
                </Project>
                """)
            .Write("src/Shop/Wipe.cs", "#if SHOP\n" + Wipe + "#endif\n");

        var (report, _) = Scan(folder.Root, ".");

        Assert.That(Findings(report), Does.Contain(("AM1002", "src/Shop/Wipe.cs")), "DefineConstants from the evaluation: the project was evaluated, not read as a folder");
        Assert.That(Notes(report), Has.Some.Contains("Contoso.Arcade.Sdk/9.0.0-beta.1").And.Contains("Directory.Build.props").And.Contains("imports are skipped"));
    }

    /// <summary>bitwarden/server: &lt;Sdk Name="Bitwarden.Server.Sdk"/&gt; beside Microsoft.NET.Sdk, not obtainable here.</summary>
    [Test]
    public void AdditionalSdkElementThatIsMissing_IsSkipped_AndTheProjectIsStillEvaluated()
    {
        using var folder = new TempRepository(init: false);
        folder.Write("src/Core/Core.csproj", """
                <Project Sdk="Microsoft.NET.Sdk">
                  <Sdk Name="Contoso.Server.Sdk" Version="1.6.0" />
                  <PropertyGroup><TargetFramework>net10.0</TargetFramework><DefineConstants>$(DefineConstants);CORE</DefineConstants></PropertyGroup>
                </Project>
                """)
            .Write("src/Core/Wipe.cs", "#if CORE\n" + Wipe + "#endif\n");

        var (report, _) = Scan(folder.Root, ".");

        Assert.That(Findings(report), Does.Contain(("AM1002", "src/Core/Wipe.cs")), "evaluated: DefineConstants applied");
        Assert.That(Notes(report), Has.Some.Contains("Contoso.Server.Sdk/1.6.0").And.Contains("imports are skipped"));
        Assert.That(Notes(report), Has.None.Contains("from its folder's .cs files"));
    }

    [Test]
    public void CompileItemThatABuildStepGenerates_IsSkippedWithANote_TheRestOfTheProjectIsAnalyzed()
    {
        using var folder = new TempRepository(init: false);
        folder.Write("RustSdk/RustSdk.csproj", """
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup><TargetFramework>net10.0</TargetFramework><AllowUnsafeBlocks>true</AllowUnsafeBlocks></PropertyGroup>
                  <ItemGroup><Compile Include="NativeMethods.g.cs" /></ItemGroup>
                </Project>
                """)
            .Write("RustSdk/Wipe.cs", Wipe);

        var (report, _) = Scan(folder.Root, ".");

        Assert.That(Findings(report), Does.Contain(("AM1002", "RustSdk/Wipe.cs")));
        Assert.That(Notes(report), Has.Some.Contains("RustSdk/RustSdk.csproj").And.Contains("Compile item not found").And.Contains("NativeMethods.g.cs"));
        Assert.That(report.GetProperty("files").GetInt32(), Is.EqualTo(1));
    }

    [Test]
    public void LinksOutOfTheScannedFolder_AreNotFollowed()
    {
        using var outside = new TempRepository(init: false);
        outside.Write("Secret.cs", Wipe.Replace("Wipe", "Secret", StringComparison.Ordinal))
            .Write("more/Other.cs", Wipe.Replace("Wipe", "Other", StringComparison.Ordinal));
        using var folder = new TempRepository(init: false);
        folder.Write("App/App.csproj", TempRepository.MinimalProject)
            .Write("App/Wipe.cs", Wipe)
            .Write("Loose/Tool.cs", Wipe.Replace("Wipe", "Tool", StringComparison.Ordinal));
        File.CreateSymbolicLink(folder.PathOf("App/Secret.cs"), outside.PathOf("Secret.cs"));
        Directory.CreateSymbolicLink(folder.PathOf("App/more"), outside.PathOf("more"));
        Directory.CreateSymbolicLink(folder.PathOf("Loose/more"), outside.PathOf("more"));

        var (report, _) = Scan(folder.Root, ".");

        var paths = Findings(report).Select(f => f.Path).ToList();
        Assert.That(paths, Does.Contain("App/Wipe.cs").And.Contain("Loose/Tool.cs"));
        Assert.That(paths, Has.None.Contains("Secret").And.None.Contains("Other"), "nothing is read through a link to outside the scanned folder");
        Assert.That(Notes(report), Has.Some.Contains("Secret.cs").And.Contains("link to outside"));
        Assert.That(Notes(report), Has.Some.Contains("Loose/more").And.Contains("link to a folder"));
    }

    [Test]
    [Platform(Exclude = "Win", Reason = "a named pipe (mkfifo) makes the evaluation block")]
    public void EvaluationThatHangs_MissesItsDeadline_AndTheProjectIsAnalyzedFromItsFolder()
    {
        using var folder = new TempRepository(init: false);
        // Reading a FIFO that nobody writes blocks MSBuild's evaluation for good, as an unreachable feed would.
        const string Hanging = """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Blocked>$([System.IO.File]::ReadAllText('$(MSBuildThisFileDirectory)pipe'))</Blocked>
              </PropertyGroup>
            </Project>
            """;
        foreach (var name in new[] { "A", "B", "C" })
        {
            folder.Write($"{name}/{name}.csproj", Hanging).Write($"{name}/Wipe.cs", Wipe);
            MakeFifo(folder.PathOf($"{name}/pipe"));
        }

        var (report, elapsed) = Scan(folder.Root, ".", ("AUTOMODE_EVALUATION_TIMEOUT", "2"));

        Assert.That(Findings(report).Where(f => f.RuleId == "AM1002").Select(f => f.Path), Is.EquivalentTo(new[] { "A/Wipe.cs", "B/Wipe.cs", "C/Wipe.cs" }));
        var notes = Notes(report);
        Assert.That(notes.Count(n => n.Contains("did not finish within 2 s", StringComparison.Ordinal)), Is.EqualTo(2), string.Join("\n", notes));
        Assert.That(notes, Has.Some.Contains("C/C.csproj").And.Contains("no longer used"), "after two missed deadlines MSBuild is not waited for again");
        Assert.That(elapsed, Is.LessThan(TimeSpan.FromSeconds(60)));
    }

    private static (JsonElement Report, TimeSpan Elapsed) Scan(string directory, string path, params (string Name, string Value)[] environment)
    {
        var clock = Stopwatch.StartNew();
        var result = CliRunner.Run(directory, environment.ToDictionary(e => e.Name, e => e.Value), "scan", path, "--format", "json", "--quiet", "--no-restore");
        clock.Stop();
        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        using var document = JsonDocument.Parse(result.Stdout);
        return (document.RootElement.Clone(), clock.Elapsed);
    }

    private static List<(string RuleId, string Path)> Findings(JsonElement report) =>
        report.GetProperty("findings").EnumerateArray().Select(f => (f.GetProperty("ruleId").GetString()!, f.GetProperty("path").GetString()!)).ToList();

    private static List<string> Notes(JsonElement report) => report.GetProperty("notes").EnumerateArray().Select(n => n.GetString()!).ToList();

    private static void MakeFifo(string path)
    {
        using var process = Process.Start(new ProcessStartInfo("mkfifo", new[] { path }) { UseShellExecute = false })!;
        process.WaitForExit();
        Assert.That(process.ExitCode, Is.Zero, "mkfifo " + path);
    }
}
