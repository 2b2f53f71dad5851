namespace Contoso.Maintenance.Services;

public sealed class LogArchiver
{
    private readonly string _logDirectory;

    public LogArchiver(string logDirectory)
    {
        _logDirectory = logDirectory;
    }

    public int ArchiveOlderThan(TimeSpan age)
    {
        if (!Directory.Exists(_logDirectory))
        {
            return 0;
        }

        var archiveDirectory = Path.Combine(_logDirectory, "archive");
        Directory.CreateDirectory(archiveDirectory);

        var cutoff = DateTime.UtcNow - age;
        var count = 0;
        foreach (var file in Directory.EnumerateFiles(_logDirectory, "*.log"))
        {
            if (File.GetLastWriteTimeUtc(file) >= cutoff)
            {
                continue;
            }

            if (TryArchive(file, archiveDirectory))
            {
                count++;
            }
        }

        return count;
    }

    private static bool TryArchive(string file, string archiveDirectory)
    {
        var target = Path.Combine(archiveDirectory, Path.GetFileName(file));
        if (File.Exists(target))
        {
            return false;
        }

        File.Move(file, target);
        return true;
    }
}
