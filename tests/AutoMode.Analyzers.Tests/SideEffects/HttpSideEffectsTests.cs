using Verify = AutoMode.Analyzers.Tests.Infrastructure.AnalyzerVerifier<AutoMode.Analyzers.Rules.SideEffects.SideEffectsAnalyzer>;

namespace AutoMode.Analyzers.Tests.SideEffects;

/// <summary>AM5001: HTTP requests that change state; reads are not reported.</summary>
public class HttpSideEffectsTests
{
    private static string Wrap(string body) => $$"""
        using System;
        using System.Net;
        using System.Net.Http;
        using System.Net.Http.Json;
        using System.Threading.Tasks;

        class Client
        {
            async Task Run(HttpClient http, string url, HttpMethod someMethod, HttpRequestMessage given, object payload)
            {
                {{body}}
            }
        }
        """;

    [Test]
    public Task Flags_PostPutPatchDelete() =>
        Verify.VerifyAsync(Wrap("""
            await {|AM5001:http.PostAsync(url, null)|};
            await {|AM5001:http.PutAsync(url, null)|};
            await {|AM5001:http.PatchAsync(url, null)|};
            await {|AM5001:http.DeleteAsync(url)|};
            """));

    [Test]
    public Task Flags_JsonExtensions() =>
        Verify.VerifyAsync(Wrap("""
            await {|AM5001:http.PostAsJsonAsync(url, payload)|};
            await {|AM5001:http.PutAsJsonAsync(url, payload)|};
            await {|AM5001:http.PatchAsJsonAsync(url, payload)|};
            await {|AM5001:http.DeleteFromJsonAsync<object>(url)|};
            """));

    [Test]
    public Task Flags_SendWithVisibleUnsafeMethod() =>
        Verify.VerifyAsync(Wrap("""
            await {|AM5001:http.SendAsync(new HttpRequestMessage(HttpMethod.Post, url))|};
            var request = new HttpRequestMessage { Method = HttpMethod.Delete, RequestUri = new Uri(url) };
            await {|AM5001:http.SendAsync(request)|};
            {|AM5001:http.Send(new HttpRequestMessage(new HttpMethod("PURGE"), url))|};
            """));

    [Test]
    public Task SendWithUnknownMethod_IsMedium_WithMessageSayingSo() =>
        Verify.VerifyAsync(
            Wrap("await http.SendAsync(given.Method == HttpMethod.Get ? given : given);"),
            Verify.Diagnostic("AM5009").WithSpan(11, 15, 11, 77)
                .WithMessage("'HttpClient.SendAsync' sends an HTTP request whose method cannot be seen here, but it may be a GET or another read. Reported at Medium rather than High (AM5001): the code does not show that it changes state; make the method visible, or check what the endpoint does."));

    [Test]
    public Task Flags_SendWhereMethodIsAssignedLater() =>
        Verify.VerifyAsync(Wrap("""
            var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Method = HttpMethod.Put;
            await {|AM5001:http.SendAsync(request)|};
            """));

    [Test]
    public Task SendWithMethodFromParameter_IsMedium() =>
        Verify.VerifyAsync(Wrap("await {|AM5009:http.SendAsync(new HttpRequestMessage(someMethod, url))|};"));

    [Test]
    public Task Flags_WebClientUploadAndWebRequestMethod() =>
        Verify.VerifyAsync(Wrap("""
            #pragma warning disable SYSLIB0014
            var web = new WebClient();
            {|AM5001:web.UploadString(url, "data")|};
            var legacy = (HttpWebRequest)WebRequest.Create(url);
            {|AM5001:legacy.Method = "POST"|};
            legacy.Method = "GET";
            #pragma warning restore SYSLIB0014
            """));

    [Test]
    public Task DoesNotFlag_Reads() =>
        Verify.VerifyAsync(Wrap("""
            await http.GetAsync(url);
            await http.GetStringAsync(url);
            await http.GetFromJsonAsync<object>(url);
            await http.SendAsync(new HttpRequestMessage(HttpMethod.Get, url));
            await http.SendAsync(new HttpRequestMessage(HttpMethod.Head, url));
            await http.SendAsync(new HttpRequestMessage(new HttpMethod("OPTIONS"), url));
            await http.SendAsync(new HttpRequestMessage(new HttpMethod("PROPFIND"), url));
            await http.SendAsync(new HttpRequestMessage());
            var get = new HttpRequestMessage { Method = HttpMethod.Get };
            await http.SendAsync(get);
            """));

