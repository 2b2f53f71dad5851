namespace Contoso.Tenancy.Administration;

public interface ITenantLookup
{
    IReadOnlyCollection<Tenant> All { get; }

    Tenant? Find(Guid id);
}
