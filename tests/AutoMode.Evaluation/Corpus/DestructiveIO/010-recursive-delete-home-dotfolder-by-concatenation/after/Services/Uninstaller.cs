namespace Contoso.Maintenance.Services;

public static class Uninstaller
{
    public static void RemoveUserState()
    {
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        var stateDir = home + Path.DirectorySeparatorChar + ".contoso";
        if (Directory.Exists(stateDir))
        {
            Directory.Delete(stateDir, true);
        }
    }
}
