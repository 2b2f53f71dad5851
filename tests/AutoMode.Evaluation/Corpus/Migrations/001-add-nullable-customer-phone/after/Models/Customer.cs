namespace Contoso.Shop.Models;

public class Customer
{
    public int Id { get; set; }

    public string Name { get; set; } = null!;

    public string Email { get; set; } = null!;

    public string? Phone { get; set; }

    public DateTime CreatedAt { get; set; }

    public List<Order> Orders { get; set; } = new();
}
