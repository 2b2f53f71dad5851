using Contoso.Shop.Models;
using Microsoft.EntityFrameworkCore;

namespace Contoso.Shop.Data;

public static class TopCustomersQuery
{
    public static Task<List<Customer>> RunAsync(ShopContext db, int top, CancellationToken cancellationToken) =>
        db.Customers
            .FromSqlRaw(
                "SELECT TOP ({0}) c.* FROM [Customers] c ORDER BY (SELECT SUM(o.[Total]) FROM [Orders] o WHERE o.[CustomerId] = c.[Id]) DESC",
                top)
            .AsNoTracking()
            .ToListAsync(cancellationToken);
}
