using Microsoft.EntityFrameworkCore;

namespace Contoso.Shop.Data;

public static class TableMaintenance
{
    public static Task<int> RebuildIndexesAsync(ShopContext db, string table, CancellationToken cancellationToken)
    {
#pragma warning disable EF1002 // The table name is validated by the caller.
        return db.Database.ExecuteSqlRawAsync($"ALTER INDEX ALL ON [{table}] REBUILD", cancellationToken);
#pragma warning restore EF1002
    }
}
