using System.Net.Http.Headers;

namespace Contoso.Sync.Sync;

public sealed class ReleaseNotesClient
{
    private readonly HttpClient _http;

    public ReleaseNotesClient(HttpClient http)
    {
        _http = http;
        _http.BaseAddress = new Uri("https://api.github.com/");
        _http.DefaultRequestHeaders.UserAgent.ParseAdd("contoso-sync/1.0");
        _http.DefaultRequestHeaders.Authorization =
            new AuthenticationHeaderValue("Bearer", "ghp_R7mK2xQ9vT4wL8nZ3pB6yC1sD5fH0gJ2kA9e");
    }

    public Task<string> LatestReleaseJsonAsync(CancellationToken cancellationToken) =>
        _http.GetStringAsync("repos/contoso/catalog/releases/latest", cancellationToken);
}
