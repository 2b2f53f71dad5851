using AutoMode.Gate.Analysis;
using AutoMode.Gate.Classification;
using AutoMode.Gate.Git;
using AutoMode.Gate.Model;

namespace AutoMode.Cli.Tests.Engine;

/// <summary>
/// Policy made stricter (AMG911) against policy lowered (AMG901) in analyzer configuration, and declared risk added or
/// raised on an existing API (AMG912) against removed or lowered (AMG910): the detector on before/after texts.
/// </summary>
public class PolicyChangeUnitTests
{
    private static readonly PolicyTamperingDetector Detector = new(AnalyzerCatalog.Default);

    private static List<Finding> Config(string? before, string after, string path = ".editorconfig")
    {
        var file = new ChangedFile(path, before is null ? ChangeKind.Added : ChangeKind.Modified, null, before, after, false);
        return Detector.Detect(file, LineChanges.Compute(before, after), FileKinds.AnalyzerConfig, !path.Contains('/')).ToList();
    }

    private static List<Finding> CSharp(string? before, string after)
    {
        var file = new ChangedFile("src/App/Tenants.cs", before is null ? ChangeKind.Added : ChangeKind.Modified, null, before, after, false);
        return Detector.Detect(file, LineChanges.Compute(before, after), FileKinds.CSharp, false).ToList();
    }

    private static IEnumerable<string> Ids(IEnumerable<Finding> findings) => findings.Select(f => f.RuleId);

    private const string Policy = "root = true\n\n[*.cs]\nautomode.auto_approve_max_risk = medium\nautomode.category.migrations.auto_approve = true\nautomode.deny_min_risk = critical\ndotnet_diagnostic.AM1001.severity = warning\n";

    [TestCase("dotnet_diagnostic.AM1001.severity = warning", "dotnet_diagnostic.AM1001.severity = error", TestName = "an AM severity raised in place")]
    [TestCase("dotnet_diagnostic.AM1001.severity = warning\n", "dotnet_diagnostic.AM1001.severity = warning\ndotnet_diagnostic.AM1003.severity = error\n", TestName = "an AM severity raised above its default by a new key")]
    [TestCase("[*.cs]\n", "[*.cs]\ndotnet_diagnostic.AMG801.severity = warning\n", TestName = "a gate rule's severity raised above its default")]
    [TestCase("automode.auto_approve_max_risk = medium", "automode.auto_approve_max_risk = low", TestName = "auto_approve_max_risk lowered")]
    [TestCase("automode.deny_min_risk = critical", "automode.deny_min_risk = high", TestName = "deny_min_risk lowered")]
    [TestCase("automode.category.migrations.auto_approve = true", "automode.category.migrations.auto_approve = false", TestName = "a category's auto-approval turned off")]
    [TestCase("[*.cs]\n", "[*.cs]\nautomode.category.secrets.auto_approve = false\n", TestName = "a new category kill switch")]
    [TestCase("root = true\n", "root = true\n\n[src/Billing/**]\nautomode.auto_approve_max_risk = low\n", TestName = "a new section at the strictest approval bar")]
    public void StricterPolicyIsMediumNotTampering(string oldText, string newText)
    {
        var findings = Config(Policy, Policy.Replace(oldText, newText, StringComparison.Ordinal));

        Assert.That(Ids(findings), Is.EqualTo(new[] { "AMG911" }));
        Assert.That(findings[0].Risk, Is.EqualTo(RiskLevel.Medium));
    }

    [Test]
    public void CategorySeverityRaisedFromALowerValueIsStricter()
    {
        var before = "[*.cs]\ndotnet_analyzer_diagnostic.category-DestructiveIO.severity = suggestion\n";

        Assert.That(Ids(Config(before, before.Replace("suggestion", "error", StringComparison.Ordinal))), Is.EqualTo(new[] { "AMG911" }));
    }

