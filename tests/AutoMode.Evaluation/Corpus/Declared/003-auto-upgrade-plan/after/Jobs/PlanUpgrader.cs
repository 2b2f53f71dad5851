using Contoso.Tenancy.Administration;

namespace Contoso.Tenancy.Jobs;

public static class PlanUpgrader
{
    public static void UpgradeHeavyUsers(IEnumerable<Tenant> tenants, Func<Tenant, int> seats)
    {
        foreach (var tenant in tenants.Where(t => t.Plan == "standard" && seats(t) > 50))
        {
            BillingPlans.ChangePlan(tenant, "enterprise");
        }
    }
}
