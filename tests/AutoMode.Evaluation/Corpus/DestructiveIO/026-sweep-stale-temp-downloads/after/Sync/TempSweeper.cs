namespace Contoso.Sync.Sync;

public static class TempSweeper
{
    private static readonly string Root = Path.Combine(Path.GetTempPath(), "contoso-sync", "downloads");

    public static int SweepOlderThan(TimeSpan age)
    {
        if (!Directory.Exists(Root))
        {
            return 0;
        }

        var cutoff = DateTime.UtcNow - age;
        var swept = 0;
        foreach (var file in Directory.EnumerateFiles(Root))
        {
            if (File.GetLastWriteTimeUtc(file) < cutoff)
            {
                File.Delete(file);
                swept++;
            }
        }

        return swept;
    }
}
