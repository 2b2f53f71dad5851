using System.Collections.Immutable;
using AutoMode.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis.Testing;
using Verify = AutoMode.Analyzers.Tests.Infrastructure.AnalyzerVerifier<AutoMode.Analyzers.Rules.SideEffects.SideEffectsAnalyzer>;

namespace AutoMode.Analyzers.Tests.SideEffects;

/// <summary>
/// AM5001/AM5008 in integration tests, decided by where the HttpClient comes from, not by the URI's shape (issue #14:
/// bitwarden's Api.IntegrationTest sent <c>_client.DeleteAsync(string.Format(…))</c> through
/// <c>factory.CreateClient()</c> and got AM5001 High; unrestored, 553 of its 562 AM5001 were in test projects).
/// </summary>
public class TestClientOriginTests
{
    private static readonly ReferenceAssemblies TestHostAndNUnit = TestReferences.Net10.AddPackages(ImmutableArray.Create(
        new PackageIdentity("Microsoft.AspNetCore.TestHost", "10.0.15"),
        new PackageIdentity("NUnit", "4.4.0")));

    private static readonly ReferenceAssemblies NUnitOnly = TestReferences.Net10.AddPackages(ImmutableArray.Create(new PackageIdentity("NUnit", "4.4.0")));

    /// <summary>A test class whose clients come from the factory in every way the rule follows, in one file.</summary>
    private const string InMemoryClients = """
        using System;
        using System.Net.Http;
        using System.Net.Http.Json;
        using System.Threading.Tasks;
        using Microsoft.AspNetCore.Mvc.Testing;
        using Microsoft.AspNetCore.TestHost;
        using NUnit.Framework;

        public class Program { }
        public class ApiFactory : WebApplicationFactory<Program> { }

        public class OrganizationsTests
        {
            private readonly ApiFactory _factory;
            private readonly HttpClient _client;
            private HttpClient _lazy;
            private HttpClient Anonymous => _factory.CreateClient();
            private HttpClient Default { get; }

            public OrganizationsTests(ApiFactory factory)
            {
                _factory = factory;
                _client = factory.CreateClient();
                Default = factory.CreateDefaultClient();
            }

            [SetUp]
            public void Init() => _lazy = _factory.Server.CreateClient();

            private HttpClient Authenticated()
            {
                var client = _factory.CreateClient();
                client.DefaultRequestHeaders.Add("Authorization", "Bearer test");
                return client;
            }

            private async Task<HttpClient> AuthenticatedAsync()
            {
                await Task.Yield();
                return _factory.CreateClient();
            }

            [Test]
            public async Task Deletes(Guid orgId, Guid id, TestServer server)
            {
                await _client.DeleteAsync(string.Format("organizations/{0}/users/{1}", orgId, id));
                await _lazy.PostAsync(string.Format("organizations/{0}/leave", orgId), null);
                await Anonymous.PutAsJsonAsync(string.Concat("https://localhost/organizations/", orgId), new { name = "n" });
                await Default.PatchAsync(Uri(orgId), null);
                await Authenticated().DeleteAsync(Uri(orgId));
                var authenticated = await AuthenticatedAsync();
                await authenticated.PostAsync(Uri(orgId), null);
                using var local = new ApiFactory().CreateClient();
                await local.SendAsync(new HttpRequestMessage(HttpMethod.Delete, Uri(orgId)));
                var handled = new HttpClient(server.CreateHandler());
                await handled.DeleteAsync(Uri(orgId));
            }

            private static string Uri(Guid id) => string.Format("organizations/{0}", id);
        }
        """;

    private static Verify.Test Create(string source, ReferenceAssemblies references, bool withMvcTesting)
    {
        var test = Verify.Create(source);
        test.ReferenceAssemblies = references;
        if (withMvcTesting)
        {
            test.TestState.AdditionalReferences.Add(GlobalPackages.Assembly("Microsoft.AspNetCore.Mvc.Testing", "10.0.11", "lib/net10.0/Microsoft.AspNetCore.Mvc.Testing.dll"));
        }

        return test;
    }

    [Test]
    public Task ClientsFromTheTestServer_AreNotReported_WhateverTheUri() =>
        Create(InMemoryClients, TestHostAndNUnit, withMvcTesting: true).RunAsync();

