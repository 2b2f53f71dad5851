using System.IO.Compression;

namespace Contoso.Maintenance.Services;

public static class ArchiveInspector
{
    public static IReadOnlyList<string> ListLogNames(string zipPath)
    {
        var extractTo = Path.Combine(Path.GetTempPath(), "maint-inspect-" + Guid.NewGuid().ToString("N"));
        ZipFile.ExtractToDirectory(zipPath, extractTo);
        try
        {
            return Directory.EnumerateFiles(extractTo, "*.log", SearchOption.AllDirectories)
                .Select(Path.GetFileName)
                .OfType<string>()
                .ToList();
        }
        finally
        {
            Directory.Delete(extractTo, recursive: true);
        }
    }
}
