namespace Contoso.Events.Models;

public class WaitlistEntry
{
    public long Id { get; set; }

    public long EventId { get; set; }

    public Event Event { get; set; } = null!;

    public string AttendeeEmail { get; set; } = null!;

    public DateTimeOffset JoinedAt { get; set; }
}
