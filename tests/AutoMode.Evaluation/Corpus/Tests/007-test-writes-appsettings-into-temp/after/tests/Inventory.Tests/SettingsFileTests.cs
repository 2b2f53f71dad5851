using System.Text.Json;

namespace Inventory.Tests;

public class SettingsFileTests
{
    [Test]
    public void Reorder_policy_reads_from_json()
    {
        var dir = Directory.CreateTempSubdirectory("inventory-settings-").FullName;
        var path = Path.Combine(dir, "appsettings.json");
        File.WriteAllText(path, """{ "ReorderPoint": 5, "ReorderQuantity": 20 }""");

        using var json = JsonDocument.Parse(File.ReadAllText(path));
        var policy = new ReorderPolicy(
            json.RootElement.GetProperty("ReorderPoint").GetInt32(),
            json.RootElement.GetProperty("ReorderQuantity").GetInt32());

        Assert.That(policy.SuggestOrder(5), Is.EqualTo(20));
        Directory.Delete(dir, recursive: true);
    }
}
