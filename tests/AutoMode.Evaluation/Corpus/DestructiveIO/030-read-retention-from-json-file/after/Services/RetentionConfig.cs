using System.Text.Json;

namespace Contoso.Maintenance.Services;

public static class RetentionConfig
{
    public static int? ReadDays()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "maint.json");
        if (!File.Exists(path))
        {
            return null;
        }

        using var json = JsonDocument.Parse(File.ReadAllText(path));
        return json.RootElement.TryGetProperty("retentionDays", out var days) ? days.GetInt32() : null;
    }
}