    /// <summary>The true cases beside them: a client that visibly goes out is High in a test too.</summary>
    [Test]
    public Task ClientsThatGoOut_AreHigh_InATestProject() =>
        Create("""
            using System;
            using System.Net.Http;
            using System.Threading.Tasks;
            using Microsoft.AspNetCore.Mvc.Testing;
            using NUnit.Framework;

            public class Program { }

            public class StagingTests
            {
                private static readonly HttpClient Staging = new() { BaseAddress = new Uri("https://staging.contoso.example/") };
                private readonly HttpClient _client;
                private readonly HttpClient _mixed;

                public StagingTests(WebApplicationFactory<Program> factory, bool real)
                {
                    _client = new HttpClient { BaseAddress = new Uri("https://partner.example/") };
                    _mixed = real ? new HttpClient() : factory.CreateClient();
                }

                [Test]
                public async Task Posts(Guid id)
                {
                    await {|AM5001:Staging.PostAsync("/orders", null)|};
                    await {|AM5001:_client.DeleteAsync(string.Format("orders/{0}", id))|};
                    await {|AM5001:_mixed.DeleteAsync("/orders")|};
                    var own = new HttpClient(new HttpClientHandler());
                    await {|AM5001:own.PostAsync("https://api.stripe.com/v1/refunds", null)|};
                }
            }
            """, TestHostAndNUnit, withMvcTesting: true).RunAsync();

    private const string UnseenClient = """
        using System;
        using System.Net.Http;
        using System.Threading.Tasks;
        using NUnit.Framework;

        public class LoginHelper
        {
            private readonly HttpClient _client;
            public LoginHelper(HttpClient client) => _client = client;

            public Task Lock(Guid id) => {|#0:_client.PostAsync(string.Format("accounts/{0}/lock", id), null)|};
            public Task Remove(HttpClient client, Guid id) => {|AM5008:client.DeleteAsync(string.Format("accounts/{0}", id))|};
        }
        """;

    [Test]
    public Task UnseenClient_InATestProject_IsMediumWithTheReason() =>
        Verify.VerifyAsync(NUnitOnly, UnseenClient,
            Verify.Diagnostic("AM5008").WithLocation(0).WithMessage(
                "'HttpClient.PostAsync' sends an HTTP POST request in a test project through a client whose origin cannot be seen here ('_client' is set from a parameter or a call whose result this file does not show); an integration test's client usually comes from the in-memory test server (WebApplicationFactory or TestServer.CreateClient) and changes nothing outside the test. Reported at Medium rather than High (AM5001): create the client visibly from the test server, or check where it points."));

    [Test]
    public Task UnseenClient_OutsideTests_StaysHigh() =>
        Verify.VerifyAsync(TestReferences.Net10, UnseenClient.Replace("using NUnit.Framework;\n", string.Empty).Replace("#0", "AM5001").Replace("AM5008", "AM5001"));

    /// <summary>
    /// Not restored: the factory's type cannot be resolved, so the origin of <c>_client</c> cannot be seen. The rule must
    /// not get louder than with the packages (silent): at most Medium, in a test project.
    /// </summary>
    [Test]
    public Task NotRestored_FactoryUnresolved_IsAtMostMedium()
    {
        var test = Verify.Create("""
            using System;
            using System.Net.Http;
            using System.Threading.Tasks;

            public class OrganizationsTests
            {
                private readonly HttpClient _client;

                public OrganizationsTests(ApiApplicationFactory factory) => _client = factory.CreateClient();

                public Task Delete(Guid id) => {|#0:_client.DeleteAsync(string.Format("organizations/{0}", id))|};
            }
            """);
        test.ExpectedDiagnostics.Add(Verify.Diagnostic("AM5008").WithLocation(0).WithArguments(
            "HttpClient.DeleteAsync", "an HTTP DELETE request", "it comes from code whose types cannot be resolved: are the test packages restored?"));
        test.CompilerDiagnostics = CompilerDiagnostics.None;
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nbuild_property.IsTestProject = true\n"));
        return test.RunAsync();
    }

    [Test]
    public Task NotRestored_SameCodeWithThePackages_IsSilent() =>
        Create("""
            using System;
            using System.Net.Http;
            using System.Threading.Tasks;
            using Microsoft.AspNetCore.Mvc.Testing;

            public class Program { }
            public class ApiApplicationFactory : WebApplicationFactory<Program> { }

            public class OrganizationsTests
            {
                private readonly HttpClient _client;

                public OrganizationsTests(ApiApplicationFactory factory) => _client = factory.CreateClient();

                public Task Delete(Guid id) => _client.DeleteAsync(string.Format("organizations/{0}", id));
            }
            """, TestHostAndNUnit, withMvcTesting: true).RunAsync();
}
