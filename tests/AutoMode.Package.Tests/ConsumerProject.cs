namespace AutoMode.Package.Tests;

/// <summary>A throw-away console project in a temp folder that references the packed package from the private feed only.</summary>
public sealed class ConsumerProject
{
    private ConsumerProject(string directory) => Directory = directory;

    public string Directory { get; }

    public static ConsumerProject Create(string name, string programSource, string? editorConfig = null, string? extraProjectXml = null, string? directory = null)
    {
        directory ??= PackageFixture.NewTempDirectory(name);
        System.IO.Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="automode-e2e" value="{PackageFixture.Feed}" />
              </packageSources>
            </configuration>
            """);
        File.WriteAllText(Path.Combine(directory, Path.GetFileName(directory) + ".csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <RestorePackagesPath>{Path.Combine(directory, "packages")}</RestorePackagesPath>
                <UseSharedCompilation>false</UseSharedCompilation>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="AutoMode.Analyzers" Version="{PackageFixture.Version}" />
              </ItemGroup>
              {extraProjectXml}
            </Project>
            """);
        File.WriteAllText(Path.Combine(directory, "Program.cs"), programSource);
        if (editorConfig is not null)
        {
            File.WriteAllText(Path.Combine(directory, ".editorconfig"), "root = true\n\n[*.cs]\n" + editorConfig);
        }

        return new ConsumerProject(directory);
    }

    public DotNet.Result Build() => DotNet.Run(Directory, "build", "-nodeReuse:false", "-p:UseSharedCompilation=false");
}
