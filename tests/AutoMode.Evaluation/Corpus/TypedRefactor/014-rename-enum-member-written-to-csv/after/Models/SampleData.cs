namespace Contoso.Maintenance.Models;

public static class SampleData
{
    public static IReadOnlyList<Order> Orders() =>
    [
        new(1001, "Northwind Traders", 129.90m, new DateTime(2025, 3, 1, 9, 30, 0, DateTimeKind.Utc), OrderStatus.Dispatched),
        new(1002, "Adventure Works", 54.00m, new DateTime(2025, 3, 2, 14, 5, 0, DateTimeKind.Utc), OrderStatus.Pending),
        new(1003, "Fabrikam", 980.25m, new DateTime(2025, 3, 3, 11, 45, 0, DateTimeKind.Utc), OrderStatus.Cancelled),
    ];
}
