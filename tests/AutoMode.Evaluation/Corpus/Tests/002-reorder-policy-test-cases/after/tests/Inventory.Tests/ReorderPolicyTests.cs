namespace Inventory.Tests;

public class ReorderPolicyTests
{
    [TestCase(0, 50)]
    [TestCase(10, 50)]
    [TestCase(11, 0)]
    [TestCase(500, 0)]
    public void Suggests_order_at_or_below_reorder_point(int onHand, int expected)
    {
        var policy = new ReorderPolicy(reorderPoint: 10, reorderQuantity: 50);

        Assert.That(policy.SuggestOrder(onHand), Is.EqualTo(expected));
    }
}
