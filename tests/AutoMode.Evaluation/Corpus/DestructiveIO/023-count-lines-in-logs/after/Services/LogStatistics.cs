namespace Contoso.Maintenance.Services;

public static class LogStatistics
{
    public static IReadOnlyDictionary<string, int> ErrorsPerFile(string logDirectory)
    {
        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(logDirectory, "*.log"))
        {
            result[Path.GetFileName(file)] = File.ReadLines(file).Count(l => l.Contains(" ERROR ", StringComparison.Ordinal));
        }

        return result;
    }
}
