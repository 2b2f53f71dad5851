using Verify = AutoMode.Analyzers.Tests.Infrastructure.AnalyzerVerifier<AutoMode.Analyzers.Rules.Security.SecurityAnalyzer>;

namespace AutoMode.Analyzers.Tests.Security;

/// <summary>AM6021 anonymous access, AM6031/AM6032 CORS, against the ASP.NET Core shared framework.</summary>
public class AuthorizationAndCorsTests
{
    [Test]
    public Task AllowAnonymous_OnControllersActionsEndpointsAndPages_IsHigh() =>
        Verify.VerifyAsync(SecurityReferences.AspNetCore, """
            using Microsoft.AspNetCore.Authorization;
            using Microsoft.AspNetCore.Builder;
            using Microsoft.AspNetCore.Http;
            using Microsoft.AspNetCore.Mvc;
            using Microsoft.Extensions.DependencyInjection;

            [Authorize]
            public class AccountController : ControllerBase
            {
                [{|AM6021:AllowAnonymous|}]
                [HttpPost("login")]
                public IActionResult Login() => Ok();

                public IActionResult Profile() => Ok();
            }

            [{|AM6022:AllowAnonymous|}]
            public class HealthController : ControllerBase
            {
            }

            static class Endpoints
            {
                public static void Map(WebApplication app, IServiceCollection services)
                {
                    {|AM6021:app.MapGet("/status", () => "ok").AllowAnonymous()|};
                    app.MapGet("/admin", () => "secret").RequireAuthorization("Admin");
                    services.AddRazorPages(o => {|AM6021:o.Conventions.AllowAnonymousToFolder("/Public")|});
                }
            }
            """);

    /// <summary>
    /// Real code (issue #14/#22: Kavita's HealthController and FallbackController, bitwarden's InfoController.GetAlive and
    /// Sso HomeController.Error, labeled debatable at High): endpoints the code names as probes, error pages or the SPA
    /// fallback serve no user data; they are one level lower with the reason. An anonymous action beside them that reads
    /// or writes user data — or a controller with one such action — stays High.
    /// </summary>
    [Test]
    public Task AllowAnonymous_OnProbesErrorPagesAndFallbacks_IsMedium_DataEndpointsStayHigh() =>
        Verify.VerifyAsync(SecurityReferences.AspNetCore, """
            using System;
            using Microsoft.AspNetCore.Authorization;
            using Microsoft.AspNetCore.Builder;
            using Microsoft.AspNetCore.Mvc;

            [{|#0:AllowAnonymous|}]
            public class InfoController : Controller
            {
                [HttpGet("~/alive")]
                public DateTime GetAlive() => DateTime.UtcNow;
            }

            [{|AM6022:AllowAnonymous|}]
            public class FallbackController : Controller
            {
                public IActionResult Index() => PhysicalFile("/app/wwwroot/index.html", "text/html");
            }

            [Authorize]
            public class HomeController : Controller
            {
                [{|AM6022:AllowAnonymous|}]
                public IActionResult Error(string errorId) => View();

                [{|AM6021:AllowAnonymous|}]
                public IActionResult Profile(Guid id) => View();
            }

            [{|AM6021:AllowAnonymous|}]
            public class StatusController : Controller
            {
                public DateTime GetAlive() => DateTime.UtcNow;
                public IActionResult Accounts() => Ok();
            }

            static class Endpoints
            {
                public static void Map(WebApplication app)
                {
                    {|AM6022:app.MapHealthChecks("/health").AllowAnonymous()|};
                    {|AM6021:app.MapGet("/health/accounts", () => "data").AllowAnonymous()|};
                }
            }
            """,
            Verify.Diagnostic("AM6022").WithLocation(0).WithMessage(
                "[AllowAnonymous] on 'InfoController' opens every action of it to anonymous callers; its actions ('GetAlive') are named as liveness probes or error pages. Reported at Medium rather than High (AM6021): such endpoints are public by design, but keep them free of user data, and keep the attribute on the actions that need it rather than on a whole controller."));

    [Test]
    public Task AllowAnonymousLookAlikes_AreSilent() =>
        Verify.VerifyAsync(SecurityReferences.AspNetCore, """
            using System;

            namespace MyApp
            {
                class AllowAnonymousAttribute : Attribute { }

                static class Builders
                {
                    public static T AllowAnonymous<T>(this T builder) => builder;
                }

                [AllowAnonymous]
                class PublicThing
                {
                    void Use() => new object().AllowAnonymous();
                }
            }
            """);

