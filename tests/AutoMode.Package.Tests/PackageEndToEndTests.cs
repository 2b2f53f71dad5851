using System.IO.Compression;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace AutoMode.Package.Tests;

/// <summary>
/// The product's promise, proven with the real package and a real `dotnet build`: a High-risk call is a warning and
/// the build passes; a Critical one fails the build; .editorconfig moves a rule's severity and the build follows.
/// </summary>
[NonParallelizable]
public class PackageEndToEndTests
{
    private const string HighRiskProgram = """
        using AutoMode;

        Cleanup.Run(args[0]);

        static class Cleanup
        {
            [Risk(RiskLevel.High, "removes a customer's exports")]
            public static void Run(string path) => File.Delete(path);
        }
        """;

    // Beside the Critical delete, a call of a method declared High (AM9003): File.Delete itself is AM1001, Medium (Info).
    private const string CriticalProgram = """
        using AutoMode;

        Directory.Delete(args[0], recursive: true);
        Cleanup.Run(args[1]);

        static class Cleanup
        {
            [Risk(RiskLevel.High, "removes a customer's exports")]
            public static void Run(string path) => File.Delete(path);
        }
        """;

    [Test]
    public void Package_HasTheDocumentedLayout()
    {
        using var zip = ZipFile.OpenRead(PackageFixture.Nupkg);
        var entries = zip.Entries.Select(e => e.FullName).ToList();
        Assert.That(entries, Does.Contain("analyzers/dotnet/cs/AutoMode.Analyzers.dll"));
        Assert.That(entries, Does.Contain("analyzers/dotnet/cs/AutoMode.CodeFixes.dll"));
        Assert.That(entries, Does.Contain("lib/netstandard2.0/AutoMode.Annotations.dll"));
        Assert.That(entries, Does.Contain("README.md"));
        Assert.That(entries.Where(e => e.EndsWith(".dll", StringComparison.Ordinal) && e.Contains("CodeAnalysis")), Is.Empty, "Roslyn must not be shipped inside the package");

        var nuspec = new StreamReader(zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open()).ReadToEnd();
        Assert.That(nuspec, Does.Contain("<license type=\"expression\">MIT</license>"));
        Assert.That(nuspec, Does.Contain("<repository type=\"git\""));
        Assert.That(nuspec, Does.Contain("<readme>README.md</readme>"));
    }

