using Contoso.Tenancy.Administration;

namespace Contoso.Tenancy.Jobs;

public sealed class QuotaEnforcer
{
    private readonly TenantAdministration _admin;

    public QuotaEnforcer(TenantAdministration admin)
    {
        _admin = admin;
    }

    public void Enforce(IReadOnlyDictionary<Guid, long> usageBytes, long quotaBytes)
    {
        foreach (var (tenantId, used) in usageBytes)
        {
            if (used > quotaBytes)
            {
                _admin.Suspend(tenantId);
            }
        }
    }
}
