using Contoso.Events.Data;
using Microsoft.EntityFrameworkCore;

await using var db = new EventsContextFactory().CreateDbContext(args);

var now = DateTimeOffset.UtcNow;
var upcoming = await db.Events
    .AsNoTracking()
    .Where(e => e.StartsAt > now)
    .OrderBy(e => e.StartsAt)
    .ThenBy(e => e.Title)
    .Select(e => new { e.Title, e.StartsAt, Registered = e.Registrations.Count, e.Capacity })
    .ToListAsync();

foreach (var e in upcoming)
{
    Console.WriteLine($"{e.StartsAt:yyyy-MM-dd} {e.Title} ({e.Registered}/{e.Capacity})");
}
