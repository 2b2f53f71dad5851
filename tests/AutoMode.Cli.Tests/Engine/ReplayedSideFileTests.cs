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
    [TestCase(".devcontainer/devcontainer.json", FileKinds.DevEnvironment)]
    [TestCase(".devcontainer.json", FileKinds.DevEnvironment)]
    [TestCase("src/devcontainer.json", FileKinds.Other)]
    [TestCase("Dapper.sln.old", FileKinds.Backup)]
    [TestCase("src/App/App.csproj.bak", FileKinds.Backup)]
    [TestCase("src/App/notes.old", FileKinds.Other)]
    [TestCase("thirdparty/Minio/licensedata.json", FileKinds.Documentation)] // duplicati 9f73e122aa, 8b96a20911
    [TestCase("thirdparty/Minio/Homepage.txt", FileKinds.Documentation)]
    [TestCase("ThirdPartyNotices.txt", FileKinds.Documentation)]
    [TestCase("src/App/notes.txt", FileKinds.Other)]
    [TestCase("src/App/data.json", FileKinds.Other)]
    public void KindByPath(string path, string kind) => Assert.That(FileKinds.Of(path), Is.EqualTo(kind));

    [Test]
    public void SolutionFileIsLow()
    {
        var finding = SideFiles.Classify(File("Dapper.slnx", "<Solution />\n", "<Solution><Project Path=\"a.csproj\" /></Solution>\n"), FileKinds.Solution, LineChanges.Compute("a", "b"), DependencyRules.Default).Single();
        Assert.That((finding.RuleId, finding.Risk), Is.EqualTo((GateRules.SolutionChange.Id, RiskLevel.Low)));
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

    /// <summary>RestSharp 9b2fe0a054: the dev container's post-create command names the renamed solution; a host mount, a privileged run or a host command is not the same.</summary>
    [TestCase("\"postCreateCommand\": \"dotnet restore RestSharp.slnx && dotnet test RestSharp.slnx\",", "AMG006", RiskLevel.Low)]
    [TestCase("\"features\": { \"ghcr.io/devcontainers/features/node:1\": {} },", "AMG006", RiskLevel.Low)]
    [TestCase("\"mounts\": [ \"source=${localEnv:HOME}/.ssh,target=/root/.ssh,type=bind\" ],", "AMG607", RiskLevel.Medium)]
    [TestCase("\"runArgs\": [ \"--privileged\" ],", "AMG607", RiskLevel.Medium)]
    [TestCase("\"runArgs\": [ \"-v\", \"/var/run/docker.sock:/var/run/docker.sock\" ],", "AMG607", RiskLevel.Medium)]
    [TestCase("\"initializeCommand\": \"./scripts/host-setup.sh\",", "AMG607", RiskLevel.Medium)]
    [TestCase("\"containerEnv\": { \"GITHUB_TOKEN\": \"${localEnv:GITHUB_TOKEN}\" },", "AMG607", RiskLevel.Medium)]
    public void DevContainerIsLowUnlessItReachesTheHost(string added, string rule, RiskLevel risk)
    {
        const string before = "{\n\t\"name\": \"RestSharp\",\n\t\"postCreateCommand\": \"dotnet restore RestSharp.sln && dotnet test RestSharp.sln\",\n\t\"build\": { \"dockerfile\": \"Dockerfile\" }\n}\n";
        var after = before.Replace("\t\"postCreateCommand\": \"dotnet restore RestSharp.sln && dotnet test RestSharp.sln\",", "\t" + added);
        var finding = SideFiles.Classify(File(".devcontainer/devcontainer.json", before, after), FileKinds.DevEnvironment, LineChanges.Compute(before, after), DependencyRules.Default).Single();
        Assert.That((finding.RuleId, finding.Risk), Is.EqualTo((rule, risk)), finding.Message);
    }

    /// <summary>Dapper 953f371805: the old solution is kept as Dapper.sln.old; a secret in a backup copy is still a secret.</summary>
    [Test]
    public void BackupCopyIsLowButNotASecretHidingPlace()
    {
        var copy = SideFiles.Classify(File("Dapper.sln.old", "", "Microsoft Visual Studio Solution File, Format Version 12.00\n"), FileKinds.Backup, LineChanges.Compute("", "Microsoft Visual Studio Solution File, Format Version 12.00\n"), DependencyRules.Default).Single();
        const string secret = "{ \"ConnectionStrings\": { \"Db\": \"Server=prod.example.com;User Id=sa;Password=Zq8#xLp2!vR7\" } }\n";
        var leaked = SideFiles.Classify(File("src/App/appsettings.Production.json.bak", "", secret), FileKinds.Backup, LineChanges.Compute("", secret), DependencyRules.Default).First();
        Assert.That((copy.RuleId, copy.Risk, leaked.Risk), Is.EqualTo((GateRules.BackupCopyChange.Id, RiskLevel.Low, RiskLevel.Critical)));
    }

    /// <summary>
    /// GitVersion 2269f61726 (a central version for a test-only package) and corpus files/dependencies 009, 034, 040,
    /// 041, 043: a package only given a central version, or added to a test project, is Low; referenced by shipped code,
    /// or by every project (GlobalPackageReference), it is Medium.
    /// </summary>
    [Test]
    public void NewPackageByWhereItIsReferenced()
    {
        const string central = "<Project><ItemGroup>\n<PackageVersion Include=\"NUnit\" Version=\"4.2.2\" />\n</ItemGroup></Project>";
        var versionOnly = central.Replace("</ItemGroup>", "<PackageVersion Include=\"NuGet.Frameworks\" Version=\"7.9.0\" />\n</ItemGroup>");
        var global = central.Replace("</ItemGroup>", "<GlobalPackageReference Include=\"ReferenceTrimmer\" Version=\"3.5.7\" />\n</ItemGroup>");
        const string project = "<Project Sdk=\"Microsoft.NET.Sdk\"><ItemGroup>\n<PackageReference Include=\"Serilog\" />\n</ItemGroup></Project>";
        var referenced = project.Replace("</ItemGroup>", "<PackageReference Include=\"SharpCompress\" />\n</ItemGroup>");
        var testProject = project.Replace("\"Serilog\"", "\"xunit\"");
        var testReferenced = testProject.Replace("</ItemGroup>", "<PackageReference Include=\"Microsoft.AspNetCore.Mvc.Testing\" />\n</ItemGroup>");
        Assert.Multiple(() =>
        {
            Assert.That(Risks("Directory.Packages.props", central, versionOnly), Is.EqualTo(new[] { ("AMG805", RiskLevel.Low) }));
            Assert.That(Risks("Directory.Packages.props", central, global), Is.EqualTo(new[] { ("AMG805", RiskLevel.Medium) }), "a global reference reaches every project");
            Assert.That(Risks("src/App/App.csproj", project, referenced), Is.EqualTo(new[] { ("AMG805", RiskLevel.Medium) }), "shipped code");
            Assert.That(Risks("test/Icons.Test/Icons.Test.csproj", project, referenced), Is.EqualTo(new[] { ("AMG805", RiskLevel.Low) }), "named as a test project");
            Assert.That(Risks("test/Icons/Icons.csproj", testProject, testReferenced), Is.EqualTo(new[] { ("AMG805", RiskLevel.Low) }), "references a test framework");
        });
    }

    private static (string, RiskLevel)[] Risks(string path, string before, string after) =>
        DependencyClassifier.Classify(File(path, before, after), DependencyRules.Default).Select(f => (f.RuleId, f.Risk)).ToArray();

    private static ChangedFile File(string path, string before, string after) => new(path, ChangeKind.Modified, null, before, after, false);
}
