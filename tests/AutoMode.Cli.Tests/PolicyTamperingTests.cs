using AutoMode.Cli.Tests.Infrastructure;

namespace AutoMode.Cli.Tests;

/// <summary>An agent must not be able to lower its own bar: every way of lowering the policy is Critical.</summary>
public class PolicyTamperingTests
{
    private const string EditorConfig = "root = true\n\n[*]\nautomode.auto_approve_max_risk = medium\n\n[*.cs]\ndotnet_diagnostic.AM1001.severity = warning\n";

    private const string Project = """
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <TargetFramework>net10.0</TargetFramework>
            <ImplicitUsings>enable</ImplicitUsings>
            <AutoModePolicy>strict</AutoModePolicy>
          </PropertyGroup>
          <ItemGroup>
            <PackageReference Include="AutoMode.Analyzers" Version="0.1.0" />
          </ItemGroup>
        </Project>
        """;

    private const string Code = "namespace App;\n\npublic static class Cleaner\n{\n    public static void Clean(string path) => Directory.Delete(path, true);\n}\n";

    private const string Declared = "namespace App;\n\npublic static class Tenants\n{\n    [AutoMode.Risk(AutoMode.RiskLevel.Critical, \"drops tenant data\")]\n    public static void Purge(int id) { }\n}\n";

    public static IEnumerable<TestCaseData> Cases()
    {
        yield return Case("AM severity lowered in .editorconfig", "AMG901", r => r.Replace(".editorconfig", "AM1001.severity = warning", "AM1001.severity = suggestion"));
        yield return Case("AM rule turned off in a sub-folder .editorconfig", "AMG901", r => r.Write("src/.editorconfig", "[*.cs]\ndotnet_diagnostic.AM1002.severity = none\n"));
        yield return Case("AutoMode category lowered in bulk", "AMG901", r => r.Replace(".editorconfig", "[*.cs]\n", "[*.cs]\ndotnet_analyzer_diagnostic.category-DestructiveIO.severity = silent\n"));
        yield return Case("policy key raised", "AMG901", r => r.Replace(".editorconfig", "auto_approve_max_risk = medium", "auto_approve_max_risk = high"));
        yield return Case("deny_min_risk added", "AMG901", r => r.Replace(".editorconfig", "[*]\n", "[*]\nautomode.deny_min_risk = none\n"));
        yield return Case("rule turned off in a .globalconfig", "AMG901", r => r.Write(".globalconfig", "is_global = true\ndotnet_diagnostic.AM1002.severity = none\n"));
        yield return Case("root = true cuts off the policy above", "AMG901", r => r.Write("src/.editorconfig", "root = true\n"));
        yield return Case("generated_code hides files from analyzers", "AMG901", r => r.Write("src/.editorconfig", "[*.cs]\ngenerated_code = true\n"));
        yield return Case("AutoModePolicy preset changed", "AMG901", r => r.Replace("src/App/App.csproj", "<AutoModePolicy>strict</AutoModePolicy>", "<AutoModePolicy>relaxed</AutoModePolicy>"));
        yield return Case("NoWarn for an AM id", "AMG902", r => r.Replace("src/App/App.csproj", "<ImplicitUsings>", "<NoWarn>$(NoWarn);AM1002</NoWarn>\n    <ImplicitUsings>"));
        yield return Case("WarningsNotAsErrors for an AM id", "AMG902", r => r.Replace("src/App/App.csproj", "<ImplicitUsings>", "<WarningsNotAsErrors>AM1002</WarningsNotAsErrors>\n    <ImplicitUsings>"));
        yield return Case("TreatWarningsAsErrors=false", "AMG902", r => r.Replace("Directory.Build.props", "<TreatWarningsAsErrors>true</TreatWarningsAsErrors>", "<TreatWarningsAsErrors>false</TreatWarningsAsErrors>"));
        yield return Case("AutoMode package reference removed", "AMG903", r => r.Replace("src/App/App.csproj", "    <PackageReference Include=\"AutoMode.Analyzers\" Version=\"0.1.0\" />\n", string.Empty));
        yield return Case("AutoMode analyzers excluded", "AMG903", r => r.Replace("src/App/App.csproj", "Version=\"0.1.0\" />", "Version=\"0.1.0\" ExcludeAssets=\"analyzers\" />"));
        yield return Case("#pragma warning disable AM id", "AMG904", r => r.Replace("src/App/Cleaner.cs", "public static void", "#pragma warning disable AM1002\n    public static void"));
        yield return Case("bare #pragma warning disable", "AMG904", r => r.Replace("src/App/Cleaner.cs", "public static void", "#pragma warning disable\n    public static void"));
        yield return Case("[SuppressMessage] for an AM id", "AMG905", r => r.Replace("src/App/Cleaner.cs", "public static void", "[System.Diagnostics.CodeAnalysis.SuppressMessage(\"DestructiveIO\", \"AM1002:Recursive directory deletion\")]\n    public static void"));
        yield return Case("GlobalSuppressions for an AM id", "AMG905", r => r.Write("src/App/GlobalSuppressions.cs", "[assembly: System.Diagnostics.CodeAnalysis.SuppressMessage(\n    \"DestructiveIO\",\n    \"AM1002\")]\n"));
        yield return Case("AutoMode.Risks.txt edited", "AMG906", r => r.Replace("AutoMode.Risks.txt", "Critical", "Low"));
        yield return Case("audit log edited", "AMG907", r => r.Write(".automode/audit.jsonl", string.Empty));
        yield return Case("Claude hook settings edited", "AMG908", r => r.Replace(".claude/settings.json", "automode", "true"));
        yield return Case("Claude local settings added", "AMG908", r => r.Write(".claude/settings.local.json", "{ \"hooks\": {} }\n"));
        yield return Case("declared risk lowered", "AMG910", r => r.Write("src/App/Tenants.cs", Declared).Commit().Replace("src/App/Tenants.cs", "RiskLevel.Critical", "RiskLevel.Low"));
        yield return Case("declared risk removed", "AMG910", r => r.Write("src/App/Tenants.cs", Declared).Commit().Replace("src/App/Tenants.cs", "    [AutoMode.Risk(AutoMode.RiskLevel.Critical, \"drops tenant data\")]\n", string.Empty));
    }

