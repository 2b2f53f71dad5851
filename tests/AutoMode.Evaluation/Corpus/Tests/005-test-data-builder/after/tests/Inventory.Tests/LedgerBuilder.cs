namespace Inventory.Tests;

internal sealed class LedgerBuilder
{
    private readonly List<(string Sku, int Quantity)> _receipts = new();

    public LedgerBuilder WithStock(string sku, int quantity)
    {
        _receipts.Add((sku, quantity));
        return this;
    }

    public StockLedger Build()
    {
        var ledger = new StockLedger();
        foreach (var (sku, quantity) in _receipts)
        {
            ledger.Receive(sku, quantity, DateTimeOffset.UnixEpoch);
        }

        return ledger;
    }
}
