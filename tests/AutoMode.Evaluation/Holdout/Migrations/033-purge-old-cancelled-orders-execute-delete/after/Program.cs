using Contoso.Shop.Data;
using Microsoft.EntityFrameworkCore;

await using var db = new ShopContextFactory().CreateDbContext(args);

if (args is ["purge-cancelled"])
{
    var cutoff = DateTime.UtcNow.AddYears(-2);
    var purged = await db.Orders
        .Where(o => o.Status == "Cancelled" && o.PlacedAt < cutoff)
        .ExecuteDeleteAsync();
    Console.WriteLine($"Purged {purged} cancelled order(s)");
    return;
}

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
