using Contoso.Tenancy.Administration;

namespace Contoso.Tenancy.Jobs;

public sealed class TrialExpiry
{
    private readonly TenantAdministration _admin;

    public TrialExpiry(TenantAdministration admin)
    {
        _admin = admin;
    }

    public int ExpireTrials() =>
        BatchRunner.ForEach(_admin.All.Where(t => t.Plan == "free").Select(t => t.Id).ToList(), _admin.Purge);
}
