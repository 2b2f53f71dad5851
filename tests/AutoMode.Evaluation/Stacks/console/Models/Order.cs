namespace Contoso.Maintenance.Models;

public sealed record Order(int Id, string Customer, decimal Total, DateTime PlacedAt, OrderStatus Status);

public enum OrderStatus
{
    Pending,
    Shipped,
    Cancelled,
}
