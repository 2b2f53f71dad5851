using System.Diagnostics;

namespace Contoso.Shop.Data;

public static class DeployHelper
{
    public static async Task<int> UpdateDatabaseAsync(string projectDirectory)
    {
        using var process = Process.Start(new ProcessStartInfo("dotnet", "ef database update --no-build")
        {
            WorkingDirectory = projectDirectory,
        })!;
        await process.WaitForExitAsync();
        return process.ExitCode;
    }
}
