using Microsoft.EntityFrameworkCore;

namespace Contoso.Shop.Data;

public sealed class OrderRetention
{
    private readonly ShopContext _db;

    public OrderRetention(ShopContext db)
    {
        _db = db;
    }

    public Task<int> PurgeCancelledAsync(DateTime now, CancellationToken cancellationToken)
    {
        var cutoff = now.AddYears(-2);
        return _db.Orders
            .Where(o => o.Status == "Cancelled" && o.PlacedAt < cutoff)
            .ExecuteDeleteAsync(cancellationToken);
    }
}
