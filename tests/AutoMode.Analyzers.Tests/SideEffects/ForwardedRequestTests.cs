using Verify = AutoMode.Analyzers.Tests.Infrastructure.AnalyzerVerifier<AutoMode.Analyzers.Rules.SideEffects.SideEffectsAnalyzer>;

namespace AutoMode.Analyzers.Tests.SideEffects;

/// <summary>
/// AM5007: a method that hands its own request, URI or method parameter to HttpClient unchanged is an API (issue #14:
/// generic <c>SendAsync(request)</c> wrappers were AM5001 High); its callers decide the request. Beside it, the true
/// cases that stay AM5001: the method builds or changes the request, a private helper, a method with several requests.
/// </summary>
public class ForwardedRequestTests
{
    [Test]
    public Task Wrappers_ForwardingTheirParameter_AreLow() =>
        Verify.VerifyAsync("""
            using System;
            using System.Net;
            using System.Net.Http;
            using System.Threading;
            using System.Threading.Tasks;

            public class ApiClient : IDisposable
            {
                private readonly HttpClient _client = new HttpClient { BaseAddress = new Uri("https://api.example/") };

                public Task<HttpResponseMessage> SendAsync(HttpRequestMessage request) => {|AM5007:_client.SendAsync(request)|};

                public async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
                {
                    var message = request;
                    message.Headers.Add("X-Trace", "1");
                    return await {|AM5007:_client.SendAsync(message, cancellationToken)|};
                }

                public Task<HttpResponseMessage> DeleteAsync(string url) => {|AM5007:_client.DeleteAsync(url)|};

                protected Task<HttpResponseMessage> PostAsync(Uri uri, HttpContent content) => {|AM5007:_client.PostAsync(uri, content)|};

            #pragma warning disable SYSLIB0014
                public static void SetMethod(HttpWebRequest request, string method) => {|AM5007:request.Method = method|};

                public static void SetMethod(HttpWebRequest request, HttpMethod method) => {|AM5007:request.Method = method.ToString()|};

                public static void SetVerb(HttpWebRequest request, HttpMethod method) => {|AM5001:request.Method = method.ToString() + "X"|};
            #pragma warning restore SYSLIB0014

                public void Dispose() => _client.Dispose();
            }
            """);

    [Test]
    public Task RequestsTheMethodBuildsOrChanges_PrivateHelpers_AndSeveralRequests_StayHigh() =>
        Verify.VerifyAsync("""
            using System;
            using System.Linq;
            using System.Net.Http;
            using System.Threading.Tasks;

            public class OrdersClient
            {
                private readonly HttpClient _client = new HttpClient { BaseAddress = new Uri("https://orders.example/") };

                public Task<HttpResponseMessage> RemoveAsync(Guid id) => {|AM5001:_client.DeleteAsync($"orders/{id}")|};

                public Task<HttpResponseMessage> PurgeAsync(HttpRequestMessage request)
                {
                    request.Method = HttpMethod.Delete;
                    return {|AM5001:_client.SendAsync(request)|};
                }

                public Task<HttpResponseMessage> ForceDeleteAsync(string url)
                {
                    url = url + "?force=true";
                    return {|AM5001:_client.DeleteAsync(url)|};
                }

                private Task<HttpResponseMessage> SendPrivately(HttpRequestMessage request) => {|AM5001:_client.SendAsync(request)|};

                internal Task<HttpResponseMessage> SendInternally(HttpRequestMessage request) => {|AM5001:_client.SendAsync(request)|};

                public async Task AuditedAsync(HttpRequestMessage request)
                {
                    await {|AM5001:_client.SendAsync(request)|};
                    await {|AM5001:_client.PostAsync("audit", null)|};
                }

                public Task AllAsync(HttpRequestMessage[] requests) => Task.WhenAll(requests.Select(r => {|AM5001:_client.SendAsync(r)|}));
            }
            """);

    /// <summary>
    /// The labeled corpus's SideEffects/028: an internal extension hides a PostAsync and a new caller uses it. Calls to
    /// the wrapper are not sinks, so the wrapper is the one place the POST can be seen: it stays High.
    /// </summary>
    [Test]
    public Task InternalWrapper_StaysHigh() =>
        Verify.VerifyAsync("""
            using System.Net.Http;
            using System.Threading;
            using System.Threading.Tasks;

            internal static class HttpClientExtensions
            {
                public static async Task PublishAsync(this HttpClient http, string path, HttpContent content, CancellationToken cancellationToken)
                {
                    using var response = await {|AM5001:http.PostAsync(path, content, cancellationToken)|};
                    response.EnsureSuccessStatusCode();
                }
            }

            public sealed class CatalogClient
            {
                private readonly HttpClient _http;
                public CatalogClient(HttpClient http) => _http = http;
                public Task ReportSyncAsync(HttpContent report, CancellationToken cancellationToken) => _http.PublishAsync("api/sync-reports", report, cancellationToken);
            }
            """);

    [Test]
    public Task AM5007_Message() =>
        Verify.VerifyAsync(
            """
            using System.Net.Http;
            using System.Threading.Tasks;

            public class Gateway
            {
                private readonly HttpClient _client = new HttpClient();
                public Task<HttpResponseMessage> SendAsync(HttpRequestMessage request) => {|#0:_client.SendAsync(request)|};
            }
            """,
            Verify.Diagnostic("AM5007").WithLocation(0).WithMessage(
                "'HttpClient.SendAsync' sends an HTTP request whose method cannot be seen here; its request is the parameter 'request' of 'SendAsync', passed on unchanged: the method is an API whose callers decide the request, so the risk is reported where it is visible, at its callers. Recorded at Low; declare the method with [Risk] if calls to it should be reported."));
}
