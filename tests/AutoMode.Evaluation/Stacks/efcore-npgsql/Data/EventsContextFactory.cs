using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Contoso.Events.Data;

public sealed class EventsContextFactory : IDesignTimeDbContextFactory<EventsContext>
{
    public EventsContext CreateDbContext(string[] args)
    {
        var connectionString = Environment.GetEnvironmentVariable("EVENTS_DB")
            ?? "Host=localhost;Database=events;Username=events_app";
        return new EventsContext(new DbContextOptionsBuilder<EventsContext>()
            .UseNpgsql(connectionString)
            .Options);
    }
}
