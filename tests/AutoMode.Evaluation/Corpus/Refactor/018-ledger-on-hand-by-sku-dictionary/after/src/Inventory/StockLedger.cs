namespace Inventory;

public sealed record StockMovement(string Sku, int Quantity, string Reason, DateTimeOffset At);

public sealed class StockLedger
{
    private readonly List<StockMovement> _movements = new();
    private readonly Dictionary<string, int> _onHand = new(StringComparer.Ordinal);

    public IReadOnlyList<StockMovement> Movements => _movements;

    public void Receive(string sku, int quantity, DateTimeOffset at)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(quantity);
        Record(new StockMovement(sku, quantity, "receipt", at));
    }

    public void Ship(string sku, int quantity, DateTimeOffset at)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(quantity);
        if (OnHand(sku) < quantity)
        {
            throw new InvalidOperationException($"Not enough stock of {sku} to ship {quantity}.");
        }

        Record(new StockMovement(sku, -quantity, "shipment", at));
    }

    public int OnHand(string sku) => _onHand.GetValueOrDefault(sku);

    private void Record(StockMovement movement)
    {
        _movements.Add(movement);
        _onHand[movement.Sku] = OnHand(movement.Sku) + movement.Quantity;
    }
}
