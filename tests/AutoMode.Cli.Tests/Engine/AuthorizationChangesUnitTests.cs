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
    public void AllowAnonymousAloneAddedToAnExistingAction_IsLeftToAM6021()
        => Assert.That(Classify(Before, Before.Replace("[HttpGet]", "[HttpGet]\n    [AllowAnonymous]", StringComparison.Ordinal)), Is.Empty);

    [Test]
    public void AuthorizeReplacedByAllowAnonymous_IsOneFindingOnTheAnonymousLine()
    {
        var after = Before.Replace("[Authorize(Policy = Policies.Admin)]", "[AllowAnonymous]", StringComparison.Ordinal);
        var findings = Classify(Before, after);

        Assert.That(findings, Has.Count.EqualTo(1));
        Assert.That(findings[0].Line, Is.EqualTo(1));
        Assert.That(findings[0].Message, Does.Contain("from [Authorize(Policy=Policies.Admin)] to [AllowAnonymous]"));

        var analyzerFinding = findings[0] with { RuleId = "AM6021", Source = FindingSource.Analyzer };
        var other = findings[0] with { RuleId = "AM6021", Line = 7, Source = FindingSource.Analyzer };
        var all = new List<Finding> { analyzerFinding, findings[0], other };
        AuthorizationChanges.OneFindingPerChange(all, new ChangedFile("src/Api/UsersController.cs", ChangeKind.Modified, null, Before, after, false));
        Assert.That(all.Select(f => (f.RuleId, f.Line)), Is.EqualTo(new[] { ("AMG601", 1), ("AM6021", 7) }));
    }

    private const string Endpoints = """
        var app = builder.Build();
        app.MapGet("/orders", (IOrderStore s) => s.List())
           .WithName("ListOrders")
           .RequireAuthorization("Orders.Read");
        var admin = app.MapGroup("/admin").RequireAuthorization(p => p.RequireRole("Admin"));
        admin.MapDelete("/users/{id}", (Guid id) => Results.Ok());
        builder.Services.AddAuthorization(o =>
        {
            o.AddPolicy("Orders.Read", p => p.RequireClaim("scope", "orders.read"));
            o.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
        });
        """;

    private static List<Finding> ClassifyProgram(string before, string after)
        => AuthorizationChanges.Classify(new ChangedFile("src/Api/Program.cs", ChangeKind.Modified, null, before, after, false)).ToList();

    [Test]
    public void EndpointRequirementRemovedOrChanged_NamesOldAndNew()
    {
        var after = Endpoints
            .Replace(".RequireAuthorization(\"Orders.Read\");", ";", StringComparison.Ordinal)
            .Replace("p.RequireRole(\"Admin\")", "p.RequireRole(\"Admin\", \"Support\")", StringComparison.Ordinal);
        var findings = ClassifyProgram(Endpoints, after);

        Assert.That(findings.Select(f => f.Message), Has.Exactly(2).Items);
        Assert.That(findings[0].Message, Does.Contain("endpoint MapGet(\"/orders\")").And.Contain("from .RequireAuthorization(\"Orders.Read\") to none"));
        Assert.That(findings[1].Message, Does.Contain("MapGroup(\"/admin\")").And.Contain("\"Support\""));
        Assert.That(findings[1].Line, Is.EqualTo(5));
    }

    [Test]
    public void AM6021OnALineChangedForAnotherReason_IsDropped_ANewAllowAnonymousIsNot()
    {
        const string Before = "app.MapGet(\"/health\", () => Results.Ok(\"ok\")).AllowAnonymous();\napp.MapGet(\"/orders\", () => 1);\n";
        const string After = "app.MapGet(\"/health\", () => Results.Ok(\"healthy\")).AllowAnonymous();\napp.MapGet(\"/orders\", () => 1).AllowAnonymous();\n";
        static Finding Anonymous(int line) => new("AM6021", RiskLevel.High, "Security", "'.AllowAnonymous()' opens the endpoint", "src/Api/Program.cs", line, 1, line, 1, null, FindingSource.Analyzer);
        var findings = new List<Finding> { Anonymous(1), Anonymous(2) };

        AuthorizationChanges.OneFindingPerChange(findings, new ChangedFile("src/Api/Program.cs", ChangeKind.Modified, null, Before, After, false));

        Assert.That(findings.Select(f => f.Line), Is.EqualTo(new[] { 2 }));
    }

    [Test]
    public void EndpointOpenedWithAllowAnonymousAlone_IsLeftToAM6021()
        => Assert.That(ClassifyProgram(Endpoints, Endpoints.Replace("admin.MapDelete(\"/users/{id}\", (Guid id) => Results.Ok());", "admin.MapDelete(\"/users/{id}\", (Guid id) => Results.Ok()).AllowAnonymous();", StringComparison.Ordinal)), Is.Empty);

    [Test]
    public void PolicyDefinitionChangedAndFallbackRemoved_AreReported()
    {
        var after = Endpoints
            .Replace("p.RequireClaim(\"scope\", \"orders.read\")", "p.RequireAuthenticatedUser()", StringComparison.Ordinal)
            .Replace("    o.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();\n", "", StringComparison.Ordinal);
        var messages = ClassifyProgram(Endpoints, after).Select(f => f.Message).ToList();

        Assert.That(messages, Has.Exactly(2).Items);
        Assert.That(messages, Has.One.Contains("policy \"Orders.Read\"").And.Contains("RequireClaim(\"scope\",\"orders.read\")").And.Contains("RequireAuthenticatedUser()"));
        Assert.That(messages, Has.One.Contains("FallbackPolicy").And.Contains("to none"));
    }

    [Test]
    public void EndpointsReformattedOrCommented_NewEndpoints_AreNot()
    {
        var after = Endpoints
            .Replace(".RequireAuthorization(\"Orders.Read\");", ".RequireAuthorization( \"Orders.Read\" ); // read scope", StringComparison.Ordinal)
            .Replace("var app = builder.Build();", "var app = builder.Build();\napp.MapGet(\"/health\", () => \"ok\");\napp.MapPost(\"/orders\", () => 1).RequireAuthorization();", StringComparison.Ordinal)
            .Replace("o.AddPolicy(\"Orders.Read\", p => p.RequireClaim(\"scope\", \"orders.read\"));", "o.AddPolicy(\"Orders.Read\",\n        p => p.RequireClaim(\"scope\", \"orders.read\"));\n    o.AddPolicy(\"Orders.Write\", p => p.RequireClaim(\"scope\", \"orders.write\"));", StringComparison.Ordinal);

        Assert.That(ClassifyProgram(Endpoints, after), Is.Empty);
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
