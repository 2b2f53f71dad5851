using static System.IO.Directory;

namespace Contoso.Maintenance.Services;

public static class OutputReset
{
    public static void Run(MaintenanceOptions options)
    {
        if (Exists(options.OutputDirectory))
        {
            Delete(options.OutputDirectory, true);
        }

        CreateDirectory(options.OutputDirectory);
    }
}
