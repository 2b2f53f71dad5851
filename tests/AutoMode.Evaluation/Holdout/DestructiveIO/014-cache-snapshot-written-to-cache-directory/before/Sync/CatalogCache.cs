using System.Collections.Concurrent;

namespace Contoso.Sync.Sync;

public sealed class CatalogCache
{
    private readonly ConcurrentDictionary<string, CatalogItem> _items = new(StringComparer.OrdinalIgnoreCase);

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
}
