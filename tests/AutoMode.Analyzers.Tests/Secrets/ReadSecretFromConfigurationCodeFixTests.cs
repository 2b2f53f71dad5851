using AutoMode.Analyzers.Rules.Secrets;
using AutoMode.CodeFixes.Secrets;
using Microsoft.CodeAnalysis.Testing;
using Fix = AutoMode.Analyzers.Tests.Infrastructure.CodeFixVerifier<AutoMode.Analyzers.Rules.Secrets.SecretsAnalyzer, AutoMode.CodeFixes.Secrets.ReadSecretFromConfigurationCodeFix>;

namespace AutoMode.Analyzers.Tests.Secrets;

/// <summary>The code fix that moves a hard-coded secret to configuration or the environment.</summary>
public class ReadSecretFromConfigurationCodeFixTests
{
    private static Task RunAsync(string source, string fixedSource, int index = 0, string? title = null)
    {
        var test = Fix.Create(source, fixedSource, SecretsVerify.Packages, index);
        if (title is not null)
        {
            test.CodeActionEquivalenceKey = null;
            test.CodeActionVerifier = (action, verifier) => verifier.Equal(title, action.Title);
        }

        // Only the hard-coded rules take part; reads of the inserted lookups (AM3010/AM3011) are not under test.
        foreach (var id in new[] { "AM3010", "AM3011", "AM3020", "AM3021", "AM3022", "AM3023", "AM3024", "AM3025", "AM3026", "AM3027", "AM3030" })
        {
            test.DisabledDiagnostics.Add(id);
        }

        return test.RunAsync();
    }

    [Test]
    public Task Local_WithConfigurationParameter_ReadsConfiguration() => RunAsync(
        """
        using Microsoft.Extensions.Configuration;
        class Mailer
        {
            void Send(IConfiguration configuration)
            {
                var smtpPassword = {|AM3004:"mailer-7731"|};
            }
        }
        """,
        """
        using Microsoft.Extensions.Configuration;
        class Mailer
        {
            void Send(IConfiguration configuration)
            {
                var smtpPassword = configuration["SmtpPassword"] ?? throw new System.InvalidOperationException("Configuration value 'SmtpPassword' is missing.");
            }
        }
        """,
        title: "Read from configuration key 'SmtpPassword'");

    [Test]
    public Task Argument_WithConfigurationField_ReadsConfiguration() => RunAsync(
        """
        using System;
        using System.Net;
        using Microsoft.Extensions.Configuration;
        class Backup
        {
            private readonly IConfiguration _configuration;
            Backup(IConfiguration configuration) => _configuration = configuration;

            NetworkCredential Credential() => new NetworkCredential("svc-backup", {|AM3003:"Wq3$zX81Lp"|}, "CORP");
        }
        """,
        """
        using System;
        using System.Net;
        using Microsoft.Extensions.Configuration;
        class Backup
        {
            private readonly IConfiguration _configuration;
            Backup(IConfiguration configuration) => _configuration = configuration;

            NetworkCredential Credential() => new NetworkCredential("svc-backup", _configuration["Password"] ?? throw new InvalidOperationException("Configuration value 'Password' is missing."), "CORP");
        }
        """);

    [Test]
    public Task Local_WithConfiguration_SecondActionReadsEnvironment() => RunAsync(
        """
        using System;
        using Microsoft.Extensions.Configuration;
        class Mailer
        {
            void Send(IConfiguration configuration)
            {
                var smtpPassword = {|AM3004:"mailer-7731"|};
            }
        }
        """,
        """
        using System;
        using Microsoft.Extensions.Configuration;
        class Mailer
        {
            void Send(IConfiguration configuration)
            {
                var smtpPassword = Environment.GetEnvironmentVariable("SMTP_PASSWORD") ?? throw new InvalidOperationException("Environment variable 'SMTP_PASSWORD' is not set.");
            }
        }
        """,
        index: 1);

    [Test]
    public Task ConstField_WithoutConfiguration_BecomesStaticReadonlyEnvironmentRead() => RunAsync(
        """
        using System;
        class Settings
        {
            private const string DbPassword = {|AM3004:"Pa55w0rd!2024"|};
        }
        """,
        """
        using System;
        class Settings
        {
            private static readonly string DbPassword = Environment.GetEnvironmentVariable("DB_PASSWORD") ?? throw new InvalidOperationException("Environment variable 'DB_PASSWORD' is not set.");
        }
        """,
        title: "Read from environment variable 'DB_PASSWORD'");

    [Test]
    public Task DictionaryKey_UsesSectionKeyAndDoubleUnderscore() => RunAsync(
        """
        using System.Collections.Generic;
        class Startup
        {
            Dictionary<string, string?> Settings() => new()
            {
                ["Jwt:Key"] = {|AM3004:"ThisIsMySuperSecretKeyForJwtTokens1234567890"|},
            };
        }
        """,
        """
        using System.Collections.Generic;
        class Startup
        {
            Dictionary<string, string?> Settings() => new()
            {
                ["Jwt:Key"] = System.Environment.GetEnvironmentVariable("JWT__KEY") ?? throw new System.InvalidOperationException("Environment variable 'JWT__KEY' is not set."),
            };
        }
        """);

    [Test]
    public Task ConnectionString_Argument_KeyFromParameterName() => RunAsync(
        """
        using Microsoft.Data.SqlClient;
        using Microsoft.Extensions.Configuration;
        class Data
        {
            SqlConnection Open(IConfiguration configuration) => new SqlConnection({|AM3002:"Server=sql;Database=orders;User Id=app;Password=K7#vq2!Lm9;"|});
        }
        """,
        """
        using Microsoft.Data.SqlClient;
        using Microsoft.Extensions.Configuration;
        class Data
        {
            SqlConnection Open(IConfiguration configuration) => new SqlConnection(configuration["ConnectionString"] ?? throw new System.InvalidOperationException("Configuration value 'ConnectionString' is missing."));
        }
        """);

    [Test]
    public Task FieldInitializer_NeverUsesInstanceConfiguration() => RunAsync(
        """
        using Microsoft.Extensions.Configuration;
        class Client
        {
            private readonly IConfiguration _configuration = new ConfigurationBuilder().Build();
            private readonly string _apiKey = {|AM3004:"9f8e7d6c5b4a39281706f5e4d3c2b1a0"|};
        }
        """,
        """
        using Microsoft.Extensions.Configuration;
        class Client
        {
            private readonly IConfiguration _configuration = new ConfigurationBuilder().Build();
            private readonly string _apiKey = System.Environment.GetEnvironmentVariable("API_KEY") ?? throw new System.InvalidOperationException("Environment variable 'API_KEY' is not set.");
        }
        """,
        title: "Read from environment variable 'API_KEY'");

    [Test]
    public async Task InterpolatedConnectionString_HasNoFix()
    {
        var source = """
            class Db
            {
                string Pg(string host) => {|AM3002:$"Host={host};Username=app;Password=Zq8!rT2wX;"|};
            }
            """;
        var test = Fix.Create(source, source, SecretsVerify.Packages);
        await test.RunAsync();
    }
}
