namespace Contoso.Tenancy.Jobs;

public static class BatchRunner
{
    public static int ForEach(IEnumerable<Guid> ids, Action<Guid> action)
    {
        var count = 0;
        foreach (var id in ids)
        {
            action(id);
            count++;
        }

        return count;
    }
}
