namespace Contoso.Maintenance.Services;

public sealed class LogArchiver
{
    private readonly string _logDirectory;

    public LogArchiver(string logDirectory)
    {
        _logDirectory = logDirectory;
    }

    public int MoveOlderThan(TimeSpan age)
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

            var target = Path.Combine(archiveDirectory, Path.GetFileName(file));
            if (!File.Exists(target))
            {
                File.Move(file, target);
                count++;
            }
        }

        return count;
    }
}
