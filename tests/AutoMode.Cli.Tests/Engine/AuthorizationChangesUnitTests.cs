using AutoMode.Gate.Classification;
using AutoMode.Gate.Git;
using AutoMode.Gate.Model;

namespace AutoMode.Cli.Tests.Engine;

/// <summary>AMG601: a change of the authorization requirement of an existing controller or action names the old and the new one.</summary>
public class AuthorizationChangesUnitTests
{
    private const string Before = """
        [Authorize(Policy = Policies.Admin)]
        public class UsersController : ControllerBase
        {
            [RequirePermission(Permissions.ManageUsers)]
            [HttpDelete("{id}")]
            public IActionResult Delete(Guid id) => Ok();

            [HttpGet]
            public IActionResult List() => Ok(); // the Role of a user is shown
        }
        """;

    private static List<Finding> Classify(string before, string after)
        => AuthorizationChanges.Classify(new ChangedFile("src/Api/UsersController.cs", ChangeKind.Modified, null, before, after, false)).ToList();

    [Test]
    public void SwappedPermissionConstant_NamesOldAndNew()
    {
        var findings = Classify(Before, Before.Replace("Permissions.ManageUsers", "Permissions.ViewUsers", StringComparison.Ordinal));

        Assert.That(findings, Has.Count.EqualTo(1));
        Assert.That(findings[0].RuleId, Is.EqualTo("AMG601"));
        Assert.That(findings[0].Risk, Is.EqualTo(RiskLevel.High));
        Assert.That(findings[0].Category, Is.EqualTo("Security"));
        Assert.That(findings[0].Line, Is.EqualTo(4));
        Assert.That(findings[0].Message, Does.Contain("Delete").And.Contain("[RequirePermission(Permissions.ManageUsers)]").And.Contain("[RequirePermission(Permissions.ViewUsers)]"));
    }

    [Test]
    public void AuthorizeRemovedFromTheController_IsReported()
    {
        var findings = Classify(Before, Before.Replace("[Authorize(Policy = Policies.Admin)]\n", "", StringComparison.Ordinal));

        Assert.That(findings.Select(f => f.Message), Has.One.Contains("UsersController").And.Contains("to none"));
    }

    [Test]
    public void AllowAnonymousAddedToAnExistingAction_IsReported()
    {
        var findings = Classify(Before, Before.Replace("[HttpGet]", "[HttpGet]\n    [AllowAnonymous]", StringComparison.Ordinal));

        Assert.That(findings.Select(f => f.Message), Has.One.Contains("List").And.Contains("from none to [AllowAnonymous]"));
    }

    [Test]
    public void UnrelatedEdits_NewActionsAndFormatting_AreNot()
    {
        var after = Before
            .Replace("=> Ok(); // the Role", "=> Ok(new[] { 1 }); // the Role", StringComparison.Ordinal)
            .Replace("[Authorize(Policy = Policies.Admin)]", "[Authorize(Policy=Policies.Admin)]", StringComparison.Ordinal)
            .Replace("    [HttpGet]", "    [Authorize(Roles = \"Auditor\")]\n    public IActionResult Audit() => Ok();\n\n    [HttpGet]", StringComparison.Ordinal);

        Assert.That(Classify(Before, after), Is.Empty);
    }
}

/// <summary>The Security category is an AutoMode category to the tampering detector: lowering it in bulk is AMG901.</summary>
public class SecurityCategoryPolicyUnitTests
{
    [Test]
    public void SecurityCategoryLoweredInBulk_IsTampering()
    {
        var detector = new PolicyTamperingDetector(AutoMode.Gate.Analysis.AnalyzerCatalog.Default);
        const string Before = "root = true\n\n[*.cs]\n";
        const string After = Before + "dotnet_analyzer_diagnostic.category-Security.severity = none\n";
        var file = new ChangedFile(".editorconfig", ChangeKind.Modified, null, Before, After, false);

        var findings = detector.Detect(file, LineChanges.Compute(Before, After), FileKinds.AnalyzerConfig, true).ToList();

        Assert.That(findings.Select(f => f.RuleId), Is.EqualTo(new[] { "AMG901" }));
    }
}
