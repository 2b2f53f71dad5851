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

    public async Task<string?> GetVersionAsync(string? etag, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "api/version");
        if (etag is not null)
        {
            request.Headers.IfNoneMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue(etag));
        }

        using var response = await _http.SendAsync(request, cancellationToken);
        return response.StatusCode == System.Net.HttpStatusCode.NotModified ? etag : response.Headers.ETag?.Tag;
    }

    public async Task<IReadOnlyList<CatalogItem>> GetChangedSinceAsync(DateTimeOffset since, CancellationToken cancellationToken)
    {
        var items = await _http.GetFromJsonAsync<List<CatalogItem>>(
            $"api/items?changedSince={Uri.EscapeDataString(since.ToString("O"))}",
            cancellationToken);
        return items ?? [];
    }
}
