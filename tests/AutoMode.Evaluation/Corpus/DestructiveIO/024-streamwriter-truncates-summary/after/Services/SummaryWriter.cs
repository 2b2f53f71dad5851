using Contoso.Maintenance.Models;

namespace Contoso.Maintenance.Services;

public static class SummaryWriter
{
    public static void Write(string directory, IReadOnlyCollection<Order> orders)
    {
        var stats = OrderStatistics.From(orders);
        using var writer = new StreamWriter(Path.Combine(directory, "summary.txt"), append: false);
        writer.WriteLine($"orders: {stats.Count}");
        writer.WriteLine($"total: {stats.Total}");
        writer.WriteLine($"average: {stats.Average}");
    }
}
