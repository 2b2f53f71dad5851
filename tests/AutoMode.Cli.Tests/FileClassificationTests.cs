using AutoMode.Cli.Tests.Infrastructure;

namespace AutoMode.Cli.Tests;

/// <summary>`automode check` on files that are not C#: dependencies, SQL, configuration, CI/CD and infrastructure.</summary>
public class FileClassificationTests
{
    private const string Project = """
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <TargetFramework>net10.0</TargetFramework>
          </PropertyGroup>
          <ItemGroup>
            <PackageReference Include="Serilog" Version="3.1.1" />
          </ItemGroup>
        </Project>
        """;

    [TestCase("3.1.2", "low", 0, "AMG801")]
    [TestCase("3.2.0", "medium", 1, "AMG814")] // Serilog is a logging framework: a minor bump of it is security-sensitive
    [TestCase("4.0.0", "high", 1, "AMG803")]
    [TestCase("3.1.2-beta.1", "high", 1, "AMG804")]
    public void PackageBumpInAProjectFile(string version, string risk, int exitCode, string rule)
    {
        using var repo = new TempRepository().Write("src/Lib/Lib.csproj", Project).Commit();
        repo.Replace("src/Lib/Lib.csproj", "3.1.1", version);

        var json = CheckJson.Run(repo);

        Assert.That(json.Risk, Is.EqualTo(risk), json.ToString());
        Assert.That(json.Result.ExitCode, Is.EqualTo(exitCode));
        Assert.That(json.RuleIds, Is.EquivalentTo(new[] { rule }));
        Assert.That(json.Findings.Single().GetProperty("line").GetInt32(), Is.EqualTo(6));
    }

    [Test]
    public void PackageBumpInCentralPackageManagementAndLockFile()
    {
        using var repo = new TempRepository()
            .Write("Directory.Packages.props", "<Project>\n  <ItemGroup>\n    <PackageVersion Include=\"Serilog\" Version=\"3.1.1\" />\n  </ItemGroup>\n</Project>\n")
            .Write("src/packages.lock.json", "{\n  \"version\": 1,\n  \"dependencies\": {\n    \"net10.0\": {\n      \"Serilog\": { \"type\": \"Direct\", \"requested\": \"[3.1.1, )\", \"resolved\": \"3.1.1\" }\n    }\n  }\n}\n")
            .Commit();
        repo.Replace("Directory.Packages.props", "3.1.1", "3.2.0").Replace("src/packages.lock.json", "\"resolved\": \"3.1.1\"", "\"resolved\": \"3.2.0\"");

        var json = CheckJson.Run(repo);

        Assert.That(json.RuleIds, Is.EquivalentTo(new[] { "AMG814", "AMG814" }), json.ToString());
        Assert.That(json.Risk, Is.EqualTo("medium"));
    }

    [Test]
    public void AddedAndRemovedPackagesAreMediumAndBuildSettingsToo()
    {
        using var repo = new TempRepository().Write("src/Lib/Lib.csproj", Project).Commit();
        repo.Replace("src/Lib/Lib.csproj", "Serilog", "Polly").Replace("src/Lib/Lib.csproj", "<TargetFramework>", "<LangVersion>preview</LangVersion>\n    <TargetFramework>");

        var json = CheckJson.Run(repo);

        Assert.That(json.RuleIds, Is.EquivalentTo(new[] { "AMG805", "AMG806", "AMG808" }), json.ToString());
        Assert.That(json.Risk, Is.EqualTo("medium"));
    }

    [Test]
    public void DocumentationSettingsAloneAreLow()
    {
        using var repo = new TempRepository().Write("src/Lib/Lib.csproj", Project).Commit();
        repo.Replace("src/Lib/Lib.csproj", "<TargetFramework>", "<GenerateDocumentationFile>true</GenerateDocumentationFile>\n    <NoWarn>$(NoWarn);CS1591</NoWarn>\n    <TargetFramework>");

        var json = CheckJson.Run(repo);

        Assert.That(json.RuleIds, Is.EquivalentTo(new[] { "AMG809" }), json.ToString());
        Assert.That(json.Risk, Is.EqualTo("low"));
        Assert.That(json.Decision, Is.EqualTo("allow"));
    }

