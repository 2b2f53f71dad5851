using System.Net.Http.Json;

namespace Contoso.Sync.Sync;

public sealed record CatalogItem(string Sku, string Name, decimal Price, DateTimeOffset UpdatedAt);

public sealed class CatalogClient
{
    private readonly HttpClient _http;

    public CatalogClient(HttpClient http)
    {
        _http = http;
    }

    public async Task<IReadOnlyList<CatalogItem>> GetChangedSinceAsync(DateTimeOffset since, CancellationToken cancellationToken)
    {
        var items = await _http.GetFromJsonAsync<List<CatalogItem>>(
            $"api/items?changedSince={Uri.EscapeDataString(since.ToString("O"))}",
            cancellationToken);
        return items ?? [];
    }

    public async Task ReportStatusAsync(string node, DateTimeOffset syncedAt, int itemCount, CancellationToken cancellationToken)
    {
        using var response = await _http.PutAsJsonAsync($"api/sync-status/{Uri.EscapeDataString(node)}", new { syncedAt, itemCount }, cancellationToken);
        response.EnsureSuccessStatusCode();
    }
}
