using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace Contoso.Sync.Sync;

public sealed class CatalogCache
{
    private readonly ConcurrentDictionary<string, CatalogItem> _items = new(StringComparer.OrdinalIgnoreCase);
    private readonly string _snapshotPath;

    public CatalogCache(IOptions<SyncOptions> options)
    {
        Directory.CreateDirectory(options.Value.CacheDirectory);
        _snapshotPath = Path.Combine(options.Value.CacheDirectory, "catalog.json");
    }

    public DateTimeOffset LastSync { get; private set; } = DateTimeOffset.MinValue;

    public int Count => _items.Count;

    public void Apply(IEnumerable<CatalogItem> items, DateTimeOffset syncedAt)
    {
        foreach (var item in items)
        {
            _items[item.Sku] = item;
        }

        LastSync = syncedAt;
    }

    public CatalogItem? Find(string sku) => _items.GetValueOrDefault(sku);

    public void SaveSnapshot() =>
        File.WriteAllText(_snapshotPath, JsonSerializer.Serialize(_items.Values.OrderBy(i => i.Sku, StringComparer.OrdinalIgnoreCase)));
}