    [Test]
    public void AnalyzerAssembly_ReferencesRoslyn_4_8_0()
    {
        using var zip = ZipFile.OpenRead(PackageFixture.Nupkg);
        foreach (var name in new[] { "AutoMode.Analyzers.dll", "AutoMode.CodeFixes.dll" })
        {
            using var copy = new MemoryStream();
            zip.GetEntry("analyzers/dotnet/cs/" + name)!.Open().CopyTo(copy);
            copy.Position = 0;
            using var pe = new PEReader(copy);
            var metadata = pe.GetMetadataReader();
            var roslyn = metadata.AssemblyReferences
                .Select(h => metadata.GetAssemblyReference(h))
                .Where(r => metadata.GetString(r.Name).StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal))
                .Select(r => (Name: metadata.GetString(r.Name), r.Version))
                .ToList();
            if (name == "AutoMode.Analyzers.dll")
            {
                Assert.That(roslyn.Select(r => r.Name), Does.Contain("Microsoft.CodeAnalysis.CSharp"), name);
            }

            Assert.That(roslyn.Select(r => r.Version), Is.All.EqualTo(new Version(4, 8, 0, 0)), name + " must compile against Roslyn 4.8.0");
        }
    }

    [Test]
    public void HighRiskCall_IsAWarning_AndTheBuildPasses()
    {
        var result = ConsumerProject.Create("high", HighRiskProgram).Build();
        Assert.That(result.ExitCode, Is.EqualTo(0), result.Output);
        Assert.That(result.Output, Does.Contain("warning AM9003"));
        Assert.That(result.Output, Does.Not.Contain("error AM"));
    }

    [Test]
    public void CriticalRiskCall_FailsTheBuild()
    {
        var result = ConsumerProject.Create("critical", CriticalProgram).Build();
        Assert.That(result.ExitCode, Is.Not.EqualTo(0), result.Output);
        Assert.That(result.Output, Does.Contain("error AM1002"));
        Assert.That(result.Output, Does.Contain("warning AM9003"));
    }

    [Test]
    public void EditorConfig_LowersACriticalRule_AndTheBuildFollows()
    {
        var result = ConsumerProject.Create("lowered", CriticalProgram, "dotnet_diagnostic.AM1002.severity = warning\n").Build();
        Assert.That(result.ExitCode, Is.EqualTo(0), result.Output);
        Assert.That(result.Output, Does.Contain("warning AM1002"));
    }

    [Test]
    public void EditorConfig_RaisesAHighRule_AndTheBuildFollows()
    {
        var result = ConsumerProject.Create("raised", HighRiskProgram, "dotnet_diagnostic.AM9003.severity = error\n").Build();
        Assert.That(result.ExitCode, Is.Not.EqualTo(0), result.Output);
        Assert.That(result.Output, Does.Contain("error AM9003"));
    }

    [Test]
    public void EditorConfig_RuleOptionReachesTheAnalyzer()
    {
        var program = """File.Delete(Path.Combine(args[0], "ledger.csv"));""";
        var result = ConsumerProject.Create("option", program, "automode.io.protected_paths = ledger.csv\n").Build();
        Assert.That(result.ExitCode, Is.Not.EqualTo(0), result.Output);
        Assert.That(result.Output, Does.Contain("error AM1004"));
    }

    /// <summary>
    /// AutoMode.Accepted.json in a folder above the project is an additional file by the package's props: the accepted
    /// recursive delete is Low and the build passes; an entry for other code accepts nothing. The
    /// fingerprint is computed here independently: FNV-1a 64 of the flagged call's tokens, one space apart.
    /// </summary>
    [TestCase(true, TestName = "AcceptedRisksFileAboveTheProject_AcceptsTheFinding")]
    [TestCase(false, TestName = "AcceptedRisksFileAboveTheProject_WithAnotherHash_AcceptsNothing")]
    public void AcceptedRisksFileAboveTheProject(bool matching)
    {
        var repository = PackageFixture.NewTempDirectory("accepted");
        var tokens = matching ? "Directory . Delete ( args [ 0 ] , recursive : true )" : "Directory . Delete ( args [ 1 ] , recursive : true )";
        var hash = 14695981039346656037UL;
        foreach (var c in tokens)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        File.WriteAllText(Path.Combine(repository, "AutoMode.Accepted.json"), $$"""
            {
              "version": 1,
              "accepted": [
                { "rule": "AM1002", "level": "Critical", "file": "app/Program.cs", "member": "", "hash": "{{hash:x16}}", "occurrence": 0, "by": "ada@example.com", "on": "2026-12-07", "why": "the tool's purpose" }
              ]
            }
            """);

        var result = ConsumerProject.Create("accepted", CriticalProgram, directory: Path.Combine(repository, "app")).Build();

        if (matching)
        {
            Assert.That(result.ExitCode, Is.EqualTo(0), result.Output);
            Assert.That(result.Output, Does.Not.Contain("AM1002").And.Not.Contain("AM9201"));
            Assert.That(result.Output, Does.Contain("warning AM9003"), "only the accepted finding is lowered");
        }
        else
        {
            Assert.That(result.ExitCode, Is.Not.EqualTo(0), result.Output);
            Assert.That(result.Output, Does.Contain("error AM1002"), "the entry names other code: the finding keeps its level");
        }
    }

    [Test]
    public void NoWarnForAnAutoModeRule_IsItselfReported()
    {
        var result = ConsumerProject.Create("nowarn", HighRiskProgram, extraProjectXml: """
            <PropertyGroup>
              <NoWarn>$(NoWarn);CS1591;AM9003</NoWarn>
            </PropertyGroup>
            """).Build();
        Assert.That(result.ExitCode, Is.EqualTo(0), result.Output);
        Assert.That(result.Output, Does.Not.Contain("warning AM9003"), "NoWarn still silences the rule itself");
        Assert.That(result.Output, Does.Contain("warning AM9101"), "but the suppression of an AutoMode rule is reported");
    }

    [Test]
    public void DeclaredRisk_InALibrary_IsReportedAtCallSitesInAnotherProject()
    {
        var root = PackageFixture.NewTempDirectory("declared");
        ConsumerProject.Create("unused", "", directory: Path.Combine(root, "Tenancy"), extraProjectXml: """
            <PropertyGroup>
              <OutputType>Library</OutputType>
            </PropertyGroup>
            """);
        File.Delete(Path.Combine(root, "Tenancy", "Program.cs"));
        File.WriteAllText(Path.Combine(root, "Tenancy", "TenantAdmin.cs"), """
            using AutoMode;

            namespace Tenancy;

            public sealed class TenantAdmin
            {
                [Risk(RiskLevel.Critical, "drops tenant data")]
                public void Purge(Guid tenantId) { }

                [Risk(RiskLevel.High, "emails every user of the tenant")]
                public void NotifyAll(Guid tenantId, string text) { }

                public int Count() => 0;
            }
            """);
        var app = ConsumerProject.Create("App", """
            var admin = new Tenancy.TenantAdmin();
            admin.NotifyAll(Guid.Empty, "maintenance tonight");
            Console.WriteLine(admin.Count());
            if (args.Length > 0) admin.Purge(Guid.Parse(args[0]));
            """, directory: Path.Combine(root, "App"), extraProjectXml: """
            <ItemGroup>
              <ProjectReference Include="../Tenancy/Tenancy.csproj" />
            </ItemGroup>
            """);
        File.Copy(Path.Combine(root, "App", "nuget.config"), Path.Combine(root, "nuget.config"));

        var result = app.Build();
        Assert.That(result.ExitCode, Is.Not.EqualTo(0), result.Output);
        Assert.That(result.Output, Does.Match(@"Program\.cs\(4,\d+\): error AM9004: .*drops tenant data"));
        Assert.That(result.Output, Does.Match(@"Program\.cs\(2,\d+\): warning AM9003: .*emails every user of the tenant"));
        Assert.That(result.Output, Does.Not.Match(@"Program\.cs\(3,"), "an undeclared member of the same type is not reported");
    }
}
