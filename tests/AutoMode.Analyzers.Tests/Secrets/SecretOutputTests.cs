namespace AutoMode.Analyzers.Tests.Secrets;

/// <summary>AM3030: secrets reaching consoles, logs, exception messages and HTTP responses.</summary>
public class SecretOutputTests
{
    private static Task Verify(string source) => SecretsVerify.VerifyOnlyAsync(source, new[] { "AM3030" });

    [Test]
    public Task AM3030_ConfigurationSecret_ToLoggerAndConsole() => Verify("""
        using System;
        using Microsoft.Extensions.Configuration;
        using Microsoft.Extensions.Logging;
        class Startup
        {
            void Run(IConfiguration configuration, ILogger<Startup> logger)
            {
                var password = configuration["Smtp:Password"];
                {|AM3030:logger.LogInformation("Connecting with {Password}", password)|};
                {|AM3030:Console.WriteLine($"Connection string: {configuration.GetConnectionString("Orders")}")|};
                var message = "key=" + configuration.GetSection("Jwt")["Key"];
                {|AM3030:Console.Error.WriteLine(message)|};
                {|AM3030:logger.LogDebug(string.Format("pwd {0}", password))|};
            }
        }
        """);

    /// <summary>A settings property named as a secret, printed (a held-out evaluation case: the SMTP password on the console at start-up).</summary>
    [Test]
    public Task AM3030_SecretNamedSettingsProperty_ToConsole() => Verify("""
        using System;
        class SmtpOptions
        {
            public string SmtpHost { get; init; } = Environment.GetEnvironmentVariable("SMTP_HOST") ?? "localhost";
            public string SmtpPassword { get; init; } = "";
            public string ApiKey { get; set; } = "";
            public string PasswordHash { get; set; } = "";
            public int PasswordMinLength { get; set; }
            public string TokenUrl { get; set; } = "";
        }
        class Program
        {
            static void Main()
            {
                var options = new SmtpOptions();
                {|AM3030:Console.WriteLine($"SMTP {options.SmtpHost} / {options.SmtpPassword}")|};
                {|AM3030:Console.WriteLine("key " + options.ApiKey)|};
                Console.WriteLine($"{options.SmtpHost} {options.PasswordHash} {options.PasswordMinLength} {options.TokenUrl}");
            }
        }
        """);

    [Test]
    public Task AM3030_EnvironmentAndVault_ToDebugTraceExceptionsAndSerilog() => Verify("""
        using System;
        using System.Diagnostics;
        using System.Threading.Tasks;
        using Azure.Security.KeyVault.Secrets;
        class Worker
        {
            async Task Run(SecretClient client)
            {
                var token = Environment.GetEnvironmentVariable("GITHUB_TOKEN");
                {|AM3030:Debug.WriteLine(token)|};
                {|AM3030:Trace.TraceInformation("token: " + token)|};
                var secret = (await client.GetSecretAsync("orders-db-password")).Value;
                {|AM3030:Serilog.Log.Information("Loaded {Value}", secret.Value)|};
                if (secret.Value.Length < 12)
                {
                    throw {|AM3030:new InvalidOperationException($"Weak password '{secret.Value}'")|};
                }
            }
        }
        """);

    [Test]
    public Task AM3030_HardcodedSecret_ToOutput() => Verify($$"""
        using System;
        class Tool
        {
            private const string ApiKey = "9f8e7d6c5b4a39281706f5e4d3c2b1a0";
            void Run()
            {
                var token = "{{Fake.GitHub}}";
                {|AM3030:Console.WriteLine(token)|};
                {|AM3030:Console.WriteLine("key " + ApiKey)|};
            }
        }
        """);

    [Test]
    public Task AM3030_HttpResponse() => Verify("""
        using System.Threading.Tasks;
        using Microsoft.AspNetCore.Http;
        using Microsoft.Extensions.Configuration;
        class Endpoint
        {
            Task Handle(HttpContext context, IConfiguration configuration)
                => {|AM3030:context.Response.WriteAsync(configuration["Stripe:ApiKey"])|};
        }
        """);

    [Test]
    public Task AM3030_SettingHeldByASecretNamedLocal() => Verify("""
        using System;
        class Program
        {
            static void Main()
            {
                var connectionString = Environment.GetEnvironmentVariable("BILLING_DB")
                    ?? throw new InvalidOperationException("Set BILLING_DB.");
                {|AM3030:Console.WriteLine($"Connecting with: {connectionString}")|};
            }
        }
        """);

    [Test]
    public Task NotFlagged_SettingHeldByAnOrdinaryLocal() => Verify("""
        using System;
        class Program
        {
            static void Main()
            {
                var region = Environment.GetEnvironmentVariable("BILLING_REGION") ?? "eu-west-1";
                Console.WriteLine($"Region: {region}");
                var connectionStringName = "Billing";
                Console.WriteLine($"Using {connectionStringName}");
            }
        }
        """);

    [Test]
    public Task NotFlagged_NamesPresenceLengthsAndOrdinarySettings() => Verify("""
        using System;
        using System.Threading.Tasks;
        using Azure.Security.KeyVault.Secrets;
        using Microsoft.Extensions.Configuration;
        using Microsoft.Extensions.Logging;
        class Startup
        {
            async Task Run(IConfiguration configuration, ILogger<Startup> logger, SecretClient client, string secretName)
            {
                var password = configuration["Smtp:Password"];
                logger.LogInformation("Smtp password set: {IsSet}", password is not null);
                logger.LogInformation("Smtp password length: {Length}", password?.Length);
                logger.LogInformation("Connecting to {Host}", configuration["Smtp:Host"]);
                logger.LogInformation("Reading secret {Name}", secretName);
                var secret = (await client.GetSecretAsync(secretName)).Value;
                logger.LogInformation("Loaded {Name} version {Version}", secret.Name, secret.Properties.Version);
                Console.WriteLine("Password changed");
                Console.WriteLine(Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT"));
                if (string.IsNullOrEmpty(password))
                {
                    throw new InvalidOperationException("Smtp:Password is not configured");
                }

                password = "overwritten";
                Console.WriteLine(password);
            }
        }
        """);

    [Test]
    public Task NotFlagged_DerivedAndDescriptiveOutput() => Verify("""
        using System;
        using System.Diagnostics;
        using System.Security.Cryptography;
        using System.Text;
        using Microsoft.Extensions.Configuration;
        using Microsoft.Extensions.Logging;
        class Diagnostics
        {
            void Run(IConfiguration configuration, ILogger logger, Exception error)
            {
                var password = configuration["Smtp:Password"] ?? "";
                var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(password)))[..8];
                logger.LogInformation("Password fingerprint {Hash}", hash);
                logger.LogInformation("Reading {Key}", "Smtp:Password");
                Console.WriteLine(new string('*', password.Length));
                Debug.Assert(password.Length > 0, "Smtp:Password is empty");
                logger.LogWarning(error, "Could not read {Secret}", "orders-db-password");
                Trace.TraceWarning("Secret rotation is due for {0}", "orders-db-password");
                throw new InvalidOperationException("The secret Smtp:Password is missing or empty.");
            }
        }
        """);
}
