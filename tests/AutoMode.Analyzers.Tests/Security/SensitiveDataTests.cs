using Verify = AutoMode.Analyzers.Tests.Infrastructure.AnalyzerVerifier<AutoMode.Analyzers.Rules.Security.SecurityAnalyzer>;

namespace AutoMode.Analyzers.Tests.Security;

/// <summary>AM6041: sensitive data in logs or responses.</summary>
public class SensitiveDataTests
{
    [Test]
    public Task SensitiveDataLogging_IsHigh_OutsideDevelopment() =>
        Verify.VerifyAsync(SecurityReferences.EfCore, """
            using Microsoft.EntityFrameworkCore;
            using Microsoft.Extensions.Hosting;

            class ShopContext : DbContext
            {
                private readonly IHostEnvironment _env;
                private readonly bool _fromSettings;

                public ShopContext(IHostEnvironment env, bool fromSettings) { _env = env; _fromSettings = fromSettings; }

                protected override void OnConfiguring(DbContextOptionsBuilder options)
                {
                    {|AM6041:options.EnableSensitiveDataLogging()|};
                    {|AM6041:options.EnableSensitiveDataLogging(true)|};
                    options.EnableSensitiveDataLogging(false);
                    options.EnableSensitiveDataLogging(_env.IsDevelopment());
                    options.EnableSensitiveDataLogging(_fromSettings);
                    if (_env.IsDevelopment())
                    {
                        {|AM6092:options.EnableSensitiveDataLogging()|};
                    }
                }
            }
            """);

    // fullstackhero/dotnet-starter-kit (issue #22): the caller's env.IsDevelopment() handed down as a bool named isDevelopment.
    [Test]
    public Task SensitiveDataLogging_UnderAnIsDevelopmentFlag_IsMedium() =>
        Verify.VerifyAsync(SecurityReferences.EfCore, """
            using Microsoft.EntityFrameworkCore;

            static class OptionsBuilderExtensions
            {
                public static DbContextOptionsBuilder Configure(this DbContextOptionsBuilder builder, bool isDevelopment, bool verbose)
                {
                    if (isDevelopment)
                    {
                        {|AM6092:builder.EnableSensitiveDataLogging()|};
                    }

                    if (verbose)
                    {
                        {|AM6041:builder.EnableSensitiveDataLogging()|};
                    }

                    return builder;
                }
            }
            """);

    [Test]
    public Task ErrorDetailsAndPii_AreHigh() =>
        Verify.VerifyAsync(SecurityReferences.Authentication, """
            using Microsoft.AspNetCore.Authentication.JwtBearer;
            using Microsoft.Extensions.DependencyInjection;

            static class Auth
            {
                public static void Add(IServiceCollection services)
                {
                    services.AddAuthentication().AddJwtBearer(o =>
                    {
                        {|AM6041:o.IncludeErrorDetails = true|};
                        o.SaveToken = true;
                    });
                }
            }
            """);

    [Test]
    public Task IdentityModelPii_IsHigh() =>
        Verify.VerifyAsync(SecurityReferences.IdentityModelTokens, """
            using Microsoft.IdentityModel.Logging;

            static class Diagnostics
            {
                public static void Verbose()
                {
                    {|AM6041:IdentityModelEventSource.ShowPII = true|};
                    {|AM6041:IdentityModelEventSource.LogCompleteSecurityArtifact = true|};
                    IdentityModelEventSource.ShowPII = false;
                }
            }
            """);

    [Test]
    public Task LookAlikes_AreSilent() =>
        Verify.VerifyAsync("""
            class DbContextOptionsBuilder { public void EnableSensitiveDataLogging() { } }
            class JwtBearerOptions { public bool IncludeErrorDetails { get; set; } public bool RequireHttpsMetadata { get; set; } }

            class Setup
            {
                void Run(DbContextOptionsBuilder builder)
                {
                    builder.EnableSensitiveDataLogging();
                    var options = new JwtBearerOptions { IncludeErrorDetails = true, RequireHttpsMetadata = false };
                }
            }
            """);
}
