using Verify = AutoMode.Analyzers.Tests.Infrastructure.AnalyzerVerifier<AutoMode.Analyzers.Rules.SideEffects.SideEffectsAnalyzer>;

namespace AutoMode.Analyzers.Tests.SideEffects;

/// <summary>
/// AM5007: a method that hands its own request, URI or method parameter to HttpClient unchanged is a wrapper (issue #14:
/// generic <c>SendAsync(request)</c> wrappers were AM5001 High); its callers decide the request. A private or internal
/// wrapper's calls in the project are reported with the caller's value. Beside it, the true cases that stay AM5001: the
/// method builds or changes the request, a method with several requests.
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

                public static void SetVerb(HttpWebRequest request, HttpMethod method) => {|AM5009:request.Method = method.ToString() + "X"|};
            #pragma warning restore SYSLIB0014

                public void Dispose() => _client.Dispose();
            }
            """);

    [Test]
    public Task RequestsTheMethodBuildsOrChanges_AndSeveralRequests_StayReported() =>
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

                private Task<HttpResponseMessage> SendPrivately(HttpRequestMessage request) => {|AM5007:_client.SendAsync(request)|};

                internal Task<HttpResponseMessage> SendInternally(HttpRequestMessage request) => {|AM5007:_client.SendAsync(request)|};

                public async Task AuditedAsync(HttpRequestMessage request)
                {
                    await {|AM5009:_client.SendAsync(request)|};
                    await {|AM5001:_client.PostAsync("audit", null)|};
                }

                public Task AllAsync(HttpRequestMessage[] requests) => Task.WhenAll(requests.Select(r => {|AM5009:_client.SendAsync(r)|}));

                public Task Archive(Guid id) => {|AM5001:SendPrivately(new HttpRequestMessage(HttpMethod.Post, $"orders/{id}/archive"))|};

                public Task Read(Guid id) => SendInternally(new HttpRequestMessage(HttpMethod.Get, $"orders/{id}"));
            }
            """);

    /// <summary>
    /// The labeled corpus's SideEffects/028: an internal extension hides a PostAsync and a new caller uses it. The
    /// wrapper only forwards its path (Low); the call that gives it the path is the POST (High), where the value is visible.
    /// </summary>
    [Test]
    public Task InternalWrapper_IsLow_ItsCallIsHigh() =>
        Verify.VerifyAsync("""
            using System.Net.Http;
            using System.Threading;
            using System.Threading.Tasks;

            internal static class HttpClientExtensions
            {
                public static async Task PublishAsync(this HttpClient http, string path, HttpContent content, CancellationToken cancellationToken)
                {
                    using var response = await {|AM5007:http.PostAsync(path, content, cancellationToken)|};
                    response.EnsureSuccessStatusCode();
                }
            }

            public sealed class CatalogClient
            {
                private readonly HttpClient _http;
                public CatalogClient(HttpClient http) => _http = http;
                public Task ReportSyncAsync(HttpContent report, CancellationToken cancellationToken) => {|#0:_http.PublishAsync("api/sync-reports", report, cancellationToken)|};
            }
            """,
            Verify.Diagnostic("AM5001").WithLocation(0).WithMessage(
                "'HttpClientExtensions.PublishAsync → HttpClient.PostAsync' sends an HTTP POST request; it changes state on another system, and reverting the code does not undo it. Make the call idempotent and review it, or keep it behind a dry-run switch."));

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
                "'HttpClient.SendAsync' sends an HTTP request whose method cannot be seen here; its request is the parameter 'request' of 'SendAsync', passed on unchanged: the method is a wrapper whose callers decide the request, so the risk is reported where it is visible, at its callers (calls in this project of a private or internal wrapper are reported as AM5001). Recorded at Low; declare a public method with [Risk] if calls to it from other projects should be reported."));
}
