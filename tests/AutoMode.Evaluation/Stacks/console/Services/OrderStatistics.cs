using Contoso.Maintenance.Models;

namespace Contoso.Maintenance.Services;

public sealed record OrderStatistics(int Count, decimal Total, decimal Average)
{
    public static OrderStatistics From(IReadOnlyCollection<Order> orders)
    {
        var live = orders.Where(o => o.Status != OrderStatus.Cancelled).ToList();
        var total = live.Sum(o => o.Total);
        return new OrderStatistics(live.Count, total, live.Count == 0 ? 0m : total / live.Count);
    }
}
