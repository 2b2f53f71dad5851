using AutoMode.Gate.Classification;
using AutoMode.Gate.Git;
using AutoMode.Gate.Model;

namespace AutoMode.Cli.Tests.Engine;

/// <summary>
/// Side files that stopped safe commits of the labeled replay (issues 20/21: Dapper, RestSharp, GitVersion), each
/// minimized, beside the risky look-alike that must still stop.
/// </summary>
public class ReplayedSideFileTests
{
    [TestCase("Dapper/PublicAPI.Unshipped.txt", FileKinds.Documentation)]
    [TestCase("Dapper/PublicAPI/net8.0/PublicAPI.Shipped.txt", FileKinds.Documentation)]
    [TestCase("schemas/7.0/GitVersion.configuration.json", FileKinds.Documentation)]
    [TestCase("src/app.schema.json", FileKinds.Documentation)]
    [TestCase("Dapper.slnx", FileKinds.Solution)]
    [TestCase("RestSharp.sln", FileKinds.Solution)]
    [TestCase("src/.run/cli (managed).run.xml", FileKinds.EditorSettings)]
    [TestCase(".github/actionlint.yaml", FileKinds.EditorSettings)]
    [TestCase("appveyor.yml", FileKinds.Infrastructure)]
    [TestCase("docs/CNAME", FileKinds.Infrastructure)] // the published site's domain, not documentation
    [TestCase("src/App/notes.txt", FileKinds.Other)]
    [TestCase("src/App/data.json", FileKinds.Other)]
    public void KindByPath(string path, string kind) => Assert.That(FileKinds.Of(path), Is.EqualTo(kind));

    [Test]
    public void SolutionFileIsLow()
    {
        var finding = SideFiles.Classify(File("Dapper.slnx", "<Solution />\n", "<Solution><Project Path=\"a.csproj\" /></Solution>\n"), FileKinds.Solution, LineChanges.Compute("a", "b"), DependencyRules.Default).Single();
        Assert.That((finding.RuleId, finding.Risk), Is.EqualTo((GateRules.SolutionChange.Id, RiskLevel.Low)));
    }

    /// <summary>GitVersion 35b3f22d75 (dependabot): a pinned action's patch update is Low; a minor update, a tag-only major and any other edit stay High.</summary>
    [Test]
    public void WorkflowActionPatchBumpsOnly()
    {
        const string before = "jobs:\n  lint:\n    steps:\n      - name: Run actionlint\n        uses: reviewdog/action-actionlint@d63ba7532e0942965320cd8d73cbae4c7b3c5283 # v1.73.1\n        with:\n          reporter: github-check\n";
        var patch = before.Replace("d63ba7532e0942965320cd8d73cbae4c7b3c5283 # v1.73.1", "dbe5299849118fd6f099ba563d263d770955a64a # v1.73.2");
        var minor = before.Replace("d63ba7532e0942965320cd8d73cbae4c7b3c5283 # v1.73.1", "dbe5299849118fd6f099ba563d263d770955a64a # v1.74.0");
        var other = patch.Replace("reporter: github-check", "reporter: github-pr-review");
        var tags = "steps:\n  - uses: actions/checkout@v5\n";
        var found = ActionVersionBumps.PatchesOnly(File(".github/workflows/actionlint.yml", before, patch));
        Assert.Multiple(() =>
        {
            Assert.That(found?.Select(f => (f.RuleId, f.Risk, f.Line)), Is.EqualTo(new[] { (GateRules.PatchBump.Id, RiskLevel.Low, 5) }));
            Assert.That(found![0].Message, Does.Contain("the action 'reviewdog/action-actionlint' update 1.73.1 → 1.73.2"));
            Assert.That(ActionVersionBumps.PatchesOnly(File(".github/workflows/actionlint.yml", before, minor)), Is.Null, "a minor update of an action stays High");
            Assert.That(ActionVersionBumps.PatchesOnly(File(".github/workflows/actionlint.yml", before, other)), Is.Null, "another changed line stays High");
            Assert.That(ActionVersionBumps.PatchesOnly(File(".github/workflows/ci.yml", tags, tags.Replace("@v5", "@v6"))), Is.Null, "a major tag stays High");
            Assert.That(ActionVersionBumps.PatchesOnly(File(".github/workflows/ci.yml", tags, tags.Replace("actions/checkout@v5", "evil/checkout@v5.0.1"))), Is.Null, "another action is not a bump");
        });
    }

