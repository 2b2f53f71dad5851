using System.Text;
using System.Text.Json;

namespace Contoso.Sync.Sync;

internal static class HttpClientExtensions
{
    public static async Task PublishAsync<T>(this HttpClient http, string path, T payload, CancellationToken cancellationToken)
    {
        using var content = new StringContent(JsonSerializer.Serialize(payload), Encoding.UTF8, "application/json");
        using var response = await http.PostAsync(path, content, cancellationToken);
        response.EnsureSuccessStatusCode();
    }
}
