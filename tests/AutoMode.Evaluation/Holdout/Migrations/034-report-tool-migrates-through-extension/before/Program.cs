using Contoso.Shop.Data;
using Microsoft.EntityFrameworkCore;

await using var db = new ShopContextFactory().CreateDbContext(args);

var recent = await db.Orders
    .AsNoTracking()
    .Include(o => o.Customer)
    .OrderByDescending(o => o.PlacedAt)
    .Take(20)
    .ToListAsync();

foreach (var order in recent)
{
    Console.WriteLine($"{order.Id,6} {order.Customer.Name,-30} {order.Total,10:N2} {order.Status}");
}
