using Microsoft.CodeAnalysis.Testing;
using Verify = AutoMode.Analyzers.Tests.Infrastructure.AnalyzerVerifier<AutoMode.Analyzers.Rules.Security.SecurityAnalyzer>;

namespace AutoMode.Analyzers.Tests.Security;

/// <summary>AM6001–AM6003: certificate validation callbacks that accept everything, revocation checks off, HTTPS metadata off.</summary>
public class CertificateValidationTests
{
    private const string Usings = """
        using System;
        using System.Net;
        using System.Net.Http;
        using System.Net.Security;
        using System.Net.Sockets;
        using System.Security.Cryptography.X509Certificates;

        """;

    [Test]
    public Task CallbacksThatReturnTrue_AreCritical() =>
        Verify.VerifyAsync(Usings + """
            class Clients
            {
                HttpClient Create()
                {
                    var handler = new HttpClientHandler();
                    handler.ServerCertificateCustomValidationCallback = {|AM6001:(message, certificate, chain, errors) => true|};
                    return new HttpClient(handler);
                }

                HttpClientHandler Dangerous() => new HttpClientHandler { ServerCertificateCustomValidationCallback = {|AM6001:HttpClientHandler.DangerousAcceptAnyServerCertificateValidator|} };

                void Global()
                {
            #pragma warning disable SYSLIB0014
                    ServicePointManager.ServerCertificateValidationCallback = {|AM6001:delegate { return true; }|};
                    ServicePointManager.ServerCertificateValidationCallback += {|AM6001:(s, c, ch, e) => { Console.WriteLine(e); return true; }|};
            #pragma warning restore SYSLIB0014
                }

                SslStream Stream(NetworkStream network) => new SslStream(network, false, {|AM6001:AcceptAll|});

                SslClientAuthenticationOptions Options() => new SslClientAuthenticationOptions
                {
                    TargetHost = "db.internal",
                    RemoteCertificateValidationCallback = {|AM6001:new RemoteCertificateValidationCallback(AcceptAll)|},
                };

                static bool AcceptAll(object sender, X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors) => true;
            }
            """);

    [Test]
    public Task CallbacksThatInspectTheCertificate_AreSilent() =>
        Verify.VerifyAsync(Usings + """
            class Clients
            {
                private readonly string _thumbprint = "";
                private readonly bool _trustAll;

                void Configure(HttpClientHandler handler, SslClientAuthenticationOptions options)
                {
                    handler.ServerCertificateCustomValidationCallback = (m, c, ch, errors) => errors == SslPolicyErrors.None;
                    handler.ServerCertificateCustomValidationCallback = (m, c, ch, errors) =>
                    {
                        if (errors == SslPolicyErrors.None) return true;
                        return c?.Thumbprint == _thumbprint;
                    };
                    handler.ServerCertificateCustomValidationCallback = (m, c, ch, errors) =>
                    {
                        if (errors != SslPolicyErrors.None) throw new InvalidOperationException("bad certificate");
                        return true;
                    };
                    handler.ServerCertificateCustomValidationCallback = (m, c, ch, errors) => { Pin(c); return true; };
                    handler.ServerCertificateCustomValidationCallback = (m, c, ch, errors) => _trustAll;
                    options.RemoteCertificateValidationCallback = Check;
                    Func<string, bool> unrelated = _ => true;
                }

                static void Pin(X509Certificate2? certificate) { if (certificate is null) throw new ArgumentException(); }

                static bool Check(object sender, X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors)
                {
                    if (errors == SslPolicyErrors.None) return true;
                    return false;
                }
            }
            """);

    [Test]
    public Task RevocationChecksTurnedOff_AreCritical() =>
        Verify.VerifyAsync(Usings + """
            class Clients
            {
                void Configure(HttpClientHandler handler, SslClientAuthenticationOptions options)
                {
                    {|AM6002:handler.CheckCertificateRevocationList = false|};
                    {|AM6002:options.CertificateRevocationCheckMode = X509RevocationMode.NoCheck|};
                    handler.CheckCertificateRevocationList = true;
                    options.CertificateRevocationCheckMode = X509RevocationMode.Online;
                    var policy = new X509ChainPolicy { RevocationMode = X509RevocationMode.NoCheck };
                }
            }
            """);

