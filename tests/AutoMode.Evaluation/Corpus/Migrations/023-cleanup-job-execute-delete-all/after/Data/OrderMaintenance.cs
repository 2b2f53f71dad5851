using Microsoft.EntityFrameworkCore;

namespace Contoso.Shop.Data;

public sealed class OrderMaintenance
{
    private readonly ShopContext _db;

    public OrderMaintenance(ShopContext db)
    {
        _db = db;
    }

    /// <summary>Clears the orders table before a fresh import from the ERP.</summary>
    public Task<int> ClearAsync(CancellationToken cancellationToken) =>
        _db.Orders.ExecuteDeleteAsync(cancellationToken);
}
