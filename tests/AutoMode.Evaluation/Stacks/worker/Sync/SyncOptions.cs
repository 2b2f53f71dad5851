namespace Contoso.Sync.Sync;

public sealed class SyncOptions
{
    public const string SectionName = "Sync";

    public string CatalogUrl { get; set; } = "https://catalog.contoso.example/";

    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(15);

    public string CacheDirectory { get; set; } = Path.Combine(Path.GetTempPath(), "contoso-sync");
}
