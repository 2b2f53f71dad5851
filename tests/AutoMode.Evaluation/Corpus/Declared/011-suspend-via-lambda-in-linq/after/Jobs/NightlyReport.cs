using Contoso.Tenancy.Administration;

namespace Contoso.Tenancy.Jobs;

public sealed class NightlyReport
{
    private readonly TenantAdministration _admin;

    public NightlyReport(TenantAdministration admin)
    {
        _admin = admin;
    }

    public void FreezeFreeTier() =>
        _admin.All.Where(t => t.Plan == "free").Select(t => t.Id).ToList().ForEach(id => _admin.Suspend(id));

    public IEnumerable<string> Lines()
    {
        foreach (var group in _admin.All.GroupBy(t => t.Plan).OrderBy(g => g.Key))
        {
            yield return $"{group.Key}: {group.Count()} tenant(s), {group.Count(t => t.IsSuspended)} suspended";
        }
    }
}
