using Verify = AutoMode.Analyzers.Tests.Infrastructure.AnalyzerVerifier<AutoMode.Analyzers.Rules.Security.SecurityAnalyzer>;

namespace AutoMode.Analyzers.Tests.Security;

/// <summary>
/// Minimized reproductions of what the family met in real code (jellyfin, bitwarden/server): the patterns that are
/// reported once and correctly, and the validating look-alikes next to them that must stay silent.
/// </summary>
public class RealCodeReproductionTests
{
    [Test]
    public Task CorsPolicyProvider_AnyOriginOnlyWhenNothingIsConfigured() =>
        Verify.VerifyAsync(SecurityReferences.AspNetCore, """
            using System;
            using Microsoft.AspNetCore.Cors.Infrastructure;

            class CorsPolicyProvider
            {
                public CorsPolicy Get(string[] corsHosts)
                {
                    var builder = new CorsPolicyBuilder().AllowAnyMethod().AllowAnyHeader();
                    if (corsHosts.Length == 0 || (corsHosts.Length == 1 && string.Equals(corsHosts[0], CorsConstants.AnyOrigin, StringComparison.Ordinal)))
                    {
                        {|AM6031:builder.AllowAnyOrigin()|};
                    }
                    else
                    {
                        builder.WithOrigins(corsHosts).AllowCredentials();
                    }

                    return builder.Build();
                }
            }
            """);

    [Test]
    public Task CredentialedCorsWithARealOriginCheck_IsSilent() =>
        Verify.VerifyAsync(SecurityReferences.AspNetCore, """
            using Microsoft.AspNetCore.Builder;
            using Microsoft.AspNetCore.Hosting;
            using Microsoft.Extensions.Hosting;

            static class Helpers { public static bool IsCorsOriginAllowed(string origin, string[] allowed) => System.Array.IndexOf(allowed, origin) >= 0; }

            class Startup
            {
                public IWebHostEnvironment Environment { get; } = null!;

                public void Configure(IApplicationBuilder app, string[] allowed, string api)
                {
                    app.UseCors(policy => policy.SetIsOriginAllowed(o =>
                            Helpers.IsCorsOriginAllowed(o, allowed) ||
                            (Environment.IsDevelopment() && o == api))
                        .AllowAnyMethod().AllowAnyHeader().AllowCredentials());
                }
            }
            """);

    [Test]
    public Task MailKitCallbackThatTrustsOnlyWhenConfiguredAndOtherwiseChecks_IsSilent() =>
        Verify.VerifyAsync(SecurityReferences.MailKit, """
            using System.Linq;
            using System.Net.Security;
            using System.Security.Cryptography.X509Certificates;
            using MailKit.Net.Smtp;

            class MailDelivery
            {
                private readonly bool _trustServer;

                public MailDelivery(bool trustServer) => _trustServer = trustServer;

                public void Connect(SmtpClient client) => client.ServerCertificateValidationCallback = ValidateServerCertificate;

                internal bool ValidateServerCertificate(object sender, X509Certificate? certificate, X509Chain? chain, SslPolicyErrors sslPolicyErrors)
                {
                    if (_trustServer)
                    {
                        return true;
                    }

                    if (sslPolicyErrors == SslPolicyErrors.None)
                    {
                        return true;
                    }

                    var onlyCrlErrors = chain?.ChainStatus.All(s => s.Status == X509ChainStatusFlags.RevocationStatusUnknown) ?? false;
                    return sslPolicyErrors == SslPolicyErrors.RemoteCertificateChainErrors && onlyCrlErrors;
                }
            }
            """);

    [Test]
    public Task RequireHttpsMetadataFromTheEnvironment_IsSilent_AudienceCheckOff_IsHigh() =>
        Verify.VerifyAsync(SecurityReferences.Authentication, """
            using Microsoft.AspNetCore.Authentication.JwtBearer;
            using Microsoft.AspNetCore.Hosting;
            using Microsoft.Extensions.DependencyInjection;
            using Microsoft.Extensions.Hosting;

            static class Services
            {
                public static void AddIdentityAuthentication(IServiceCollection services, IWebHostEnvironment environment, string internalIdentity)
                {
                    services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer(options =>
                    {
                        options.Authority = internalIdentity;
                        options.RequireHttpsMetadata = !environment.IsDevelopment() && internalIdentity.StartsWith("https");
                        {|AM6012:options.TokenValidationParameters.ValidateAudience = false|};
                        options.TokenValidationParameters.ValidTypes = new[] { "at+jwt" };
                    });
                }
            }
            """);

    [Test]
    public Task SensitiveDataLoggingFromASetting_IsSilent() =>
        Verify.VerifyAsync(SecurityReferences.EfCore, """
            using System.Collections.Generic;
            using Microsoft.EntityFrameworkCore;

            class SqliteProvider
            {
                public void Initialise(DbContextOptionsBuilder options, IDictionary<string, string> customOptions)
                {
                    var enableSensitiveDataLogging = customOptions.TryGetValue("EnableSensitiveDataLogging", out var value) && bool.Parse(value);
                    if (enableSensitiveDataLogging)
                    {
                        options.EnableSensitiveDataLogging(enableSensitiveDataLogging);
                    }
                }
            }
            """);
}
