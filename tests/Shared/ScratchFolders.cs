namespace AutoMode.Tests;

/// <summary>
/// Temp folders that tests create under their own name in the temp directory (automode-evaluation, automode-e2e…).
/// A test run deletes what it made; deleting never fails a test (a file still open is left for the next run's sweep).
/// </summary>
internal static class ScratchFolders
{
    public static void Delete(string path)
    {
        try
        {
            if (Directory.Exists(path))
            {
                Directory.Delete(path, recursive: true);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Left for DeleteOlderThan in a later run.
        }
    }

    /// <summary>Deletes the sub-folders of <paramref name="parent"/> not written to for <paramref name="age"/>: runs killed half-way.</summary>
    public static void DeleteOlderThan(string parent, TimeSpan age)
    {
        if (!Directory.Exists(parent))
        {
            return;
        }

        foreach (var folder in Directory.EnumerateDirectories(parent))
        {
            if (DateTime.UtcNow - Directory.GetLastWriteTimeUtc(folder) > age)
            {
                Delete(folder);
            }
        }
    }
}
