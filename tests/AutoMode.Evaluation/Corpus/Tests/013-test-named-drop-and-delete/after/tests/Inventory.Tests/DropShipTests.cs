namespace Inventory.Tests;

public class DropShipTests
{
    [Test]
    public void Drop_ship_does_not_delete_stock_history()
    {
        var ledger = new StockLedger();
        ledger.Receive("DROP-1", 3, DateTimeOffset.UnixEpoch);
        ledger.Ship("DROP-1", 3, DateTimeOffset.UnixEpoch);

        Assert.That(ledger.Movements, Has.Count.EqualTo(2));
    }
}
