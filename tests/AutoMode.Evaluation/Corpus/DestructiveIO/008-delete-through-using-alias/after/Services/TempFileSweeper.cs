using Disk = System.IO.File;

namespace Contoso.Maintenance.Services;

public static class TempFileSweeper
{
    public static int Sweep(string root)
    {
        var removed = 0;
        foreach (var path in Directory.EnumerateFiles(root, "*.tmp", SearchOption.AllDirectories))
        {
            Disk.Delete(path);
            removed++;
        }

        return removed;
    }
}
