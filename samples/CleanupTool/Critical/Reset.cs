namespace CleanupTool;

/// <summary>What an over-eager "reset" looks like: both calls are Critical and break the build.</summary>
public static class Reset
{
    public static void Everything(string dataDir)
    {
        Directory.Delete(dataDir, recursive: true);                  // AM1002 (Critical): recursive delete
        File.Delete(Path.Combine(AppContext.BaseDirectory, "appsettings.Production.json")); // AM1004 (Critical): configuration
    }
}
