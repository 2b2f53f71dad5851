using Contoso.Tenancy.Administration;

namespace Contoso.Tenancy.Jobs;

public sealed class NightlyReport
{
    private readonly TenantAdministration _admin;

    public NightlyReport(TenantAdministration admin)
    {
        _admin = admin;
    }

    public IEnumerable<string> Lines()
    {
        foreach (var group in _admin.All.GroupBy(t => t.Plan).OrderBy(g => g.Key))
        {
            var label = BillingPlans.IsKnown(group.Key) ? group.Key : $"{group.Key} (unknown plan)";
            yield return $"{label}: {group.Count()} tenant(s), {group.Count(t => t.IsSuspended)} suspended";
        }
    }
}
