namespace Contoso.Maintenance.Services;

public sealed record ReportEntry(string Id, string Path, DateTime CreatedAt);

public sealed class ReportRegistry
{
    private readonly List<ReportEntry> _entries = new();

    public IReadOnlyList<ReportEntry> Entries => _entries;

    public void Add(ReportEntry entry) => _entries.Add(entry);

    public bool Delete(string id) => _entries.RemoveAll(e => e.Id == id) > 0;

    public void DeleteOlderThan(DateTime cutoff) => _entries.RemoveAll(e => e.CreatedAt < cutoff);
}
