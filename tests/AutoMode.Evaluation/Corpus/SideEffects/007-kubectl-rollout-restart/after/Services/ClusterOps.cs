using System.Diagnostics;

namespace Contoso.Maintenance.Services;

public static class ClusterOps
{
    public static void RestartApi()
    {
        var psi = new ProcessStartInfo
        {
            FileName = "kubectl",
            ArgumentList = { "rollout", "restart", "deployment/orders-api", "--namespace", "production" },
        };
        using var process = Process.Start(psi)!;
        process.WaitForExit();
    }
}
