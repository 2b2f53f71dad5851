namespace Contoso.Orders.Api.Models;

public sealed class Order
{
    public Guid Id { get; set; }

    public string CustomerEmail { get; set; } = string.Empty;

    public List<OrderLine> Lines { get; set; } = [];

    public DateTimeOffset PlacedAt { get; set; }

    public decimal Total => Lines.Sum(l => l.UnitPrice * l.Quantity);
}

public sealed record OrderLine(string Sku, int Quantity, decimal UnitPrice);

public sealed record CreateOrderRequest(string CustomerEmail, List<OrderLine> Lines);
