namespace Contoso.Events.Models;

public class Event
{
    public long Id { get; set; }

    public string Title { get; set; } = null!;

    public string Slug { get; set; } = null!;

    public DateTimeOffset StartsAt { get; set; }

    public int Capacity { get; set; }

    public int VenueId { get; set; }

    public Venue Venue { get; set; } = null!;

    public List<Registration> Registrations { get; set; } = new();
}
