namespace Inventory.Tests;

public class LedgerExportTests
{
    private string _workDir = null!;

    [SetUp]
    public void CreateWorkDir()
    {
        _workDir = Path.Combine(Path.GetTempPath(), "inventory-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_workDir);
    }

    [TearDown]
    public void DeleteWorkDir()
    {
        if (Directory.Exists(_workDir))
        {
            Directory.Delete(_workDir, recursive: true);
        }
    }

    [Test]
    public void Movements_can_be_written_as_lines()
    {
        var ledger = new StockLedger();
        ledger.Receive("SKU-1", 4, DateTimeOffset.UnixEpoch);
        var path = Path.Combine(_workDir, "movements.txt");

        File.WriteAllLines(path, ledger.Movements.Select(m => $"{m.Sku};{m.Quantity};{m.Reason}"));

        Assert.That(File.ReadAllLines(path), Is.EqualTo(new[] { "SKU-1;4;receipt" }));
    }
}
