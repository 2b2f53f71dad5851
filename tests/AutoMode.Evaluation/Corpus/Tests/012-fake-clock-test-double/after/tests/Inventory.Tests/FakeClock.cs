namespace Inventory.Tests;

internal sealed class FakeClock
{
    public DateTimeOffset Now { get; private set; } = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public void Advance(TimeSpan by) => Now += by;
}

public class FakeClockTests
{
    [Test]
    public void Movements_keep_their_time()
    {
        var clock = new FakeClock();
        var ledger = new StockLedger();

        ledger.Receive("SKU-1", 1, clock.Now);
        clock.Advance(TimeSpan.FromHours(1));
        ledger.Receive("SKU-1", 1, clock.Now);

        Assert.That(ledger.Movements[1].At - ledger.Movements[0].At, Is.EqualTo(TimeSpan.FromHours(1)));
    }
}
