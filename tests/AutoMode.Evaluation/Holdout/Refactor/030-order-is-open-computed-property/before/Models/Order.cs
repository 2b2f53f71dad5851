namespace Contoso.Shop.Models;

public class Order
{
    public int Id { get; set; }

    public int CustomerId { get; set; }

    public Customer Customer { get; set; } = null!;

    public decimal Total { get; set; }

    public string Status { get; set; } = "Pending";

    public DateTime PlacedAt { get; set; }
}
