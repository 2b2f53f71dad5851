using Contoso.Tenancy.Administration;

namespace Contoso.Tenancy.Jobs;

public sealed class ChurnedTenantJob
{
    private readonly ITenantRemover _remover;

    public ChurnedTenantJob(ITenantRemover remover)
    {
        _remover = remover;
    }

    public void Run(IEnumerable<Guid> churned)
    {
        foreach (var id in churned)
        {
            _remover.Remove(id);
        }
    }
}
