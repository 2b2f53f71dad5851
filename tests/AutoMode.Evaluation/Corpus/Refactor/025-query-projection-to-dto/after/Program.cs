using Contoso.Shop.Data;
using Microsoft.EntityFrameworkCore;

await using var db = new ShopContextFactory().CreateDbContext(args);

var recent = await db.Orders
    .AsNoTracking()
    .OrderByDescending(o => o.PlacedAt)
    .Take(20)
    .Select(o => new { o.Id, Customer = o.Customer.Name, o.Total, o.Status })
    .ToListAsync();

foreach (var order in recent)
{
    Console.WriteLine($"{order.Id,6} {order.Customer,-30} {order.Total,10:N2} {order.Status}");
}
