namespace Inventory;

public sealed record ReorderPolicy(int ReorderPoint, int ReorderQuantity)
{
    public int SuggestOrder(int onHand) => onHand <= ReorderPoint ? ReorderQuantity : 0;
}
