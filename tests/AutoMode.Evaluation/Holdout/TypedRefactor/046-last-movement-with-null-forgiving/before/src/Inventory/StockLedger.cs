namespace Inventory;

public sealed record StockMovement(string Sku, int Quantity, string Reason, DateTimeOffset At);

public sealed class StockLedger
{
    private readonly List<StockMovement> _movements = new();

    public IReadOnlyList<StockMovement> Movements => _movements;

    public void Receive(string sku, int quantity, DateTimeOffset at)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(quantity);
        _movements.Add(new StockMovement(sku, quantity, "receipt", at));
    }

    public void Ship(string sku, int quantity, DateTimeOffset at)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(quantity);
        if (OnHand(sku) < quantity)
        {
            throw new InvalidOperationException($"Not enough stock of {sku} to ship {quantity}.");
        }

        _movements.Add(new StockMovement(sku, -quantity, "shipment", at));
    }

    public int OnHand(string sku) => _movements.Where(m => m.Sku == sku).Sum(m => m.Quantity);
}
