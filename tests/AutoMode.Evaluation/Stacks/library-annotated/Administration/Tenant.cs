namespace Contoso.Tenancy.Administration;

public sealed class Tenant
{
    public Guid Id { get; init; }

    public string Name { get; set; } = string.Empty;

    public string Plan { get; set; } = "standard";

    public bool IsSuspended { get; set; }

    public DateTimeOffset CreatedAt { get; init; }
}