    [TestCase("automode.auto_approve_max_risk = medium", "automode.auto_approve_max_risk = high", TestName = "approval bar raised")]
    [TestCase("automode.deny_min_risk = critical", "automode.deny_min_risk = none", TestName = "denial turned off")]
    [TestCase("automode.deny_min_risk = critical\n", "", TestName = "a policy key removed")]
    [TestCase("automode.auto_approve_max_risk = medium", "automode.auto_approve_max_risk = lowest", TestName = "an unknown value")]
    [TestCase("root = true\n", "root = true\n\n[src/**]\nautomode.deny_min_risk = critical\n", TestName = "a new deny_min_risk that may override a stricter one")]
    [TestCase("root = true\n", "root = true\n\n[src/**]\nautomode.auto_approve_max_risk = medium\n", TestName = "a new section above the strictest approval bar")]
    [TestCase("[*.cs]\n", "[*.cs]\nautomode.destructive_io.safe_paths = /var/data/**\n", TestName = "a rule option")]
    [TestCase("dotnet_diagnostic.AM1001.severity = warning", "dotnet_diagnostic.AM1001.severity = suggestion", TestName = "an AM severity lowered")]
    [TestCase("[*.cs]\n", "[*.cs]\ndotnet_diagnostic.AMG801.severity = none\n", TestName = "a gate rule turned off")]
    public void LooserOrUnknownPolicyIsStillTampering(string oldText, string newText)
    {
        var findings = Config(Policy, Policy.Replace(oldText, newText, StringComparison.Ordinal));

        Assert.That(Ids(findings), Does.Contain("AMG901"));
        Assert.That(Ids(findings), Does.Not.Contain("AMG911"));
    }

    [Test]
    public void ANewSectionCannotUndoAStricterSeverityOfTheSameFile()
    {
        // AM1003 is High (warning) by default; a more specific section at the default undoes the file's 'error' for src/.
        var before = "[*.cs]\ndotnet_diagnostic.AM1003.severity = error\n";
        var after = before + "\n[src/**.cs]\ndotnet_diagnostic.AM1003.severity = warning\n";

        Assert.That(Ids(Config(before, after)), Is.EqualTo(new[] { "AMG901" }));
    }

    [TestCase("indent_style = space\nindent_size = 4\n", TestName = "indentation")]
    [TestCase("csharp_style_namespace_declarations = file_scoped:warning\ncsharp_prefer_braces = true:suggestion\n", TestName = "code style")]
    [TestCase("dotnet_diagnostic.CA1822.severity = warning\ndotnet_diagnostic.IDE0005.severity = error\n", TestName = "CA and IDE severities")]
    [TestCase("dotnet_analyzer_diagnostic.category-Style.severity = warning\n", TestName = "a non-AutoMode category")]
    [TestCase("dotnet_diagnostic.AM1002.severity = error\n", TestName = "an AM severity set to its default")]
    public void NonAutoModeConfigurationIsNotPolicy(string added)
    {
        Assert.That(Config(Policy, Policy + added), Is.Empty);
    }

    private const string Tenants = """
        using AutoMode;

        namespace App;

        public class Tenants
        {
            public void Suspend(int id) { }

            [Risk(RiskLevel.High, "drops tenant data")]
            public void Purge(int id) { }
        }
        """;

    [TestCase("public class Tenants", "[Risk(RiskLevel.Medium, \"administers tenants\")]\npublic class Tenants", TestName = "a type-wide declaration on an existing type")]
    [TestCase("    public void Suspend", "    [Risk(RiskLevel.Medium, \"locks users out\")]\n    public void Suspend", TestName = "a declaration on an existing method")]
    [TestCase("RiskLevel.High", "RiskLevel.Critical", TestName = "a declaration raised")]
    [TestCase("namespace App;", "[assembly: AutoMode.Risk(AutoMode.RiskLevel.Low, \"tenancy\")]\n\nnamespace App;", TestName = "an assembly-wide declaration")]
    [TestCase("    public void Suspend", "    [AutoMode.RiskAttribute(level: AutoMode.RiskLevel.High, reason: \"locks users out\")]\n    public void Suspend", TestName = "a qualified declaration with named arguments")]
    public void RiskDeclaredOnAnExistingApiIsMedium(string oldText, string newText)
    {
        var findings = CSharp(Tenants, Tenants.Replace(oldText, newText, StringComparison.Ordinal));

        Assert.That(Ids(findings), Is.EqualTo(new[] { "AMG912" }));
        Assert.That(findings[0].Risk, Is.EqualTo(RiskLevel.Medium));
        Assert.That(findings[0].Line, Is.GreaterThan(0));
    }

