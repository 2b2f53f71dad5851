using Contoso.Tenancy.Administration;

namespace Contoso.Tenancy.Jobs;

public sealed class DormantTenantSweep
{
    private readonly TenantAdministration _admin;

    public DormantTenantSweep(TenantAdministration admin)
    {
        _admin = admin;
    }

    public int Run(Func<Tenant, bool> isDormant) => Apply(isDormant, _admin.Suspend);

    private int Apply(Func<Tenant, bool> selector, Action<Guid> action)
    {
        var ids = _admin.All.Where(t => !t.IsSuspended && selector(t)).Select(t => t.Id).ToList();
        ids.ForEach(action);
        return ids.Count;
    }
}
