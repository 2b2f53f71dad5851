using AutoMode.Gate.Classification;
using AutoMode.Gate.Git;
using AutoMode.Gate.Model;

namespace AutoMode.Cli.Tests.Engine;

/// <summary>
/// AMG608: certificate validation that may accept certificates with errors, added or changed; AMG609: a CORS policy
/// with credentials or the application's own origin check, added or changed. Minimized from real commits
/// (bitwarden/server 5dcb8ca7 and 353b596a, duplicati/duplicati 8533b983).
/// </summary>
public class CertificateAndCorsChangesUnitTests
{
    private const string SmtpBefore = """
        class SmtpSender
        {
            void Send(SmtpClient client)
            {
                if (_settings.TrustServer)
                {
                    client.ServerCertificateValidationCallback = (s, c, h, e) => true;
                }
            }
        }
        """;

    // bitwarden/server 5dcb8ca7: the callback moves into a method that also accepts chains whose only errors are revocation errors.
    private const string SmtpAfter = """
        class SmtpSender
        {
            void Send(SmtpClient client)
            {
                client.ServerCertificateValidationCallback = ValidateServerCertificate;
            }

            internal bool ValidateServerCertificate(object sender, X509Certificate? certificate, X509Chain? chain, SslPolicyErrors sslPolicyErrors)
            {
                if (_settings.TrustServer)
                {
                    return true;
                }
                if (sslPolicyErrors == SslPolicyErrors.None)
                {
                    return true;
                }
                var hasOnlyCrlErrors = chain?.ChainStatus.All(status => status.Status == X509ChainStatusFlags.RevocationStatusUnknown) ?? false;
                if (sslPolicyErrors == SslPolicyErrors.RemoteCertificateChainErrors && hasOnlyCrlErrors)
                {
                    _logger.LogWarning("Certificate revocation status unavailable");
                    return true;
                }
                return false;
            }
        }
        """;

    private static List<Finding> Certificates(string? before, string after)
        => CertificateValidationChanges.Classify(new ChangedFile("src/Mail/SmtpSender.cs", before is null ? ChangeKind.Added : ChangeKind.Modified, null, before, after, false)).ToList();

    private static List<Finding> Cors(string? before, string after)
        => CorsPolicyChanges.Classify(new ChangedFile("src/Api/Startup.cs", before is null ? ChangeKind.Added : ChangeKind.Modified, null, before, after, false)).ToList();

    [Test]
    public void CallbackThatAcceptsRevocationErrors_IsReportedOnItsLine()
    {
        var findings = Certificates(SmtpBefore, SmtpAfter);

        Assert.That(findings.Select(f => (f.RuleId, f.Line)), Is.EqualTo(new[] { ("AMG608", 8) }));
        Assert.That(findings[0].Risk, Is.EqualTo(RiskLevel.High));
        Assert.That(findings[0].Category, Is.EqualTo("Security"));
        Assert.That(findings[0].Message, Does.StartWith("New certificate validation callback ValidateServerCertificate(…) that may accept a certificate with errors"));
    }

    [Test]
    public void CallbackChanged_NamesOldAndNew_ButNotForLogWording()
    {
        var widened = SmtpAfter.Replace("RevocationStatusUnknown)", "RevocationStatusUnknown || status.Status == X509ChainStatusFlags.NotTimeValid)", StringComparison.Ordinal);
        var changed = Certificates(SmtpAfter, widened);
        Assert.That(changed.Select(f => f.RuleId), Is.EqualTo(new[] { "AMG608" }));
        Assert.That(changed[0].Message, Does.Contain("changed from").And.Contain("NotTimeValid"));

        var reworded = SmtpAfter.Replace("\"Certificate revocation status unavailable\"", "\"Accepting a certificate whose revocation status is unknown\"", StringComparison.Ordinal)
            .Replace("                return false;", "                // everything else is rejected\n                return false;", StringComparison.Ordinal);
        Assert.That(Certificates(SmtpAfter, reworded), Is.Empty);
    }

    [Test]
    public void CallbacksThatRejectErrorsOrPin_AreNotReported()
    {
        const string after = """
            class Clients
            {
                void Configure(HttpClientHandler handler, SslClientAuthenticationOptions options, string pinned)
                {
                    handler.ServerCertificateCustomValidationCallback = (_, certificate, _, errors) => errors == SslPolicyErrors.None || string.Equals(certificate?.GetCertHashString(), pinned, StringComparison.OrdinalIgnoreCase);
                    options.RemoteCertificateValidationCallback = (s, c, ch, errors) =>
                    {
                        if (errors != SslPolicyErrors.None) throw new AuthenticationException(errors.ToString());
                        return true;
                    };
                }

                static bool Check(object sender, X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors)
                {
                    if (errors is SslPolicyErrors.None)
                    {
                        return true;
                    }

                    return certificate?.GetCertHashString() == Pinned;
                }

                void Unrelated(Func<string, bool> filter) => filter = _ => true;
            }
            """;
        Assert.That(Certificates(null, after), Is.Empty);
    }

