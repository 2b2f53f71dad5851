using AutoMode.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis.Testing;
using Verify = AutoMode.Analyzers.Tests.Infrastructure.AnalyzerVerifier<AutoMode.Analyzers.Rules.SideEffects.SideEffectsAnalyzer>;

namespace AutoMode.Analyzers.Tests.SideEffects;

/// <summary>
/// AM5001 in integration tests: relative requests through a client that is not created in the test, in a project
/// that hosts the application in memory (Microsoft.AspNetCore.TestHost), stay in the test process. The scans of
/// jellyfin and bitwarden showed these as the main source of AM5001 noise.
/// </summary>
public class InMemoryTestServerTests
{
    private static readonly ReferenceAssemblies WithTestHost = TestReferences.WithPackages(("Microsoft.AspNetCore.TestHost", "10.0.15"));

    private static string Source(string body) => $$"""
        using System;
        using System.Net.Http;
        using System.Net.Http.Json;
        using System.Threading.Tasks;

        class ProjectsTests
        {
            private readonly HttpClient _client;
            private static readonly HttpClient Staging = new() { BaseAddress = new Uri("https://inventory-staging.contoso.example/") };

            public ProjectsTests(HttpClient client) => _client = client;

            async Task Run(HttpClient client, Guid id, string path)
            {
                {{body}}
            }
        }
        """;

    private static Task VerifyWith(ReferenceAssemblies references, string body) => Verify.VerifyAsync(references, Source(body));

    [Test]
    public Task RelativeRequests_WithTestHost_AreNotReported() =>
        VerifyWith(WithTestHost, """
            await _client.PostAsync("/projects/delete", null);
            await client.PostAsJsonAsync("api/adjustments", new { sku = "SKU-1" });
            await client.DeleteAsync($"/projects/{id}");
            await client.PutAsync(new Uri("/projects", UriKind.Relative), null);
            await client.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/connect/token"));
            """);

    [Test]
    public Task AbsoluteOrUnknownTargets_OrOwnClients_WithTestHost_AreReported() =>
        VerifyWith(WithTestHost, """
            await {|AM5001:client.PostAsync("https://api.stripe.com/v1/charges", null)|};
            await {|AM5001:client.PostAsync(path, null)|};
            await {|AM5001:client.PostAsync($"{path}/projects", null)|};
            await {|AM5001:Staging.PostAsJsonAsync("api/adjustments", new { sku = "SKU-1" })|};
            var own = new HttpClient { BaseAddress = new Uri("https://partner.example/") };
            await {|AM5001:own.PostAsync("/orders", null)|};
            """);

    [Test]
    public Task RelativeRequests_WithoutTestHost_AreReported() =>
        VerifyWith(TestReferences.Net10, """
            await {|AM5001:_client.PostAsync("/projects/delete", null)|};
            await {|AM5001:client.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/connect/revocation"))|};
            """);
}
