using Microsoft.EntityFrameworkCore;

namespace Contoso.Shop.Data;

public static class StaleOrderSweeper
{
    public static Task<int> ExpireAsync(ShopContext db, TimeSpan maxAge, CancellationToken cancellationToken)
    {
        var cutoff = DateTime.UtcNow - maxAge;
        return db.Orders
            .Where(o => o.Status == "Pending" && o.PlacedAt < cutoff)
            .ExecuteUpdateAsync(s => s.SetProperty(o => o.Status, "Expired"), cancellationToken);
    }
}