    [Test]
    public void TrustSwitchAndRevocationOff_AreReported_StrictSettingsAreNot()
    {
        const string after = """
            class Validator
            {
                void Configure(HttpClientHandler handler, X509Chain chain, bool ignoreRevocationFailure)
                {
                    handler.ServerCertificateCustomValidationCallback = (m, c, ch, errors) => _acceptAll || errors == SslPolicyErrors.None;
                    chain.ChainPolicy.RevocationMode = ignoreRevocationFailure ? X509RevocationMode.NoCheck : X509RevocationMode.Online;
                    chain.ChainPolicy.VerificationFlags = X509VerificationFlags.NoFlag;
                    handler.CheckCertificateRevocationList = true;
                }
            }
            """;
        var findings = Certificates(null, after);
        Assert.That(findings.Select(f => (f.RuleId, f.Line)), Is.EqualTo(new[] { ("AMG608", 5), ("AMG608", 6) }));
        Assert.That(findings[1].Message, Does.Contain("RevocationMode setting").And.Contain("X509RevocationMode.NoCheck"));
    }

    [Test]
    public void CorsWithCredentialsAndOwnOriginCheck_IsReported()
    {
        const string before = """
            app.UseRouting();
            """;
        const string after = """
            app.UseRouting();
            app.UseCors(policy => policy.SetIsOriginAllowed(o => CoreHelpers.IsCorsOriginAllowed(o, globalSettings))
                .AllowAnyMethod().AllowAnyHeader().AllowCredentials());
            """;
        var findings = Cors(before, after);
        Assert.That(findings.Select(f => (f.RuleId, f.Line, f.Risk)), Is.EqualTo(new[] { ("AMG609", 2, RiskLevel.High) }));
        Assert.That(findings[0].Message, Does.StartWith("New CORS policy of UseCors(…)").And.Contain("AllowCredentials()"));
    }

    [Test]
    public void CorsPolicyChanged_NamesOldAndNew_AndIsNoAuthorizationPolicy()
    {
        const string before = """
            services.AddCors(options => options.AddPolicy("partners", policy => policy.WithOrigins(settings.Origins).AllowCredentials()));
            services.AddAuthorization(options => options.AddPolicy("Admin", p => p.RequireRole("admin")));
            """;
        var after = before.Replace("WithOrigins(settings.Origins)", "SetIsOriginAllowed(o => o.EndsWith(settings.Domain))", StringComparison.Ordinal);
        var findings = Cors(before, after);
        Assert.That(findings.Select(f => f.RuleId), Is.EqualTo(new[] { "AMG609" }));
        Assert.That(findings[0].Message, Does.StartWith("The CORS policy \"partners\" changed from").And.Contain("WithOrigins(settings.Origins)").And.Contain("SetIsOriginAllowed"));

        var authorization = AuthorizationChanges.Classify(new ChangedFile("src/Api/Startup.cs", ChangeKind.Modified, null, before, after, false)).ToList();
        Assert.That(authorization, Is.Empty, "a CORS policy is not an authorization policy");
    }

    [Test]
    public void CorsOriginListWithoutCredentials_FormattingAndRemoval_AreNotReported()
    {
        const string listed = """
            builder.Services.AddCors(options => options.AddPolicy("partners", policy => policy.WithOrigins(builder.Configuration.GetSection("Cors:Origins").Get<string[]>()).AllowAnyHeader()));
            """;
        Assert.That(Cors(null, listed), Is.Empty);

        const string credentials = """
            services.AddCors(o => o.AddDefaultPolicy(p => p.SetIsOriginAllowed(IsTrusted).AllowCredentials()));
            """;
        var reformatted = "// trusted partner sites\nservices.AddCors(o =>\n    o.AddDefaultPolicy(p => p\n        .SetIsOriginAllowed(IsTrusted)\n        .AllowCredentials()));\n";
        Assert.That(Cors(credentials, reformatted), Is.Empty);
        Assert.That(Cors(credentials, "services.AddControllers();\n"), Is.Empty);
    }
}