    [TestCase("ALTER TABLE users DROP COLUMN email;\n", "critical", "ask")]
    [TestCase("-- DROP TABLE users; (a comment)\nCREATE TABLE audit (id int);\n", "low", "allow")]
    [TestCase("UPDATE users SET active = 0 WHERE last_login < '2020-01-01';\n", "high", "ask")]
    [TestCase("CREATE INDEX CONCURRENTLY ix_users_email ON users (email);\n", "low", "allow")]
    public void SqlScriptIsClassifiedByItsWorstStatement(string script, string risk, string decision)
    {
        using var repo = new TempRepository().Write("README.md", "x\n").Commit();
        repo.Write("db/migrations/0042_change.sql", script);

        var json = CheckJson.Run(repo);

        Assert.That(json.RuleIds, Is.EquivalentTo(new[] { "AMG201" }), json.ToString());
        Assert.That(json.Risk, Is.EqualTo(risk), json.ToString());
        Assert.That(json.Decision, Is.EqualTo(decision));
    }

    [Test]
    public void SqlScript_OnlyAddedStatementsDecide()
    {
        using var repo = new TempRepository().Write("db/seed.sql", "TRUNCATE TABLE staging;\n").Commit();
        repo.Write("db/seed.sql", "TRUNCATE TABLE staging;\nINSERT INTO countries VALUES ('NZ');\n");

        var json = CheckJson.Run(repo);

        Assert.That(json.Risk, Is.EqualTo("low"), json.ToString());
    }

    [TestCase("appsettings.json", "{\n  \"Logging\": { \"Level\": \"Information\" },\n  \"Payments\": { \"ApiKey\": \"sk_test_51Hx8kQ2eZvKYlo2C9fTqLm3n\" }\n}\n", "ApiKey")]
    [TestCase("src/Web/appsettings.Production.json", "{\n  \"ConnectionStrings\": { \"Db\": \"Server=db;User Id=app;Password=Winter2026!;\" }\n}\n", "a password in a connection string")]
    [TestCase(".env", "DEBUG=false\nDATABASE_PASSWORD=hunter2hunter2\n", "DATABASE_PASSWORD")]
    [TestCase("web.config", "<configuration>\n  <appSettings>\n    <add key=\"StorageSecret\" value=\"q8Z2Xw0PaV71kLmN\" />\n  </appSettings>\n</configuration>\n", "StorageSecret")]
    [TestCase("deploy/appsettings.json", "{ \"aws\": \"AKIA4HZQ7N2XKD5VWP3R\" }\n", "an AWS access key id")]
    public void SecretInConfigurationIsCriticalAndNeverPrinted(string path, string content, string name)
    {
        using var repo = new TempRepository().Write("README.md", "x\n").Commit();
        repo.Write(path, content);

        var json = CheckJson.Run(repo);

        Assert.That(json.Risk, Is.EqualTo("critical"), json.ToString());
        Assert.That(json.RuleIds, Does.Contain("AMG301"));
        Assert.That(json.Findings.First().GetProperty("message").GetString(), Does.Contain(name));
        foreach (var secret in new[] { "sk_test_51Hx8kQ2eZvKYlo2C9fTqLm3n", "Winter2026!", "hunter2hunter2", "q8Z2Xw0PaV71kLmN", "AKIA4HZQ7N2XKD5VWP3R" })
        {
            Assert.That(json.Result.Stdout, Does.Not.Contain(secret));
        }
    }

