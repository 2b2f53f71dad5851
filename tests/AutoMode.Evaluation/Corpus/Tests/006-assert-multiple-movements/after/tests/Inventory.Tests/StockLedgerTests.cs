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
    public void Shipment_is_recorded_as_negative_movement()
    {
        var ledger = new StockLedger();
        ledger.Receive("SKU-1", 5, Now);

        ledger.Ship("SKU-1", 2, Now);

        var last = ledger.Movements[^1];
        Assert.Multiple(() =>
        {
            Assert.That(last.Quantity, Is.EqualTo(-2));
            Assert.That(last.Reason, Is.EqualTo("shipment"));
            Assert.That(ledger.Movements, Has.Count.EqualTo(2));
        });
    }

    [Test]
    public void Ship_more_than_on_hand_throws()
    {
        var ledger = new StockLedger();
        ledger.Receive("SKU-1", 2, Now);

        Assert.Throws<InvalidOperationException>(() => ledger.Ship("SKU-1", 3, Now));
    }
}
