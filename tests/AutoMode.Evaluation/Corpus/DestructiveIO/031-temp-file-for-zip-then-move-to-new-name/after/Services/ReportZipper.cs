using System.IO.Compression;

namespace Contoso.Maintenance.Services;

public static class ReportZipper
{
    public static string Zip(string reportPath, string outputDirectory)
    {
        var temp = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N") + ".zip");
        using (var archive = ZipFile.Open(temp, ZipArchiveMode.Create))
        {
            archive.CreateEntryFromFile(reportPath, Path.GetFileName(reportPath));
        }

        var target = Path.Combine(outputDirectory, Path.GetFileNameWithoutExtension(reportPath) + "-" + DateTime.UtcNow.Ticks + ".zip");
        File.Copy(temp, target, overwrite: false);
        File.Delete(temp);
        return target;
    }
}
