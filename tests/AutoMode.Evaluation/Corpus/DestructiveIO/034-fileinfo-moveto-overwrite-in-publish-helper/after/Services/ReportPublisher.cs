namespace Contoso.Maintenance.Services;

public static class ReportPublisher
{
    public static string Publish(string reportPath)
    {
        var latest = Path.Combine(Path.GetDirectoryName(reportPath)!, "orders-latest.csv");
        var copy = reportPath + ".publish";
        File.Copy(reportPath, copy);
        Promote(new FileInfo(copy), latest);
        return latest;
    }

    private static void Promote(FileInfo file, string destination) => file.MoveTo(destination, overwrite: true);
}
