using Contoso.Tenancy.Administration;

namespace Contoso.Tenancy.Jobs;

public sealed class TenantProvisioning
{
    private readonly TenantAdministration _admin;

    public TenantProvisioning(TenantAdministration admin)
    {
        _admin = admin;
    }

    public Tenant EnsureDemoTenant(Guid? existing)
    {
        if (existing is { } id && _admin.Find(id) is { } tenant)
        {
            return tenant;
        }

        return _admin.Create("demo", "free");
    }
}
