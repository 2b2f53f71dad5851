using System.Net.Http.Json;
using System.Text.Json;

namespace Contoso.Sync.Sync;

public sealed class CatalogSearch
{
    private readonly HttpClient _http;

    public CatalogSearch(HttpClient http)
    {
        _http = http;
    }

    public async Task<int> CountMatchesAsync(string text, CancellationToken cancellationToken)
    {
        var query = new { query = new { match = new { name = text } }, size = 0 };
        using var response = await _http.PostAsJsonAsync("catalog/_search", query, cancellationToken);
        response.EnsureSuccessStatusCode();
        using var json = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken), cancellationToken: cancellationToken);
        return json.RootElement.GetProperty("hits").GetProperty("total").GetProperty("value").GetInt32();
    }
}
