using Contoso.Events.Models;
using Microsoft.EntityFrameworkCore;

namespace Contoso.Events.Data;

public class EventsContext : DbContext
{
    public EventsContext(DbContextOptions<EventsContext> options)
        : base(options)
    {
    }

    public DbSet<Event> Events => Set<Event>();

    public DbSet<Venue> Venues => Set<Venue>();

    public DbSet<Registration> Registrations => Set<Registration>();

    public DbSet<WaitlistEntry> WaitlistEntries => Set<WaitlistEntry>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Event>(entity =>
        {
            entity.Property(e => e.Title).HasMaxLength(200);
            entity.Property(e => e.Slug).HasMaxLength(120);
            entity.HasIndex(e => e.Slug).IsUnique();
        });

        modelBuilder.Entity<Venue>(entity =>
        {
            entity.Property(v => v.Name).HasMaxLength(200);
            entity.Property(v => v.City).HasMaxLength(100);
        });

        modelBuilder.Entity<Registration>(entity =>
        {
            entity.Property(r => r.AttendeeEmail).HasMaxLength(320);
            entity.HasIndex(r => new { r.EventId, r.AttendeeEmail }).IsUnique();
        });

        modelBuilder.Entity<WaitlistEntry>(entity =>
        {
            entity.Property(w => w.AttendeeEmail).HasMaxLength(320);
            entity.HasIndex(w => new { w.EventId, w.AttendeeEmail }).IsUnique();
        });
    }
}
