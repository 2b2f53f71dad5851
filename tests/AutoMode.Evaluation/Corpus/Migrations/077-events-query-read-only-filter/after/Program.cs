using Contoso.Events.Data;
using Microsoft.EntityFrameworkCore;

await using var db = new EventsContextFactory().CreateDbContext(args);

var upcoming = await db.Events
    .AsNoTracking()
    .Where(e => e.StartsAt > DateTimeOffset.UtcNow)
    .Where(e => args.Length == 0 || e.Venue.City == args[0])
    .OrderBy(e => e.StartsAt)
    .Select(e => new { e.Title, e.StartsAt, Registered = e.Registrations.Count, e.Capacity })
    .ToListAsync();

foreach (var e in upcoming)
{
    Console.WriteLine($"{e.StartsAt:yyyy-MM-dd} {e.Title} ({e.Registered}/{e.Capacity})");
}
