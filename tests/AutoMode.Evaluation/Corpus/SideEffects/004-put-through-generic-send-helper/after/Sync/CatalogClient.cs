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

    public Task UpdatePriceAsync(string sku, decimal price, CancellationToken cancellationToken) =>
        SendJsonAsync(HttpMethod.Put, $"api/items/{Uri.EscapeDataString(sku)}/price", new { price }, cancellationToken);

    private async Task SendJsonAsync(HttpMethod method, string path, object body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, path) { Content = JsonContent.Create(body) };
        using var response = await _http.SendAsync(request, cancellationToken);
        response.EnsureSuccessStatusCode();
    }

    public async Task<IReadOnlyList<CatalogItem>> GetChangedSinceAsync(DateTimeOffset since, CancellationToken cancellationToken)
    {
        var items = await _http.GetFromJsonAsync<List<CatalogItem>>(
            $"api/items?changedSince={Uri.EscapeDataString(since.ToString("O"))}",
            cancellationToken);
        return items ?? [];
    }
}
