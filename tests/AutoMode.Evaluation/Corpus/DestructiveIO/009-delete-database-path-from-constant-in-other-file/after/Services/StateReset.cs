namespace Contoso.Maintenance.Services;

public static class StateReset
{
    public static void Run()
    {
        var database = Path.Combine(AppContext.BaseDirectory, KnownFiles.Database);
        if (File.Exists(database))
        {
            File.Delete(database);
        }
    }
}