    [Test]
    public Task MailKitCallbackAndRevocation_AreCritical() =>
        Verify.VerifyAsync(SecurityReferences.MailKit, """
            using MailKit.Net.Smtp;

            class Mailer
            {
                void Connect(SmtpClient client)
                {
                    client.ServerCertificateValidationCallback = {|AM6001:(s, c, h, e) => true|};
                    {|AM6002:client.CheckCertificateRevocation = false|};
                }
            }
            """);

    [Test]
    public Task RequireHttpsMetadataOff_IsCriticalOutsideDevelopment() =>
        Verify.VerifyAsync(SecurityReferences.Authentication, """
            using Microsoft.AspNetCore.Authentication.JwtBearer;
            using Microsoft.AspNetCore.Authentication.OpenIdConnect;
            using Microsoft.AspNetCore.Hosting;
            using Microsoft.Extensions.DependencyInjection;
            using Microsoft.Extensions.Hosting;

            class Startup
            {
                void Configure(IServiceCollection services, IWebHostEnvironment env, bool fromSettings)
                {
                    services.AddAuthentication()
                        .AddJwtBearer(o => {|AM6003:o.RequireHttpsMetadata = false|})
                        .AddOpenIdConnect(o =>
                        {
                            if (env.IsDevelopment())
                            {
                                {|AM6091:o.RequireHttpsMetadata = false|};
                            }

                            o.RequireHttpsMetadata = !env.IsDevelopment();
                            o.RequireHttpsMetadata = fromSettings;
                        });
                }
            }
            """);

    // eShopOnWeb's PublicApi (issue #22): a symmetric signing key and no Authority, so no metadata is fetched from what this
    // code configures; reported one level lower with the reason. An Authority beside the keys keeps it Critical.
    [Test]
    public Task HttpsMetadataOff_WithOwnKeysAndNoAuthority_IsHigh() =>
        Verify.VerifyAsync(SecurityReferences.Authentication, """
            using System.Text;
            using Microsoft.AspNetCore.Authentication.JwtBearer;
            using Microsoft.Extensions.DependencyInjection;
            using Microsoft.IdentityModel.Tokens;

            class Startup
            {
                void OwnKey(IServiceCollection services, byte[] key) =>
                    services.AddAuthentication().AddJwtBearer(config =>
                    {
                        {|AM6005:config.RequireHttpsMetadata = false|};
                        config.TokenValidationParameters = new TokenValidationParameters
                        {
                            ValidateIssuerSigningKey = true,
                            IssuerSigningKey = new SymmetricSecurityKey(key),
                        };
                    });

                void WithAuthority(IServiceCollection services, byte[] key) =>
                    services.AddAuthentication().AddJwtBearer(config =>
                    {
                        config.Authority = "http://identity.internal";
                        {|AM6003:config.RequireHttpsMetadata = false|};
                        config.TokenValidationParameters = new TokenValidationParameters { IssuerSigningKey = new SymmetricSecurityKey(key) };
                    });
            }
            """);

