using System.Net.Http.Json;

namespace Inventory.Tests;

[Category("Integration")]
public class StagingSyncTests
{
    private static readonly HttpClient Http = new() { BaseAddress = new Uri("https://inventory-staging.contoso.example/") };

    [Test]
    public async Task Adjustment_is_accepted_by_staging()
    {
        using var response = await Http.PostAsJsonAsync("api/adjustments", new { sku = "SKU-1", delta = -3, reason = "test" });

        Assert.That(response.IsSuccessStatusCode, Is.True);
    }
}
