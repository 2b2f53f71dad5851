namespace Contoso.Fulfillment.Services;

public sealed record Warehouse(string Code, string Region, bool AcceptsHazmat, int DailyCapacity = 5_000);

public sealed class WarehouseDirectory
{
    private static readonly Warehouse[] Warehouses =
    [
        new("AMS1", "eu-west", AcceptsHazmat: false),
        new("FRA2", "eu-central", AcceptsHazmat: true),
        new("IAD1", "us-east", AcceptsHazmat: true),
    ];

    public Warehouse? FindForRegion(string region) =>
        Warehouses.FirstOrDefault(w => string.Equals(w.Region, region, StringComparison.OrdinalIgnoreCase));

    public IReadOnlyList<Warehouse> All() => Warehouses;
}
