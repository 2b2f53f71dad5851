using AutoMode;

namespace Contoso.Tenancy.Administration;

public static class BillingPlans
{
    public static readonly IReadOnlyList<string> Names = ["free", "standard", "enterprise"];

    public static bool IsKnown(string plan) => Names.Contains(plan, StringComparer.OrdinalIgnoreCase);

    [Risk(RiskLevel.High, "changes what the customer is invoiced from the next billing cycle")]
    public static void ChangePlan(Tenant tenant, string plan)
    {
        if (!IsKnown(plan))
        {
            throw new ArgumentOutOfRangeException(nameof(plan), plan, "Unknown plan.");
        }

        tenant.Plan = plan;
    }
}
