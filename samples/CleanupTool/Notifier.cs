using System.Net.Http.Json;

namespace CleanupTool;

/// <summary>Tells the operations channel that a cleanup ran.</summary>
public sealed class Notifier
{
    private readonly HttpClient _http;

    public Notifier(HttpClient http) => _http = http;

    public async Task ReportAsync(string root, CancellationToken cancellationToken)
    {
        var token = Environment.GetEnvironmentVariable("CLEANUP_WEBHOOK_TOKEN"); // AM3010 (Medium): reads a secret
        if (string.IsNullOrEmpty(token))
        {
            return;
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, "https://ops.example.com/hooks/cleanup")
        {
            Content = JsonContent.Create(new { root, at = DateTime.UtcNow }),
        };
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        using var response = await _http.SendAsync(request, cancellationToken); // AM5001 (High): changes state elsewhere
        response.EnsureSuccessStatusCode();
    }
}
