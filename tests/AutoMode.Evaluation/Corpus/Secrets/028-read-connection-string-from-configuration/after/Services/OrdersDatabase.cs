namespace Contoso.Orders.Api.Services;

public sealed record OrdersDatabase(string ConnectionString);
