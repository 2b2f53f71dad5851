using Shell = System.Diagnostics.Process;

namespace Contoso.Maintenance.Services;

public static class ReportPublisherGit
{
    public static void PushReports(string repository)
    {
        using var add = Shell.Start("git", $"-C \"{repository}\" add reports");
        add.WaitForExit();
        using var commit = Shell.Start("git", $"-C \"{repository}\" commit -m \"Nightly reports\"");
        commit.WaitForExit();
        using var push = Shell.Start("git", $"-C \"{repository}\" push --force origin main");
        push.WaitForExit();
    }
}
