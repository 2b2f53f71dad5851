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

        var cutoff = DateTime.UtcNow - age;
        var count = 0;
        foreach (var file in Directory.EnumerateFiles(_logDirectory, "*.log"))
        {
            if (File.GetLastWriteTimeUtc(file) >= cutoff)
            {
                continue;
            }

            File.Delete(file);
            count++;
        }

        return count;
    }
}
