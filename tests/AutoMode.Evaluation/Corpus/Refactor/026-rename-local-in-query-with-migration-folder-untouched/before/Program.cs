using Contoso.Events.Data;
using Microsoft.EntityFrameworkCore;

await using var db = new EventsContextFactory().CreateDbContext(args);

var upcoming = await db.Events
    .AsNoTracking()
    .Where(e => e.StartsAt > DateTimeOffset.UtcNow)
    .OrderBy(e => e.StartsAt)
    .Select(e => new { e.Title, e.StartsAt, Registered = e.Registrations.Count, e.Capacity })
    .ToListAsync();

foreach (var e in upcoming)
{
    Console.WriteLine($"{e.StartsAt:yyyy-MM-dd} {e.Title} ({e.Registered}/{e.Capacity})");
}
