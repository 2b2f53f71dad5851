using AutoMode.Gate.Classification;

namespace AutoMode.Cli.Tests.Engine;

/// <summary>AMG809: an MSBuild file changed only in documentation and package metadata settings is Low, not AMG808.</summary>
public class MsBuildSettingsUnitTests
{
    private const string Project = """
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <TargetFramework>net10.0</TargetFramework>
            <Nullable>enable</Nullable>
            <UserSecretsId>7f3c9a52-4d1e-4b8a-9c61-2e0d5b7a8f14</UserSecretsId>
            <NoWarn>$(NoWarn);CA1822</NoWarn>
          </PropertyGroup>
          <PropertyGroup Condition="'$(Configuration)' == 'Release'">
            <Description>Orders API</Description>
            <DebugType>none</DebugType>
          </PropertyGroup>
          <ItemGroup>
            <PackageReference Include="Serilog" Version="3.1.1" />
            <Compile Remove="Legacy/**" />
          </ItemGroup>
        </Project>
        """;

    private static bool DocumentationOnly(string after) => MsBuildSettings.IsDocumentationOnly(Project, after, out _);

    [TestCase("<Nullable>enable</Nullable>", "<Nullable>enable</Nullable>\n    <GenerateDocumentationFile>true</GenerateDocumentationFile>", TestName = "XML documentation turned on")]
    [TestCase("$(NoWarn);CA1822", "$(NoWarn);CA1822;CS1591;CS1573", TestName = "doc-comment warnings silenced")]
    [TestCase("7f3c9a52-4d1e-4b8a-9c61-2e0d5b7a8f14", "orders-api-2b6e90d4", TestName = "user secrets id regenerated")]
    [TestCase("<Description>Orders API</Description>", "<Description>The orders API</Description>\n    <PackageTags>orders;api</PackageTags>", TestName = "package metadata in a conditional group")]
    public void Documentation_and_metadata_settings_are_Low(string from, string to)
    {
        Assert.That(MsBuildSettings.IsDocumentationOnly(Project, Project.Replace(from, to), out var changed), Is.True);
        Assert.That(changed, Is.Not.Empty);
    }

    [Test]
    public void An_unchanged_file_is_not_a_settings_change()
        => Assert.That(DocumentationOnly(Project.Replace("<ItemGroup>", "<!-- packages -->\n  <ItemGroup>")), Is.False);

    [TestCase("<Nullable>enable</Nullable>", "<Nullable>disable</Nullable>", TestName = "nullable turned off")]
    [TestCase("<Nullable>enable</Nullable>", "<Nullable>enable</Nullable>\n    <LangVersion>preview</LangVersion>", TestName = "another property")]
    [TestCase("$(NoWarn);CA1822", "$(NoWarn);CA1822;CS8602", TestName = "a null-dereference warning silenced")]
    [TestCase("$(NoWarn);CA1822", "$(NoWarn);CA1822;CS1591;CS8618", TestName = "a doc warning and another silenced together")]
    [TestCase("'$(Configuration)' == 'Release'", "'$(Configuration)' == 'Debug'", TestName = "the condition of a group with another property changed")]
    [TestCase("<Compile Remove=\"Legacy/**\" />", "<Compile Remove=\"Old/**\" />", TestName = "an item changed")]
    [TestCase("</Project>", "  <Target Name=\"Docs\" AfterTargets=\"Build\"><Exec Command=\"rm -rf out\" /></Target>\n</Project>", TestName = "a target added")]
    [TestCase("<Nullable>enable</Nullable>", "<Nullable Condition=\"'$(CI)' == 'true'\">enable</Nullable>", TestName = "a condition on another property")]
    public void Other_build_settings_are_not(string from, string to)
        => Assert.That(DocumentationOnly(Project.Replace(from, to)), Is.False);

    [Test]
    public void The_condition_of_documentation_settings_is_documentation_too()
    {
        var moved = Project.Replace("<Description>Orders API</Description>\n    <DebugType>none</DebugType>\n  </PropertyGroup>", "</PropertyGroup>\n  <PropertyGroup Condition=\"'$(CI)' == 'true'\">\n    <Description>Orders API</Description>\n  </PropertyGroup>\n  <PropertyGroup Condition=\"'$(Configuration)' == 'Release'\">\n    <DebugType>none</DebugType>\n  </PropertyGroup>");
        Assert.That(moved, Is.Not.EqualTo(Project));
        Assert.That(DocumentationOnly(moved), Is.True);
    }

    [Test]
    public void A_property_set_twice_under_the_same_condition_is_compared_as_written()
    {
        var twice = Project.Replace("<Nullable>enable</Nullable>", "<Description>a</Description>\n    <Description>b</Description>");
        Assert.That(MsBuildSettings.IsDocumentationOnly(twice, twice.Replace(">b<", ">c<"), out _), Is.False, "the last one wins: order matters, so it is not a plain property edit");
        Assert.That(MsBuildSettings.IsDocumentationOnly(twice, twice.Replace(">a<", ">z<"), out _), Is.True);
    }

    [Test]
    public void Text_that_is_not_XML_is_not_documentation_only()
        => Assert.That(MsBuildSettings.IsDocumentationOnly(Project, "<Project><PropertyGroup>", out _), Is.False);
}