    /// <summary>GitVersion 2269f61726, RestSharp be9c8fe0e6, Dapper 72a54c475f (minimized).</summary>
    [Test]
    public void AddedAndRemovedPackagesByWhereTheyRun()
    {
        const string props = "<Project><ItemGroup><PackageVersion Include=\"Moq\" Version=\"4.20.72\" /></ItemGroup></Project>";
        var declared = props.Replace("</ItemGroup>", "<PackageVersion Include=\"NuGet.Frameworks\" Version=\"7.9.0\" /></ItemGroup>");
        var global = props.Replace("</ItemGroup>", "<GlobalPackageReference Include=\"ReferenceTrimmer\" Version=\"3.5.7\" /></ItemGroup>");
        const string project = "<Project><ItemGroup><PackageReference Include=\"Moq\" /></ItemGroup></Project>";
        var referenced = project.Replace("</ItemGroup>", "<PackageReference Include=\"NuGet.Frameworks\" /></ItemGroup>");
        var jwt = project.Replace("Moq", "Microsoft.AspNetCore.Authentication.JwtBearer");
        Assert.Multiple(() =>
        {
            Assert.That(Risks("src/Directory.Packages.props", props, declared), Is.EqualTo(new[] { ("AMG805", RiskLevel.Low) }), "a central version alone references nothing");
            Assert.That(Risks("src/Directory.Packages.props", props, global), Is.EqualTo(new[] { ("AMG805", RiskLevel.Medium) }), "a global reference runs in every project's build");
            Assert.That(Risks("src/GitVersion.MsBuild.Tests/GitVersion.MsBuild.Tests.csproj", project, referenced), Is.EqualTo(new[] { ("AMG805", RiskLevel.Low) }), "a test project's package runs in its tests");
            Assert.That(Risks("src/GitVersion.MsBuild/GitVersion.MsBuild.csproj", project, referenced), Is.EqualTo(new[] { ("AMG805", RiskLevel.Medium) }), "a shipped project's new package ships");
            Assert.That(Risks("benchmarks/Bench/Bench.csproj", referenced, project), Is.EqualTo(new[] { ("AMG806", RiskLevel.Low) }), "a removed package runs nothing new");
            Assert.That(Risks("src/Api/Api.csproj", jwt, "<Project><ItemGroup /></Project>"), Is.EqualTo(new[] { ("AMG806", RiskLevel.Medium) }), "a removed security-sensitive package may take a protection with it");
        });
    }

    /// <summary>RestSharp e1409094ee and fef121c381: a README packed into the NuGet package is package documentation.</summary>
    [Test]
    public void PackedReadmeIsDocumentationOnly()
    {
        const string before = "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup><TargetFramework>net8.0</TargetFramework></PropertyGroup></Project>";
        var attribute = before.Replace("</Project>", "<ItemGroup><None Include=\"README.md\" Pack=\"true\" PackagePath=\"\\\" /></ItemGroup></Project>");
        var elements = before.Replace("</Project>", "<ItemGroup><None Update=\"README.md\"><Pack>true</Pack><PackagePath>/</PackagePath></None></ItemGroup></Project>");
        var script = before.Replace("</Project>", "<ItemGroup><None Include=\"install.ps1\" Pack=\"true\" PackagePath=\"tools\" /></ItemGroup></Project>");
        var copied = before.Replace("</Project>", "<ItemGroup><None Include=\"README.md\" CopyToOutputDirectory=\"Always\" /></ItemGroup></Project>");
        Assert.Multiple(() =>
        {
            Assert.That(Risks("src/Di/Di.csproj", before, attribute), Is.EqualTo(new[] { ("AMG809", RiskLevel.Low) }));
            Assert.That(Risks("src/Di/Di.csproj", before, elements), Is.EqualTo(new[] { ("AMG809", RiskLevel.Low) }));
            Assert.That(Risks("src/Di/Di.csproj", before, script), Is.EqualTo(new[] { ("AMG808", RiskLevel.Medium) }), "a packed script runs on install");
            Assert.That(Risks("src/Di/Di.csproj", before, copied), Is.EqualTo(new[] { ("AMG808", RiskLevel.Medium) }), "other item metadata is a build change");
        });
    }

    /// <summary>Dapper 2a8faab235: global.json gains its final newline; a roll-forward change stays Medium.</summary>
    [Test]
    public void SdkPinWhitespaceOnlyIsLow()
    {
        const string before = "{\n  \"sdk\": {\n    \"version\": \"10.0.100\",\n    \"rollForward\": \"latestMajor\"\n  }\n}";
        var newline = SideFiles.Classify(File("global.json", before, before + "\n"), FileKinds.SdkPin, LineChanges.Compute(before, before + "\n"), DependencyRules.Default).Single();
        var rollForward = before.Replace("latestMajor", "latestFeature");
        var settings = SideFiles.Classify(File("global.json", before, rollForward), FileKinds.SdkPin, LineChanges.Compute(before, rollForward), DependencyRules.Default).Single();
        Assert.That((newline.Risk, settings.Risk), Is.EqualTo((RiskLevel.Low, RiskLevel.Medium)));
    }

    private static (string, RiskLevel)[] Risks(string path, string before, string after) =>
        DependencyClassifier.Classify(File(path, before, after), DependencyRules.Default).Select(f => (f.RuleId, f.Risk)).ToArray();

    private static ChangedFile File(string path, string before, string after) => new(path, ChangeKind.Modified, null, before, after, false);
}
