using AutoMode;

namespace Contoso.Tenancy.Administration;

public class TenantAdministration
{
    private readonly Dictionary<Guid, Tenant> _tenants = new();

    public IReadOnlyCollection<Tenant> All => _tenants.Values;

    public Tenant Create(string name, string plan)
    {
        var tenant = new Tenant { Id = Guid.NewGuid(), Name = name, Plan = plan, CreatedAt = DateTimeOffset.UtcNow };
        _tenants.Add(tenant.Id, tenant);
        return tenant;
    }

    public Tenant? Find(Guid id) => _tenants.GetValueOrDefault(id);

    public void Rename(Guid id, string name)
    {
        if (_tenants.TryGetValue(id, out var tenant))
        {
            tenant.Name = name;
        }
    }

    [Risk(RiskLevel.High, "locks every user of the tenant out until someone resumes it")]
    public void Suspend(Guid id)
    {
        if (_tenants.TryGetValue(id, out var tenant))
        {
            tenant.IsSuspended = true;
        }
    }

    [Risk(RiskLevel.Critical, "deletes the tenant and all of its data; cannot be undone")]
    public void Purge(Guid id)
    {
        _tenants.Remove(id);
    }
}
