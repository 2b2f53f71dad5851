using AutoMode.Gate.Classification;
using AutoMode.Gate.Git;
using AutoMode.Gate.Model;

namespace AutoMode.Cli.Tests.Engine;

/// <summary>AMG602: the Identity password or lockout policy weakened; AMG603: an authentication scheme or handler added or changed.</summary>
public class AuthenticationChangesUnitTests
{
    private const string Identity = """
        builder.Services.AddAuthentication().AddJwtBearer("Api", o =>
        {
            o.Authority = "https://login.contoso.example";
            o.Audience = "orders-api";
        });
        builder.Services.Configure<IdentityOptions>(options =>
        {
            options.Password.RequiredLength = 12;
            options.Password.RequireNonAlphanumeric = true;
            options.Lockout.MaxFailedAccessAttempts = 5;
            options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
            options.Password.RequireDigit = settings.RequireDigit;
        });
        """;

    private static List<Finding> Classify(string? before, string after)
        => AuthenticationChanges.Classify(new ChangedFile("src/Api/Program.cs", before is null ? ChangeKind.Added : ChangeKind.Modified, null, before, after, false)).ToList();

    [Test]
    public void PasswordAndLockoutWeakened_NamesOldAndNew()
    {
        var after = Identity
            .Replace("RequiredLength = 12", "RequiredLength = 6", StringComparison.Ordinal)
            .Replace("RequireNonAlphanumeric = true", "RequireNonAlphanumeric = false", StringComparison.Ordinal)
            .Replace("MaxFailedAccessAttempts = 5", "MaxFailedAccessAttempts = 50", StringComparison.Ordinal)
            .Replace("TimeSpan.FromMinutes(15)", "TimeSpan.FromSeconds(30)", StringComparison.Ordinal);
        var findings = Classify(Identity, after);

        Assert.That(findings.Select(f => f.RuleId), Is.EqualTo(new[] { "AMG602", "AMG602", "AMG602", "AMG602" }));
        Assert.That(findings[0].Line, Is.EqualTo(8));
        Assert.That(findings[0].Message, Does.Contain("RequiredLength changed from 12 to 6"));
        Assert.That(findings[2].Message, Does.Contain("lockout policy").And.Contain("from 5 to 50"));
        Assert.That(findings.All(f => f.Risk == RiskLevel.High && f.Category == "Security"));
    }

    [Test]
    public void StricterPolicies_ValuesFromSettingsAndFormatting_AreNot_ASettingReplacedByAWeakConstantIs()
    {
        var stricter = Identity
            .Replace("RequiredLength = 12", "RequiredLength =  14", StringComparison.Ordinal)
            .Replace("MaxFailedAccessAttempts = 5", "MaxFailedAccessAttempts = 3", StringComparison.Ordinal)
            .Replace("RequireNonAlphanumeric = true", "RequireNonAlphanumeric = settings.Symbols", StringComparison.Ordinal);
        Assert.That(Classify(Identity, stricter), Is.Empty);

        var findings = Classify(Identity, Identity.Replace("RequireDigit = settings.RequireDigit", "RequireDigit = false", StringComparison.Ordinal));
        Assert.That(findings.Select(f => f.Message), Is.EqualTo(new[] { "The password policy is weakened: RequireDigit changed from settings.RequireDigit to false; weaker passwords are accepted." }));
    }

    [Test]
    public void NewSetupBelowTheDefaults_IsReported()
    {
        var findings = Classify(null, "services.AddIdentityCore<User>(o => { o.Password.RequiredLength = 4; o.Lockout.AllowedForNewUsers = false; o.Password.RequireUppercase = true; });");

        Assert.That(findings.Select(f => f.Message), Has.Exactly(2).Items);
        Assert.That(findings.Select(f => f.Message), Has.One.Contains("from the default 6 characters to 4"));
        Assert.That(findings.Select(f => f.Message), Has.One.Contains("AllowedForNewUsers changed from the default true to false"));
    }

    [Test]
    public void SchemeOptionsChangedAndNewScheme_AreReported_ReformattingIsNot()
    {
        var changed = Identity.Replace("\"orders-api\"", "\"api\"", StringComparison.Ordinal)
            .Replace("builder.Services.Configure", "builder.Services.AddAuthentication().AddScheme<ApiKeyOptions, ApiKeyHandler>(\"ApiKey\", null);\nbuilder.Services.Configure", StringComparison.Ordinal);
        var findings = Classify(Identity, changed).Where(f => f.RuleId == "AMG603").ToList();

        Assert.That(findings, Has.Count.EqualTo(2));
        Assert.That(findings[0].Message, Does.Contain("scheme AddJwtBearer \"Api\" changed").And.Contain("\"orders-api\"").And.Contain("\"api\""));
        Assert.That(findings[1].Message, Does.StartWith("New authentication scheme AddScheme \"ApiKey\""));

        var reformatted = Identity.Replace("o.Audience = \"orders-api\";", "o.Audience =   \"orders-api\"; // the API's audience", StringComparison.Ordinal);
        Assert.That(Classify(Identity, reformatted), Is.Empty);
    }

    [Test]
    public void HandlerAddedOrChanged_IsReported_ACookieElsewhereIsNot()
    {
        const string Handler = """
            public sealed class ApiKeyHandler : AuthenticationHandler<ApiKeyOptions>
            {
                protected override Task<AuthenticateResult> HandleAuthenticateAsync()
                    => Task.FromResult(Request.Headers["X-Api-Key"] == Options.Key ? Success() : AuthenticateResult.Fail("bad key"));
            }
            """;
        Assert.That(Classify(null, Handler).Select(f => f.Message), Has.One.StartsWith("New authentication handler ApiKeyHandler"));
        Assert.That(Classify(Handler, Handler.Replace("== Options.Key", "!= null", StringComparison.Ordinal)).Select(f => f.Message), Has.One.StartsWith("The authentication handler ApiKeyHandler changed"));
        Assert.That(Classify("class Jar { }", "class Jar { void Fill(Jar j) => j.AddCookie(\"a\"); }"), Is.Empty);
    }
}
