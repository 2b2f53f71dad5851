using System.Diagnostics;

namespace Contoso.Maintenance.Services;

public static class ProcessReport
{
    public static IEnumerable<string> Describe(string name)
    {
        foreach (var process in Process.GetProcessesByName(name))
        {
            using (process)
            {
                yield return $"{process.Id,7} {process.WorkingSet64 / 1024 / 1024,6} MB";
            }
        }
    }
}
