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

    public async Task<bool> IsReachableAsync(CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Head, "api/items");
        using var response = await _http.SendAsync(request, cancellationToken);
        return response.IsSuccessStatusCode;
    }

    public async Task<IReadOnlyList<CatalogItem>> GetChangedSinceAsync(DateTimeOffset since, CancellationToken cancellationToken)
    {
        var items = await _http.GetFromJsonAsync<List<CatalogItem>>(
            $"api/items?changedSince={Uri.EscapeDataString(since.ToString("O"))}",
            cancellationToken);
        return items ?? [];
    }
}
