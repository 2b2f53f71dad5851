using AutoMode.Cli.Tests.Infrastructure;
using AutoMode.Gate.Config;
using AutoMode.Gate.Projects;
using Microsoft.CodeAnalysis;

namespace AutoMode.Cli.Tests.Engine;

/// <summary>The compilation the gate builds is the one the build would: items, properties and analyzer inputs from MSBuild evaluation.</summary>
public class ProjectLoaderTests
{
    private const string Project = """
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <TargetFramework>net10.0</TargetFramework>
            <ImplicitUsings>enable</ImplicitUsings>
            <Nullable>enable</Nullable>
            <DefineConstants>$(DefineConstants);SHOP</DefineConstants>
            <NoWarn>$(NoWarn);AM1003</NoWarn>
          </PropertyGroup>
          <ItemGroup>
            <Compile Remove="Excluded/**" />
            <AdditionalFiles Include="AutoMode.Risks.txt" />
            <CompilerVisibleProperty Include="NoWarn" />
            <CompilerVisibleProperty Include="AutoModeNoWarn" />
            <InternalsVisibleTo Include="Shop.Tests" />
            <ProjectReference Include="../Lib/Lib.csproj" />
          </ItemGroup>
        </Project>
        """;

    [Test]
    public void ProjectIsCompiledAsItsBuildSeesIt()
    {
        using var repo = new TempRepository(init: false);
        repo.Write("src/Shop/Shop.csproj", Project)
            .Write("src/Shop/AutoMode.Risks.txt", "M:Lib.Store.Wipe;Critical;wipes the store\n")
            .Write("src/Shop/Orders.cs", "namespace Shop;\n#if SHOP && NET10_0_OR_GREATER\ninternal static class Orders { public static int Count(List<int> xs) => Lib.Store.Size(xs); }\n#endif\n")
            .Write("src/Shop/Excluded/Old.cs", "this does not compile")
            .Write("src/Lib/Lib.csproj", TempRepository.MinimalProject)
            .Write("src/Lib/Store.cs", "namespace Lib;\npublic static class Store { public static int Size(List<int> xs) => xs.Count; public static void Wipe() { } }\n");
        using var loader = new ProjectLoader(repo.Root, new ConfigFileLocator());

        var project = loader.LoadProject(repo.PathOf("src/Shop/Shop.csproj"));

        var sources = project.Compilation.SyntaxTrees.Select(t => Path.GetFileName(t.FilePath)).ToList();
        Assert.That(sources, Does.Contain("Orders.cs").And.Not.Contain("Old.cs"), "Compile Remove is honoured");
        Assert.That(project.Compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error), Is.Empty, "symbols, implicit usings and the project reference resolve");
        Assert.That(project.AdditionalFiles.Select(Path.GetFileName), Is.EquivalentTo(new[] { "AutoMode.Risks.txt" }));
        var global = project.Config.Set.GlobalConfigOptions.AnalyzerOptions;
        Assert.That(global.TryGetValue("build_property.automodenowarn", out var noWarn) || global.TryGetValue("build_property.AutoModeNoWarn", out noWarn), Is.True, string.Join(", ", global.Keys));
        Assert.That(noWarn, Does.Contain("AM1003"));
    }

    /// <summary>Unrestored, a test framework's types are missing: the gate tells the analyzers from the package references.</summary>
    [TestCase("<PackageReference Include=\"xunit\" Version=\"2.9.3\" />", true)]
    [TestCase("<PackageReference Include=\"Microsoft.NET.Test.Sdk\" Version=\"18.0.0\" />", true)]
    [TestCase("<PackageReference Include=\"Serilog\" Version=\"4.4.0\" />", false)]
    public void UnrestoredTestProject_IsMarkedForTheAnalyzers(string reference, bool isTest)
    {
        using var repo = new TempRepository(init: false);
        repo.Write("tests/Shop.Tests/Shop.Tests.csproj", $"<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup><ItemGroup>{reference}</ItemGroup></Project>")
            .Write("tests/Shop.Tests/Fixture.cs", "namespace Shop.Tests;\npublic static class Fixture { public const string Password = \"Alongside-Unworthy-Query3-Cozy\"; }\n");
        using var loader = new ProjectLoader(repo.Root, new ConfigFileLocator());

        var project = loader.LoadProject(repo.PathOf("tests/Shop.Tests/Shop.Tests.csproj"));

        var global = project.Config.Set.GlobalConfigOptions.AnalyzerOptions;
        var marked = (global.TryGetValue("build_property.istestproject", out var value) || global.TryGetValue("build_property.IsTestProject", out value)) && value == "true";
        Assert.That(marked, Is.EqualTo(isTest), string.Join(", ", global.Keys));
    }
}
