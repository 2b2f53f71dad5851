using System.Text.Json;
using Microsoft.Extensions.Options;

namespace Contoso.Sync.Sync;

public sealed class CacheSnapshot
{
    private readonly string _path;

    public CacheSnapshot(IOptions<SyncOptions> options)
    {
        Directory.CreateDirectory(options.Value.CacheDirectory);
        _path = Path.Combine(options.Value.CacheDirectory, "catalog-snapshot.json");
    }

    public Task SaveAsync(IReadOnlyCollection<CatalogItem> items, CancellationToken cancellationToken) =>
        File.WriteAllTextAsync(_path, JsonSerializer.Serialize(items), cancellationToken);

    public async Task<IReadOnlyList<CatalogItem>> LoadAsync(CancellationToken cancellationToken)
    {
        if (!File.Exists(_path))
        {
            return [];
        }

        await using var stream = File.OpenRead(_path);
        return await JsonSerializer.DeserializeAsync<List<CatalogItem>>(stream, cancellationToken: cancellationToken) ?? [];
    }
}
