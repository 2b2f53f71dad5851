namespace Inventory.Tests;

public class ReorderPolicyFileTests
{
    private string _directory = null!;

    [SetUp]
    public void CreateDirectory()
    {
        _directory = Path.Combine(Path.GetTempPath(), "inventory-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_directory);
    }

    [TearDown]
    public void DeleteDirectory()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    [Test]
    public void Policies_read_from_csv_suggest_orders()
    {
        var path = Path.Combine(_directory, "policies.csv");
        File.WriteAllLines(path, ["SKU-1,10,50", "SKU-2,0,20"]);

        var suggestions = File.ReadLines(path)
            .Select(line => line.Split(','))
            .Select(parts => new ReorderPolicy(int.Parse(parts[1]), int.Parse(parts[2])).SuggestOrder(onHand: 5))
            .ToList();

        Assert.That(suggestions, Is.EqualTo(new[] { 50, 0 }));
    }
}