    [Test]
    public Task DoesNotFlag_UserTypesWithSameNames() =>
        Verify.VerifyAsync("""
            using System.Threading.Tasks;

            class ApiClient
            {
                public Task PostAsync(string url, object body) => Task.CompletedTask;
                public Task DeleteAsync(string url) => Task.CompletedTask;
                public Task SendAsync(object request) => Task.CompletedTask;
            }

            class C
            {
                async Task Run(ApiClient api)
                {
                    await api.PostAsync("https://example.com", "PostAsync");
                    await api.DeleteAsync("x");
                    await api.SendAsync(new object());
                    // http.PostAsync(url, body) in a comment
                    var text = "http.DeleteAsync(url)";
                }
            }
            """);
    /// <summary>
    /// Real code (duplicati's backends, issue #14): a POST that only reads — a list or a signed-URL query, a token
    /// exchange, a sign-in — is not what AM5001 claims. Where the code names it so (the method around it, or the URI's
    /// visible path), it is one level lower with the reason; a POST named as a write, and PUT/PATCH/DELETE, stay High.
    /// </summary>
    [Test]
    public Task ReadLikePosts_AreMedium_WritesStayHigh() =>
        Verify.VerifyAsync("""
            using System.Net.Http;
            using System.Threading.Tasks;

            class StorageClient
            {
                private readonly HttpClient _http;
                public StorageClient(HttpClient http) => _http = http;

                public Task<HttpResponseMessage> GetDownloadUrlAsync(long id) => {|#0:_http.PostAsync("api/files/urls", new StringContent(id.ToString()))|};
                public Task<HttpResponseMessage> Connect(string tenant) => {|#1:_http.PostAsync($"{tenant}/oauth2/token", null)|};
                public Task<HttpResponseMessage> ListFilesAsync(long folder) => {|AM5009:_http.PostAsync("api/media/list", null)|};
                public Task<HttpResponseMessage> LoginWithRefreshTokenAsync() => {|AM5009:_http.SendAsync(new HttpRequestMessage(HttpMethod.Post, "auth/refresh"))|};
                public Task<HttpResponseMessage> Find(string text) => {|AM5009:_http.PostAsync("api/search", new StringContent(text))|};

                public Task<HttpResponseMessage> GetOrCreateFolderAsync(string name) => {|AM5001:_http.PostAsync("api/folders", new StringContent(name))|};
                public Task<HttpResponseMessage> SoftDeleteFileAsync(long id) => {|AM5001:_http.PostAsync("api/files/delete", null)|};
                public Task<HttpResponseMessage> GetAndRemoveAsync(long id) => {|AM5001:_http.DeleteAsync("api/files/" + id)|};
                public Task<HttpResponseMessage> GetTokensAsync(long id) => {|AM5001:_http.PutAsync("api/files/" + id, null)|};
                public Task<HttpResponseMessage> Pause() => {|AM5001:_http.PostAsync("serverstate/pause", null)|};
                public Task<HttpResponseMessage> Tokenize() => {|AM5001:_http.PostAsync("api/tokenizer/jobs", null)|};
            }
            """,
            Verify.Diagnostic("AM5009").WithLocation(0).WithMessage(
                "'HttpClient.PostAsync' sends an HTTP POST request, but the method around it, 'GetDownloadUrlAsync', is named as a read or a sign-in, and POST is often used for queries. Reported at Medium rather than High (AM5001): the code does not show that it changes state; make the method visible, or check what the endpoint does."),
            Verify.Diagnostic("AM5009").WithLocation(1).WithArguments("HttpClient.PostAsync", "an HTTP POST request",
                "its URI names a token endpoint ('…/oauth2/token'), which usually only reads or exchanges a token"));

    /// <summary>
    /// pCloud's backend (issue #14): the request comes from the class's own <c>CreateRequest(url, HttpMethod.Get)</c>;
    /// the one HttpMethod the factory is given is the request's method.
    /// </summary>
    [Test]
    public Task RequestFromAFactoryGivenItsMethod_IsJudgedByThatMethod() =>
        Verify.VerifyAsync("""
            using System.Net.Http;
            using System.Threading.Tasks;

            class CloudBackend
            {
                private readonly HttpClient _http = new HttpClient();

                private HttpRequestMessage CreateRequest(string url, HttpMethod? method = null) => new HttpRequestMessage(method ?? HttpMethod.Get, url);

                public async Task ListAsync()
                {
                    using var request = CreateRequest("/listfolder", HttpMethod.Get);
                    await _http.SendAsync(request);
                }

                public async Task DeleteAsync(string id)
                {
                    using var request = CreateRequest("/deletefile?fileid=" + id, HttpMethod.Delete);
                    await {|AM5001:_http.SendAsync(request)|};
                }

                public async Task UploadAsync()
                {
                    using var request = CreateRequest("/uploadfile");
                    await {|AM5009:_http.SendAsync(request)|};
                }
            }
            """);

