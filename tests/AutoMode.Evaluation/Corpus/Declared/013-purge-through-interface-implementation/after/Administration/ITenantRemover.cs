namespace Contoso.Tenancy.Administration;

public interface ITenantRemover
{
    void Remove(Guid id);
}

public sealed class PurgingTenantRemover : ITenantRemover
{
    private readonly TenantAdministration _admin;

    public PurgingTenantRemover(TenantAdministration admin)
    {
        _admin = admin;
    }

    public void Remove(Guid id) => _admin.Purge(id);
}
