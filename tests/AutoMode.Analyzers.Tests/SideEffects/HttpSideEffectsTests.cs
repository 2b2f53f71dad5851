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
    public Task Flags_SendWithUnknownMethod_WithMessageSayingSo() =>
        Verify.VerifyAsync(
            Wrap("await http.SendAsync(given);"),
            Verify.Diagnostic("AM5001").WithSpan(11, 15, 11, 36)
                .WithMessage("'HttpClient.SendAsync' sends an HTTP request whose method cannot be seen here; it changes state on another system, and reverting the code does not undo it. Make the call idempotent and review it, or keep it behind a dry-run switch."));

    [Test]
    public Task Flags_SendWhereMethodIsAssignedLater() =>
        Verify.VerifyAsync(Wrap("""
            var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Method = HttpMethod.Put;
            await {|AM5001:http.SendAsync(request)|};
            """));

    [Test]
    public Task Flags_SendWithMethodFromParameter() =>
        Verify.VerifyAsync(Wrap("await {|AM5001:http.SendAsync(new HttpRequestMessage(someMethod, url))|};"));

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
}