    [Test]
    public Task DevelopmentOnlyBranches_AreOneLevelLower_WithTheReason()
    {
        var test = Verify.Create(Usings + """
            using Microsoft.Extensions.Hosting;

            class Clients
            {
                void Configure(HttpClientHandler handler, IHostEnvironment env)
                {
                    if (env.IsDevelopment())
                        handler.ServerCertificateCustomValidationCallback = {|#0:(m, c, ch, e) => true|};
                    if (!env.IsDevelopment()) { } else handler.ServerCertificateCustomValidationCallback = {|#1:(m, c, ch, e) => true|};
                    if (env.IsDevelopment() && handler.SupportsProxy) handler.ServerCertificateCustomValidationCallback = {|#2:(m, c, ch, e) => true|};
                    if (env.IsEnvironment("Development")) handler.ServerCertificateCustomValidationCallback = {|#3:(m, c, ch, e) => true|};
                    if (env.EnvironmentName == Environments.Development) handler.ServerCertificateCustomValidationCallback = {|#4:(m, c, ch, e) => true|};
            #if DEBUG
                    handler.ServerCertificateCustomValidationCallback = {|#5:(m, c, ch, e) => true|};
            #endif
                    if (env.IsDevelopment() || handler.SupportsProxy) handler.ServerCertificateCustomValidationCallback = {|#6:(m, c, ch, e) => true|};
                    if (!env.IsDevelopment()) handler.ServerCertificateCustomValidationCallback = {|#7:(m, c, ch, e) => true|};
                }
            }
            """);
        test.ReferenceAssemblies = SecurityReferences.AspNetCore;
        test.SolutionTransforms.Add((solution, projectId) => solution.WithProjectParseOptions(projectId,
            new Microsoft.CodeAnalysis.CSharp.CSharpParseOptions(preprocessorSymbols: new[] { "DEBUG" })));
        const string What = "'HttpClientHandler.ServerCertificateCustomValidationCallback' accepts every server certificate";
        const string Development = "in a branch taken only in development (IsDevelopment())";
        for (var i = 0; i <= 4; i++)
        {
            test.ExpectedDiagnostics.Add(Verify.Diagnostic("AM6091").WithLocation(i).WithArguments(What, Development, "AM6001"));
        }

        test.ExpectedDiagnostics.Add(Verify.Diagnostic("AM6091").WithLocation(5).WithArguments(What, "in code compiled only in DEBUG builds (#if DEBUG)", "AM6001"));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic("AM6001").WithLocation(6).WithArguments(What));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic("AM6001").WithLocation(7).WithArguments(What));
        return test.RunAsync();
    }

    [Test]
    public Task InATestProject_CallbacksAreHigh() =>
        Verify.VerifyAsync(SecurityReferences.NUnit, Usings + """
            using NUnit.Framework;

            public class ApiTests
            {
                [Test]
                public void CallsTheLocalServer()
                {
                    using var handler = new HttpClientHandler { ServerCertificateCustomValidationCallback = {|AM6091:(m, c, ch, e) => true|} };
                }
            }
            """);

    /// <summary>
    /// RestSharp's CookieRedirectTests (issue #14, labeled wrong at High): a test starts a local HTTPS server itself
    /// (WireMockServer.Start there; here an ASP.NET Core WebApplication on 127.0.0.1) and trusts its self-signed
    /// certificate: AM6092 (Medium), two levels below AM6001. The same callback in a test that starts no server stays
    /// AM6091 (High).
    /// </summary>
    [Test]
    public Task InATestProject_AgainstALocalServerItStarts_IsMedium() =>
        Verify.VerifyAsync(SecurityReferences.AspNetCoreInTests, Usings + """
            using System.Threading.Tasks;
            using Microsoft.AspNetCore.Builder;
            using NUnit.Framework;

            public class RedirectTests
            {
                [Test]
                public async Task FollowsTheRedirect()
                {
                    var app = WebApplication.Create();
                    app.Urls.Add("https://127.0.0.1:0");
                    await app.StartAsync();
                    using var handler = new HttpClientHandler { ServerCertificateCustomValidationCallback = {|#0:(m, c, ch, e) => true|} };
                    await app.StopAsync();
                }

                [Test]
                public void CallsSomeServer()
                {
                    using var handler = new HttpClientHandler { ServerCertificateCustomValidationCallback = {|AM6091:(m, c, ch, e) => true|} };
                }
            }
            """,
            Verify.Diagnostic("AM6092").WithLocation(0).WithArguments(
                "'HttpClientHandler.ServerCertificateCustomValidationCallback' accepts every server certificate",
                "in a test project, against a local server the test starts itself ('app.StartAsync()')",
                "AM6001, Critical, and AM6091"));
}