    [TestCase("    public void Suspend(int id) { }\n", "    public void Suspend(int id) { }\n\n    [Risk(RiskLevel.High, \"re-enables sign-in\")]\n    public void Resume(int id) { }\n", TestName = "a new method")]
    [TestCase("    public void Suspend(int id) { }\n", "    public void Suspend(int id) { }\n\n    [Risk(RiskLevel.High, \"re-enables sign-in\")]\n    public void Suspend(int id, string reason) { }\n", TestName = "a new overload")]
    [TestCase("Purge(int id) { }\n}", "Purge(int id) { }\n}\n\n[Risk(RiskLevel.Medium, \"exports tenants\")]\npublic class TenantExport { }", TestName = "a new type")]
    [TestCase("    [Risk(RiskLevel.High, \"drops tenant data\")]\n    public void Purge", "    [Risk(RiskLevel.High, \"drops tenant data\")] public void Purge", TestName = "a declaration re-formatted")]
    [TestCase("public void Purge(int id)", "public void Erase(int id)", TestName = "a declared method renamed with its declaration")]
    [TestCase("    public void Suspend", "    // [Risk(RiskLevel.High, \"locks users out\")]\n    public void Suspend", TestName = "a declaration in a comment")]
    [TestCase("    public void Suspend", "    [Obsolete(\"RiskLevel.High\")]\n    public void Suspend", TestName = "another attribute")]
    public void RiskDeclaredOnANewApiOrUnchangedIsNotReported(string oldText, string newText)
    {
        Assert.That(CSharp(Tenants, Tenants.Replace(oldText, newText, StringComparison.Ordinal)), Is.Empty);
    }

    [Test]
    public void RiskDeclaredInANewFileIsNotReported() =>
        Assert.That(CSharp(null, Tenants), Is.Empty);

    [TestCase("RiskLevel.High", "RiskLevel.Low", TestName = "lowered")]
    [TestCase("    [Risk(RiskLevel.High, \"drops tenant data\")]\n", "", TestName = "removed")]
    [TestCase("    [Risk(RiskLevel.High, \"drops tenant data\")]\n    public void Purge(int id) { }\n", "", TestName = "removed with its method")]
    [TestCase("    [Risk(RiskLevel.High, \"drops tenant data\")]\n    public void Purge", "    [Risk(RiskLevel.Low, \"drops tenant data\")]\n    public void Erase", TestName = "lowered while renamed")]
    public void RiskRemovedOrLoweredIsStillCritical(string oldText, string newText)
    {
        var findings = CSharp(Tenants, Tenants.Replace(oldText, newText, StringComparison.Ordinal));

        Assert.That(Ids(findings), Is.EqualTo(new[] { "AMG910" }));
        Assert.That(findings[0].Risk, Is.EqualTo(RiskLevel.Critical));
    }

    [TestCase("RiskLevel.Low", "AMG910", TestName = "a member declared below its type's level is lowered")]
    [TestCase("RiskLevel.Critical", "AMG912", TestName = "a member declared above its type's level is raised")]
    public void AMembersOwnDeclarationOverridesItsTypes(string level, string rule)
    {
        var before = Tenants.Replace("public class Tenants", "[Risk(RiskLevel.High, \"administers tenants\")]\npublic class Tenants", StringComparison.Ordinal);
        var after = before.Replace("    public void Suspend", $"    [Risk({level}, \"locks users out\")]\n    public void Suspend", StringComparison.Ordinal);

        Assert.That(Ids(CSharp(before, after)), Is.EqualTo(new[] { rule }));
    }

    [Test]
    public void AMembersOwnDeclarationAtItsTypesLevelChangesNothing()
    {
        var before = Tenants.Replace("public class Tenants", "[Risk(RiskLevel.High, \"administers tenants\")]\npublic class Tenants", StringComparison.Ordinal);
        var after = before.Replace("    public void Suspend", "    [Risk(RiskLevel.High, \"locks users out\")]\n    public void Suspend", StringComparison.Ordinal);

        Assert.That(CSharp(before, after), Is.Empty);
    }

    [Test]
    public void RiskMovedFromAMemberToItsTypeIsLoweredForTheMember()
    {
        var after = Tenants.Replace("    [Risk(RiskLevel.High, \"drops tenant data\")]\n", string.Empty, StringComparison.Ordinal)
            .Replace("public class Tenants", "[Risk(RiskLevel.Medium, \"administers tenants\")]\npublic class Tenants", StringComparison.Ordinal);

        Assert.That(Ids(CSharp(Tenants, after)), Is.EquivalentTo(new[] { "AMG910", "AMG912" }));
    }
}
