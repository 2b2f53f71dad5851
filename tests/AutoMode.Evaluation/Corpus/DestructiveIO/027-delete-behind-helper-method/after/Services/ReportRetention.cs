namespace Contoso.Maintenance.Services;

public sealed class ReportRetention
{
    private readonly string _outputDirectory;

    public ReportRetention(string outputDirectory)
    {
        _outputDirectory = outputDirectory;
    }

    public int KeepNewest(int keep)
    {
        var stale = Directory.EnumerateFiles(_outputDirectory, "orders-*.csv")
            .OrderByDescending(f => f, StringComparer.Ordinal)
            .Skip(keep)
            .ToList();
        foreach (var path in stale)
        {
            RemoveIfPresent(path);
        }

        return stale.Count;
    }

    private static void RemoveIfPresent(string path)
    {
        if (File.Exists(path))
        {
            File.Delete(path);
        }
    }
}
