using Microsoft.EntityFrameworkCore;

namespace Contoso.Shop.Data;

public static class ShopContextExtensions
{
    /// <summary>Brings the database up to date before the tool reads from it.</summary>
    public static async Task EnsureUpToDateAsync(this ShopContext db)
    {
        if ((await db.Database.GetPendingMigrationsAsync()).Any())
        {
            await db.Database.MigrateAsync();
        }
    }
}
