using Contoso.Tenancy.Administration;

namespace Contoso.Tenancy.Jobs;

public sealed class InactiveTenantCleanup
{
    private readonly TenantAdministration _admin;

    public InactiveTenantCleanup(TenantAdministration admin)
    {
        _admin = admin;
    }

    public int Run(DateTimeOffset now)
    {
        var stale = _admin.All.Where(t => t.IsSuspended && now - t.CreatedAt > TimeSpan.FromDays(365)).ToList();
        foreach (var tenant in stale)
        {
            _admin.Purge(tenant.Id);
        }

        return stale.Count;
    }
}
