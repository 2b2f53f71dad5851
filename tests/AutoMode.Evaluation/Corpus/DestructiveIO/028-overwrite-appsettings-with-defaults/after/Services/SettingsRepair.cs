namespace Contoso.Maintenance.Services;

public static class SettingsRepair
{
    private const string Defaults = """
        {
          "Maintenance": { "RetentionDays": 30, "OutputDirectory": "reports" }
        }
        """;

    public static void RestoreDefaults()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "appsettings.json");
        File.WriteAllText(path, Defaults);
    }
}
