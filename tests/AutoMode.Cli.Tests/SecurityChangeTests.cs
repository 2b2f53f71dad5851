using AutoMode.Cli.Tests.Infrastructure;

namespace AutoMode.Cli.Tests;

/// <summary>
/// `automode check` on changes to the security boundary (AM6xxx): TLS validation switched off is stopped on its own
/// line and names the finding; a callback that validates is allowed.
/// </summary>
public class SecurityChangeTests
{
    private const string Client = """
        using System.Net.Http;
        using System.Net.Security;

        namespace App;

        public static class Mailer
        {
            public static HttpClient Create()
            {
                var handler = new HttpClientHandler
                {
                    ServerCertificateCustomValidationCallback = (message, certificate, chain, errors) => errors == SslPolicyErrors.None,
                };
                return new HttpClient(handler);
            }
        }
        """;

    [Test]
    public void CertificateValidationSwitchedOff_IsCritical_OnItsOwnLine()
    {
        using var repo = Repositories.WithApp();
        repo.Write("src/App/Mailer.cs", Client).Commit("client");
        repo.Replace("src/App/Mailer.cs", "errors == SslPolicyErrors.None,", "true,\n            CheckCertificateRevocationList = false,");

        var json = CheckJson.Run(repo);

        Assert.That(json.Result.ExitCode, Is.EqualTo(1), json.ToString());
        Assert.That(json.Risk, Is.EqualTo("critical"));
        Assert.That(json.RuleIds, Is.EquivalentTo(new[] { "AM6001", "AM6002" }));
        Assert.That(json.Findings.Select(f => f.GetProperty("category").GetString()), Is.All.EqualTo("Security"));
    }

    [Test]
    public void ValidatingCallback_IsAllowed()
    {
        using var repo = Repositories.WithApp();
        repo.Write("src/App/Mailer.cs", Client);

        var json = CheckJson.Run(repo);

        Assert.That(json.Result.ExitCode, Is.Zero, json.ToString());
        Assert.That(json.RuleIds, Is.Empty);
    }
}