    /// <summary>
    /// Issue #14, read-like POSTs labeled wrong at High: ShareX's AI providers (OpenAI <c>/v1/responses</c>, OpenRouter
    /// <c>/v1/chat/completions</c>, Gemini <c>models/{m}:generateContent</c>), duplicati's <c>auth/issuetoken/export</c> and
    /// Drime's <c>s3/multipart/batch-sign-part-urls</c>, bitwarden's <c>new Uri(string.Concat(base, "connect/token"))</c>:
    /// AM5009 (Medium). Beside them, look-alike writes stay AM5001: a chat message posted to a channel, an upload of the
    /// parts those URLs were signed for, a job named like a response.
    /// </summary>
    [Test]
    public Task InferenceTokenAndSigningPosts_AreMedium_LookAlikeWritesStayHigh() =>
        Verify.VerifyAsync("""
            using System;
            using System.Net.Http;
            using System.Threading.Tasks;

            class Providers
            {
                private readonly HttpClient _http = new HttpClient();
                private readonly HttpClient _identity = new HttpClient { BaseAddress = new Uri("https://identity.example.com/") };

                public Task<HttpResponseMessage> Describe(StringContent content) => {|AM5009:_http.PostAsync("https://api.openai.com/v1/responses", content)|};
                public Task<HttpResponseMessage> Chat(StringContent content) { const string url = "https://openrouter.ai/api/v1/chat/completions"; return {|AM5009:_http.PostAsync(url, content)|}; }
                public Task<HttpResponseMessage> Gemini(string model, string key, StringContent content) => {|AM5009:_http.PostAsync($"https://generativelanguage.googleapis.com/v1beta/models/{model}:generateContent?key={key}", content)|};
                public Task<HttpResponseMessage> Export() => {|AM5009:_http.PostAsync("auth/issuetoken/export", null)|};
                public Task<HttpResponseMessage> Sign(StringContent content) => {|AM5009:_http.SendAsync(new HttpRequestMessage(HttpMethod.Post, "s3/multipart/batch-sign-part-urls") { Content = content })|};
                public Task<HttpResponseMessage> Authenticate(StringContent form) => {|AM5009:_identity.SendAsync(new HttpRequestMessage { Method = HttpMethod.Post, RequestUri = new Uri(string.Concat(_identity.BaseAddress, "connect/token")), Content = form })|};

                public Task<HttpResponseMessage> Post(StringContent content) => {|AM5001:_http.PostAsync("https://slack.com/api/chat.postMessage", content)|};
                public Task<HttpResponseMessage> Upload(StringContent content) => {|AM5001:_http.PutAsync("s3/multipart/batch-sign-part-urls", content)|};
                public Task<HttpResponseMessage> Respond(StringContent content) => {|AM5001:_http.PostAsync("api/forms/7/responses", content)|};
            }
            """);

    /// <summary>
    /// duplicati's storage backends (issue #14: pCloud, WebDAV, OneDrive, Filejump, Movistar, Duplicati's own, labeled
    /// wrong or debatable at High): <c>PutAsync(remotename, stream)</c> streams its caller's data to its caller's name;
    /// AM5013 (Medium). The same backend's DeleteAsync, a folder it creates with its own body, and an upload of a file the
    /// method picks itself stay AM5001.
    /// </summary>
    [Test]
    public Task UploadOfTheCallersStream_IsMedium_OtherWritesStayHigh() =>
        Verify.VerifyAsync("""
            using System;
            using System.IO;
            using System.Net.Http;
            using System.Net.Http.Json;
            using System.Threading;
            using System.Threading.Tasks;

            static class StreamExtensions
            {
                public static Stream ObserveReadTimeout(this Stream stream, TimeSpan timeout, bool dispose) => stream;
            }

            public class Backend
            {
                private readonly HttpClient _client = new HttpClient();
                private readonly TimeSpan _timeout = TimeSpan.FromMinutes(1);

                private HttpRequestMessage CreateRequest(string remotename, HttpMethod method) => new HttpRequestMessage(method, "dav/" + Uri.EscapeDataString(remotename));

                public async Task PutAsync(string remotename, Stream stream, CancellationToken token)
                {
                    using var request = CreateRequest(remotename, HttpMethod.Put);
                    using var timeoutStream = stream.ObserveReadTimeout(_timeout, false);
                    request.Content = new StreamContent(timeoutStream);
                    await {|AM5013:_client.SendAsync(request, token)|};
                }

                public async Task PutAsync(string remotename, string filename, CancellationToken token)
                {
                    await using var fs = File.OpenRead(filename);
                    using var form = new MultipartFormDataContent { { new StreamContent(fs), "file", remotename } };
                    await {|AM5013:_client.PostAsync("uploads", form, token)|};
                }

                public async Task DeleteAsync(string remotename, CancellationToken token)
                {
                    using var request = CreateRequest(remotename, HttpMethod.Delete);
                    await {|AM5001:_client.SendAsync(request, token)|};
                }

                public Task CreateFolderAsync(string name) => {|AM5001:_client.PostAsync("dir/create", JsonContent.Create(new { name }))|};

                public async Task UploadLogAsync()
                {
                    await using var log = File.OpenRead("/var/log/app.log");
                    await {|AM5001:_client.PostAsync("https://logs.example.com/ingest", new StreamContent(log))|};
                }
            }
            """);
}
