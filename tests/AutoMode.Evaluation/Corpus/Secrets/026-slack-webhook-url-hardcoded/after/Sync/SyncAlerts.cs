using System.Net.Http.Json;

namespace Contoso.Sync.Sync;

public sealed class SyncAlerts
{
    private const string WebhookUrl = "https://hooks.slack.com/services/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";

    private readonly HttpClient _http;

    public SyncAlerts(HttpClient http)
    {
        _http = http;
    }

    public Task NotifyAsync(string text, CancellationToken cancellationToken) =>
        _http.PostAsJsonAsync(WebhookUrl, new { text }, cancellationToken);
}
