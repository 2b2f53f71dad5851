using Contoso.Sync.Sync;
using Microsoft.Extensions.Options;

namespace Contoso.Sync;

public sealed class CatalogSyncWorker : BackgroundService
{
    private readonly CatalogClient _client;
    private readonly CatalogCache _cache;
    private readonly SyncOptions _options;
    private readonly ILogger<CatalogSyncWorker> _logger;

    public CatalogSyncWorker(CatalogClient client, CatalogCache cache, IOptions<SyncOptions> options, ILogger<CatalogSyncWorker> logger)
    {
        _client = client;
        _cache = cache;
        _options = options.Value;
        _logger = logger;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(_options.Interval);
        do
        {
            try
            {
                var started = DateTimeOffset.UtcNow;
                var changed = await _client.GetChangedSinceAsync(_cache.LastSync, stoppingToken);
                _cache.Apply(changed, started);
                _logger.LogInformation("Catalog sync: {Changed} changed, {Total} cached", changed.Count, _cache.Count);
            }
            catch (HttpRequestException ex)
            {
                _logger.LogWarning(ex, "Catalog sync failed; will retry on the next tick");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
