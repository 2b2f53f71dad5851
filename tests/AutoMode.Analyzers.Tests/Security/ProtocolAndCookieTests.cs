using Verify = AutoMode.Analyzers.Tests.Infrastructure.AnalyzerVerifier<AutoMode.Analyzers.Rules.Security.SecurityAnalyzer>;

namespace AutoMode.Analyzers.Tests.Security;

/// <summary>AM6004 outdated TLS protocols given as a value; AM6013 cookie protection relaxed.</summary>
public class ProtocolAndCookieTests
{
    [Test]
    public Task OutdatedProtocolsGiven_AreHigh_ComparedAreNot() =>
        Verify.VerifyAsync("""
            #pragma warning disable SYSLIB0039, SYSLIB0014, CS0618
            using System.Net;
            using System.Net.Security;
            using System.Security.Authentication;

            class Tls
            {
                SslProtocols Current = SslProtocols.Tls12;

                void Configure(SslClientAuthenticationOptions options)
                {
                    options.EnabledSslProtocols = SslProtocols.Tls12 | {|AM6004:SslProtocols.Tls11|};
                    ServicePointManager.SecurityProtocol = {|AM6004:SecurityProtocolType.Tls|} | SecurityProtocolType.Tls12;
                    options.EnabledSslProtocols = SslProtocols.Tls12 | SslProtocols.Tls13;
                    options.EnabledSslProtocols = SslProtocols.None;
                    if (Current == SslProtocols.Tls || Current.HasFlag(SslProtocols.Ssl3)) { }
                    var name = Describe(SslProtocols.Tls12);
                }

                SslProtocols Legacy() => {|AM6004:SslProtocols.Tls|};

                static string Describe(SslProtocols protocols) => protocols switch { SslProtocols.Tls11 => "old", _ => "new" };
            }
            """);

    [Test]
    public Task CookiesRelaxed_AreHigh() =>
        Verify.VerifyAsync(SecurityReferences.AspNetCore, """
            using Microsoft.AspNetCore.Authentication.Cookies;
            using Microsoft.AspNetCore.Http;
            using Microsoft.Extensions.DependencyInjection;

            static class Cookies
            {
                public static void Add(IServiceCollection services, HttpResponse response, bool secure)
                {
                    services.AddAuthentication().AddCookie(o =>
                    {
                        {|AM6013:o.Cookie.SecurePolicy = CookieSecurePolicy.None|};
                        {|AM6013:o.Cookie.HttpOnly = false|};
                    });
                    response.Cookies.Append("session", "value", new CookieOptions { {|AM6013:HttpOnly = false|}, {|AM6013:Secure = false|} });
                    response.Cookies.Append("ok", "value", new CookieOptions { HttpOnly = true, Secure = secure, SameSite = SameSiteMode.Strict });
                    services.AddAntiforgery(o => o.Cookie.SecurePolicy = CookieSecurePolicy.Always);
                }
            }
            """);

    [Test]
    public Task CookieLookAlike_IsSilent() =>
        Verify.VerifyAsync("""
            class CookieOptions { public bool HttpOnly { get; set; } public bool Secure { get; set; } }
            class Setup { CookieOptions Create() => new CookieOptions { HttpOnly = false, Secure = false }; }
            """);
}
