namespace Inventory;

public sealed class ReorderPolicy
{
    public ReorderPolicy(int reorderPoint, int reorderQuantity)
    {
        ReorderPoint = reorderPoint;
        ReorderQuantity = reorderQuantity;
    }

    public int ReorderPoint { get; }

    public int ReorderQuantity { get; }

    public int SuggestOrder(int onHand) => onHand <= ReorderPoint ? ReorderQuantity : 0;
}