    [TestCaseSource(nameof(Cases))]
    public void TamperingIsCritical(string rule, Action<TempRepository> tamper)
    {
        using var repo = Baseline();
        tamper(repo);

        var json = CheckJson.Run(repo);

        Assert.That(json.RuleIds, Does.Contain(rule), json.ToString());
        Assert.That(json.Risk, Is.EqualTo("critical"));
        Assert.That(json.Decision, Is.AnyOf("ask", "deny"), "files of src/App are under the strict preset, which denies Critical");
        Assert.That(json.Findings.Where(f => f.GetProperty("ruleId").GetString() == rule).Select(f => f.GetProperty("source").GetString()), Has.All.EqualTo("policytampering"));
    }

    /// <summary>A new suppression of an AutoMode id is one finding, the gate's tampering one — not also the analyzers' AM9101/AM9102 on the same line.</summary>
    [TestCase("#pragma warning disable AM1002 // our own scratch folder\n    public static void", "AMG904", TestName = "a justified #pragma is AMG904 only")]
    [TestCase("#pragma warning disable AM1002\n    public static void", "AMG904", TestName = "an unjustified #pragma is AMG904 only")]
    [TestCase("[System.Diagnostics.CodeAnalysis.SuppressMessage(\"DestructiveIO\", \"AM1002\", Justification = \"scratch\")]\n    public static void", "AMG905", TestName = "a justified [SuppressMessage] is AMG905 only")]
    public void OneSuppressionIsOneFinding(string replacement, string rule)
    {
        using var repo = Baseline();
        repo.Replace("src/App/Cleaner.cs", "public static void", replacement);

        var json = CheckJson.Run(repo);

        var atLine5 = json.File("src/App/Cleaner.cs").GetProperty("findings").EnumerateArray()
            .Where(f => f.GetProperty("line").GetInt32() == 5)
            .Select(f => f.GetProperty("ruleId").GetString())
            .ToList();
        Assert.That(atLine5, Is.EqualTo(new[] { rule }), json.ToString());
    }

    [Test]
    public void RaisingTheBarIsNotTamperingButDeservesALook()
    {
        using var repo = Baseline();
        repo.Replace(".editorconfig", "AM1001.severity = warning", "AM1001.severity = error").Replace("README.md", "x", "y");

        var json = CheckJson.Run(repo);

        Assert.That(json.RuleIds.Where(r => r.StartsWith("AMG9", StringComparison.Ordinal)), Is.EqualTo(new[] { "AMG911" }), json.ToString());
        Assert.That(json.Risk, Is.EqualTo("medium"));
        Assert.That(json.Decision, Is.EqualTo("allow"), "the baseline policy auto-approves Medium");
    }

