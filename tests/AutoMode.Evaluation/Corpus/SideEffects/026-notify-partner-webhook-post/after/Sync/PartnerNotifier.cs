using System.Net.Http.Json;

namespace Contoso.Sync.Sync;

public sealed class PartnerNotifier
{
    private readonly HttpClient _http;

    public PartnerNotifier(HttpClient http)
    {
        _http = http;
    }

    public async Task NotifyAsync(IReadOnlyList<CatalogItem> changed, CancellationToken cancellationToken)
    {
        if (changed.Count == 0)
        {
            return;
        }

        using var response = await _http.PostAsJsonAsync("https://partners.fabrikam.example/hooks/catalog", changed, cancellationToken);
        response.EnsureSuccessStatusCode();
    }
}
