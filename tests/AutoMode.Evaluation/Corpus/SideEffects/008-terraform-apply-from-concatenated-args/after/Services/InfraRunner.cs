using System.Diagnostics;

namespace Contoso.Maintenance.Services;

public static class InfraRunner
{
    public static int ApplyStack(string stackDirectory)
    {
        var arguments = InfraCommands.Apply + " " + InfraCommands.NoPrompt;
        using var process = Process.Start(new ProcessStartInfo(InfraCommands.Tool, arguments) { WorkingDirectory = stackDirectory })!;
        process.WaitForExit();
        return process.ExitCode;
    }
}
