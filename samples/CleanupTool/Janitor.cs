namespace CleanupTool;

/// <summary>Housekeeping for a service's working folder.</summary>
public sealed class Janitor
{
    private readonly string _root;

    public Janitor(string root) => _root = root;

    /// <summary>Keeps the newest log files and deletes the rest.</summary>
    public void RotateLogs(int maxFiles)
    {
        var logs = new DirectoryInfo(Path.Combine(_root, "logs"));
        if (!logs.Exists)
        {
            return;
        }

        foreach (var old in logs.GetFiles("*.log").OrderByDescending(f => f.LastWriteTimeUtc).Skip(maxFiles))
        {
            old.Delete(); // AM1001 (High): a deletion of a path known only at run time
        }
    }

    /// <summary>Empties the scratch folder the tool owns.</summary>
    public void ClearScratch()
    {
        var scratch = Path.Combine(Path.GetTempPath(), "cleanup-tool", "scratch");
        if (Directory.Exists(scratch))
        {
            Directory.Delete(scratch, recursive: true); // AM1005 (Low): inside the temp folder
        }
    }

    /// <summary>Writes a summary of the run.</summary>
    public void WriteReport()
    {
        var report = Path.Combine(_root, "last-run.txt");
        File.WriteAllText(report, $"cleaned at {DateTime.UtcNow:O}"); // AM1003 (Medium): overwrites the previous report
    }
}