    [Test]
    public void SecretOptionsOfTheEditorConfigApplyToConfigurationFiles()
    {
        // The same automode.secrets.* options that silence AM3001 in C# silence AMG301 in appsettings.json.
        using var repo = new TempRepository().Write("README.md", "x\n").Commit();
        repo.Write("appsettings.json", "{ \"aws\": \"AKIA4HZQ7N2XKD5VWP3R\" }\n");
        Assert.That(CheckJson.Run(repo).RuleIds, Does.Contain("AMG301"));

        repo.Write(".editorconfig", "root = true\n\n[*]\nautomode.secrets.allowed_values = AKIA4HZQ7N2XKD5VWP3R\n").Commit();
        repo.Write("appsettings.json", "{ \"aws\": \"AKIA4HZQ7N2XKD5VWP3R\", \"level\": \"Warning\" }\n");
        var json = CheckJson.Run(repo);

        Assert.That(json.RuleIds, Is.EquivalentTo(new[] { "AMG813" }), json.ToString()); // the added key is not sensitive (#21): no AMG301
    }

    [Test]
    public void ConfigurationChangeWithoutSecretsIsMedium()
    {
        using var repo = new TempRepository().Write("appsettings.json", "{\n  \"Password\": \"${DB_PASSWORD}\",\n  \"Level\": \"Information\"\n}\n").Commit();
        repo.Replace("appsettings.json", "Information", "Warning").Replace("appsettings.json", "${DB_PASSWORD}", "<from-key-vault>");

        var json = CheckJson.Run(repo);

        Assert.That(json.RuleIds, Is.EquivalentTo(new[] { "AMG811" }), json.ToString());
        Assert.That(json.Risk, Is.EqualTo("medium"));
    }

    [TestCase(".github/workflows/ci.yml", "on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: dotnet nuget push out/*.nupkg --api-key ${{ secrets.NUGET_KEY }}\n")]
    [TestCase("azure-pipelines.yml", "trigger: [main]\nsteps:\n- task: NuGetCommand@2\n  inputs:\n    command: push\n")]
    [TestCase("Dockerfile", "FROM mcr.microsoft.com/dotnet/aspnet:10.0\n")]
    [TestCase("infra/main.tf", "resource \"aws_s3_bucket\" \"b\" {}\n")]
    [TestCase("infra/main.bicep", "param location string\n")]
    [TestCase("ops/app/deployment.yaml", "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: app\n")]
    [TestCase("charts/app/Chart.yaml", "apiVersion: v2\nname: app\n")]
    public void CiCdAndInfrastructureAreHigh(string path, string content)
    {
        using var repo = new TempRepository().Write("README.md", "x\n").Commit();
        repo.Write(path, content);

        var json = CheckJson.Run(repo);

        Assert.That(json.RuleIds, Is.EquivalentTo(new[] { "AMG501" }), json.ToString());
        Assert.That(json.Risk, Is.EqualTo("high"));
        Assert.That(json.Result.ExitCode, Is.EqualTo(1));
    }

    /// <summary>A new CI definition that can publish nothing is Medium while its token scope is the repository's default, Low when it declares a read-only one.</summary>
    [TestCase("on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n", "medium", "AMG501")]
    [TestCase("on: push\npermissions:\n  contents: read\njobs:\n  build:\n    runs-on: ubuntu-latest\n", "low", "AMG504")]
    public void NewBuildAndTestWorkflowByItsTokenScope(string content, string risk, string rule)
    {
        using var repo = new TempRepository().Write("README.md", "x\n").Commit();
        repo.Write(".github/workflows/ci.yml", content);

        var json = CheckJson.Run(repo);

        Assert.That(json.RuleIds, Is.EquivalentTo(new[] { rule }), json.ToString());
        Assert.That(json.Risk, Is.EqualTo(risk));
    }

    [Test]
    public void GateRuleSeverityCanBeConfiguredPerPath()
    {
        using var repo = new TempRepository().Write(".editorconfig", "root = true\n\n[.github/workflows/**]\ndotnet_diagnostic.AMG501.severity = suggestion\n\n[*]\nautomode.auto_approve_max_risk = medium\n").Commit();
        repo.Write(".github/workflows/lint.yml", "on: push\n");

        var json = CheckJson.Run(repo);

        Assert.That(json.Risk, Is.EqualTo("medium"), json.ToString());
        Assert.That(json.Decision, Is.EqualTo("allow"));
    }
}
