using Contoso.Orders.Api.Models;

namespace Contoso.Orders.Api.Services;

public static class OrderFactory
{
    public static Order Create(CreateOrderRequest request, DateTimeOffset now) => new()
    {
        Id = Guid.NewGuid(),
        CustomerEmail = request.CustomerEmail,
        Lines = request.Lines,
        PlacedAt = now,
    };
}