    [Test]
    public Task AnyOrigin_IsHigh_AndCredentialsWithAnyOrigin_IsHighToo() =>
        Verify.VerifyAsync(SecurityReferences.AspNetCore, """
            using Microsoft.Extensions.DependencyInjection;

            static class Cors
            {
                public static void Add(IServiceCollection services, string[] configured)
                {
                    services.AddCors(options =>
                    {
                        options.AddPolicy("public", policy => {|AM6031:policy.AllowAnyOrigin()|}.AllowAnyHeader());
                        options.AddPolicy("star", policy => {|AM6031:policy.WithOrigins("https://app.example", "*")|});
                        options.AddPolicy("reflect", policy =>
                            {|AM6032:{|AM6031:policy.SetIsOriginAllowed(origin => true)|}.AllowCredentials()|});
                        options.AddPolicy("listed", policy => policy.WithOrigins("https://app.example").AllowCredentials());
                        options.AddPolicy("configured", policy => policy.WithOrigins(configured).AllowCredentials());
                        options.AddPolicy("checked", policy => policy.SetIsOriginAllowed(origin => origin.EndsWith(".example")).AllowCredentials());
                    });
                }
            }
            """);

    // fullstackhero/dotnet-starter-kit (issue #22): an any-origin policy when a setting says so, an origin list otherwise,
    // each with credentials. The credentials of the listed branch are not AM6032; those of the any-origin branch are.
    [Test]
    public Task CredentialsInTheOtherBranchOfAnAnyOriginSwitch_AreNotAnyOrigin() =>
        Verify.VerifyAsync(SecurityReferences.AspNetCore, """
            using Microsoft.Extensions.DependencyInjection;

            static class Cors
            {
                public static void Add(IServiceCollection services, bool allowAll, string[] origins)
                {
                    services.AddCors(options => options.AddPolicy("app", builder =>
                    {
                        if (allowAll)
                        {
                            {|AM6032:{|AM6031:builder.SetIsOriginAllowed(_ => true)|}.AllowAnyHeader().AllowCredentials()|};
                        }
                        else
                        {
                            builder.WithOrigins(origins).AllowAnyHeader().AllowCredentials();
                        }
                    }));
                }
            }
            """);

    // fullstackhero/dotnet-starter-kit: MapGroup("/health").AllowAnonymous() is a probe (AM6022); other routes stay AM6021.
    [Test]
    public Task AnonymousGroupOnAProbeRoute_IsMedium() =>
        Verify.VerifyAsync(SecurityReferences.AspNetCore, """
            using Microsoft.AspNetCore.Builder;
            using Microsoft.AspNetCore.Http;
            using Microsoft.AspNetCore.Routing;

            static class Endpoints
            {
                public static void Map(IEndpointRouteBuilder app)
                {
                    var health = {|AM6022:app.MapGroup("/health").AllowAnonymous()|};
                    var tagged = {|AM6022:app.MapGroup("/health").WithTags("Health").AllowAnonymous()|};
                    {|AM6021:app.MapGroup("/api").WithTags("Health").AllowAnonymous()|};
                    {|AM6022:app.MapGet("/healthz/ready", () => Results.Ok()).AllowAnonymous()|};
                    {|AM6021:app.MapGroup("/api/healthcare").AllowAnonymous()|};
                    {|AM6021:app.MapGet("/", () => Results.Ok()).AllowAnonymous()|};
                }
            }
            """);

    [Test]
    public Task CorsInDevelopment_IsMedium() =>
        Verify.VerifyAsync(SecurityReferences.AspNetCore, """
            using Microsoft.AspNetCore.Hosting;
            using Microsoft.Extensions.DependencyInjection;
            using Microsoft.Extensions.Hosting;

            static class Cors
            {
                public static void Add(IServiceCollection services, IWebHostEnvironment env)
                {
                    services.AddCors(options =>
                    {
                        if (env.IsDevelopment())
                        {
                            options.AddPolicy("dev", policy => {|AM6092:policy.AllowAnyOrigin()|});
                        }
                    });
                }
            }
            """);

    [Test]
    public Task CorsLookAlike_IsSilent() =>
        Verify.VerifyAsync("""
            class CorsPolicyBuilder
            {
                public CorsPolicyBuilder AllowAnyOrigin() => this;
                public CorsPolicyBuilder AllowCredentials() => this;
            }

            class Setup
            {
                void Run() => new CorsPolicyBuilder().AllowAnyOrigin().AllowCredentials();
            }
            """);
}