    [Test]
    public void RaisingThePolicyCannotBeHiddenByASeverityOverride()
    {
        using var repo = Baseline();
        repo.Replace(".editorconfig", "automode.auto_approve_max_risk = medium", "automode.auto_approve_max_risk = low\ndotnet_diagnostic.AMG911.severity = none").Commit("team decision");
        repo.Replace(".editorconfig", "AM1001.severity = warning", "AM1001.severity = error");

        var json = CheckJson.Run(repo);

        Assert.That(json.RuleIds, Does.Contain("AMG911"), json.ToString());
        Assert.That(json.Decision, Is.EqualTo("ask"));
    }

    [Test]
    public void RaisingADeclaredRiskIsNotTamperingButDeservesALook()
    {
        using var repo = Baseline();
        repo.Write("src/App/Tenants.cs", Declared.Replace("RiskLevel.Critical", "RiskLevel.High")).Commit();
        repo.Write("src/App/Tenants.cs", Declared);

        var json = CheckJson.Run(repo);

        Assert.That(json.RuleIds, Does.Not.Contain("AMG910"), json.ToString());
        Assert.That(json.RuleIds, Does.Contain("AMG912"), json.ToString());
    }

    [Test]
    public void DeclaringTheRiskOfAnExistingTypeAsks()
    {
        using var repo = Baseline();
        repo.Replace(".editorconfig", "automode.auto_approve_max_risk = medium", "automode.auto_approve_max_risk = low").Commit("low bar");
        repo.Replace("src/App/Cleaner.cs", "public static class Cleaner", "[AutoMode.Risk(AutoMode.RiskLevel.Medium, \"cleans folders\")]\npublic static class Cleaner");

        var json = CheckJson.Run(repo);

        Assert.That(json.RuleIds, Does.Contain("AMG912"), json.ToString());
        Assert.That(json.Decision, Is.EqualTo("ask"));
    }

    [Test]
    public void DeclaringTheRiskOfANewMethodIsAllowed()
    {
        using var repo = Baseline();
        repo.Replace(".editorconfig", "automode.auto_approve_max_risk = medium", "automode.auto_approve_max_risk = low").Commit("low bar");
        repo.Replace("src/App/Cleaner.cs", "    public static void Clean", "    [AutoMode.Risk(AutoMode.RiskLevel.High, \"archives a folder\")]\n    public static void Archive(string path) { }\n\n    public static void Clean");

        var json = CheckJson.Run(repo);

        Assert.That(json.RuleIds.Where(r => r.StartsWith("AMG9", StringComparison.Ordinal)), Is.Empty, json.ToString());
    }

    [Test]
    public void TamperingCannotBeLoweredByASeverityOverride()
    {
        using var repo = Baseline();
        repo.Replace(".editorconfig", "[*.cs]\n", "[*]\ndotnet_diagnostic.AMG908.severity = none\n\n[*.cs]\n").Commit("team decision");
        repo.Replace(".claude/settings.json", "automode", "true");

        var json = CheckJson.Run(repo);

        Assert.That(json.RuleIds, Does.Contain("AMG908"), json.ToString());
        Assert.That(json.Risk, Is.EqualTo("critical"));
    }

    private static TestCaseData Case(string name, string rule, Action<TempRepository> tamper) =>
        new TestCaseData(rule, tamper).SetArgDisplayNames(name);

    private static TempRepository Baseline() => new TempRepository()
        .Write(".editorconfig", EditorConfig)
        .Write("Directory.Build.props", "<Project>\n  <PropertyGroup>\n    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>\n  </PropertyGroup>\n</Project>\n")
        .Write("src/App/App.csproj", Project)
        .Write("src/App/Cleaner.cs", Code)
        .Write("AutoMode.Risks.txt", "M:App.Cleaner.Clean(System.String);Critical;wipes a folder\n")
        .Write(".automode/audit.jsonl", "{\"decision\":\"ask\"}\n")
        .Write(".claude/settings.json", "{ \"hooks\": { \"PreToolUse\": [ { \"command\": \"automode\" } ] } }\n")
        .Write("README.md", "x\n")
        .Commit("baseline");
}
