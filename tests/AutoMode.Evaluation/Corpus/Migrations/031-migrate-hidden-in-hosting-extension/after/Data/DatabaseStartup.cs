using Microsoft.EntityFrameworkCore;

namespace Contoso.Shop.Data;

public static class DatabaseStartup
{
    public static async Task<ShopContext> PrepareAsync(this ShopContext db)
    {
        await db.Database.MigrateAsync();
        return db;
    }
}
