using System.Diagnostics;
using AutoMode.Cli.Tests.Infrastructure;
using AutoMode.Gate.Analysis;

namespace AutoMode.Cli.Tests;

/// <summary>A new EF Core migration that drops a column, in a restored project: the migrations rules see it through the gate.</summary>
public class MigrationTests
{
    private const string Project = """
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <TargetFramework>net10.0</TargetFramework>
            <ImplicitUsings>enable</ImplicitUsings>
          </PropertyGroup>
          <ItemGroup>
            <PackageReference Include="Microsoft.EntityFrameworkCore.Relational" Version="10.0.15" />
          </ItemGroup>
        </Project>
        """;

    private const string Migration = """
        using Microsoft.EntityFrameworkCore.Migrations;

        namespace Shop.Migrations;

        public partial class DropCustomerEmail : Migration
        {
            protected override void Up(MigrationBuilder migrationBuilder)
            {
                migrationBuilder.DropColumn(name: "Email", table: "Customers");
            }

            protected override void Down(MigrationBuilder migrationBuilder)
            {
                migrationBuilder.AddColumn<string>(name: "Email", table: "Customers", nullable: true);
            }
        }
        """;

    [Test]
    public void NewMigrationDroppingAColumnIsCritical()
    {
        if (!AnalyzerCatalog.Default.Descriptors.Values.Any(d => d.Category == "Migrations"))
        {
            Assert.Ignore("this build has no Migrations rules yet (the migrations family adds them); the .sql variant is in FileClassificationTests");
        }

        using var repo = new TempRepository().Write("src/Shop/Shop.csproj", Project).Write("src/Shop/Customer.cs", "namespace Shop;\n\npublic sealed class Customer { public int Id { get; set; } }\n").Commit();
        Restore(repo.PathOf("src/Shop/Shop.csproj"));
        repo.Write("src/Shop/Migrations/20260101000000_DropCustomerEmail.cs", Migration);

        var json = CheckJson.Run(repo);

        Assert.That(json.Risk, Is.EqualTo("critical"), json.ToString());
        Assert.That(json.Findings.Select(f => f.GetProperty("category").GetString()), Does.Contain("Migrations"));
        Assert.That(json.Decision, Is.Not.EqualTo("allow"));
    }

    private static void Restore(string project)
    {
        var start = new ProcessStartInfo("dotnet", new[] { "restore", project, "--nologo", "-v", "q" }) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.That(process.ExitCode, Is.Zero, "dotnet restore: " + output);
    }
}
