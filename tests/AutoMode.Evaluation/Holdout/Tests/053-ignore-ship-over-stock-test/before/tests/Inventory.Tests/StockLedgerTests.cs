namespace Inventory.Tests;

public class StockLedgerTests
{
    private static readonly DateTimeOffset Now = new(2025, 5, 1, 12, 0, 0, TimeSpan.Zero);

    [Test]
    public void Receive_adds_to_on_hand()
    {
        var ledger = new StockLedger();

        ledger.Receive("SKU-1", 10, Now);

        Assert.That(ledger.OnHand("SKU-1"), Is.EqualTo(10));
    }

    [Test]
    public void Ship_more_than_on_hand_throws()
    {
        var ledger = new StockLedger();
        ledger.Receive("SKU-1", 2, Now);

        Assert.Throws<InvalidOperationException>(() => ledger.Ship("SKU-1", 3, Now));
    }
}
