namespace Contoso.Maintenance.Services;

public static class WorkspaceReset
{
    public static void ReinitializeRepository(string workspace)
    {
        var gitDir = Path.Combine(workspace, ".git");
        if (Directory.Exists(gitDir))
        {
            Directory.Delete(gitDir, recursive: true);
        }
    }
}
