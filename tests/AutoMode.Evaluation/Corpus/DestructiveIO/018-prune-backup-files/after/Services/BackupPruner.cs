namespace Contoso.Maintenance.Services;

public static class BackupPruner
{
    public static int Prune(string root, TimeSpan retention)
    {
        var cutoff = DateTime.UtcNow - retention;
        var pruned = 0;
        foreach (var backup in new DirectoryInfo(root).EnumerateFiles("*.bak", SearchOption.AllDirectories))
        {
            if (backup.LastWriteTimeUtc < cutoff)
            {
                backup.Delete();
                pruned++;
            }
        }

        return pruned;
    }
}
