using System.Diagnostics;

namespace Contoso.Maintenance.Services;

public static class SelfUpdate
{
    public static int Run(string repository)
    {
        using var git = Process.Start(new ProcessStartInfo("git", "pull --ff-only")
        {
            WorkingDirectory = repository,
            RedirectStandardOutput = true,
        })!;
        Console.Write(git.StandardOutput.ReadToEnd());
        git.WaitForExit();
        return git.ExitCode;
    }
}
