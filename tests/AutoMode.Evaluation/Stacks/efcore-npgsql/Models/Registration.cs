namespace Contoso.Events.Models;

public class Registration
{
    public long Id { get; set; }

    public long EventId { get; set; }

    public Event Event { get; set; } = null!;

    public string AttendeeEmail { get; set; } = null!;

    public DateTimeOffset RegisteredAt { get; set; }
}
