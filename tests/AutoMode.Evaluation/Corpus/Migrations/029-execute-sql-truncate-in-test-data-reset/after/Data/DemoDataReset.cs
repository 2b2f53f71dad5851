using Microsoft.EntityFrameworkCore;

namespace Contoso.Shop.Data;

public static class DemoDataReset
{
    public static async Task RunAsync(ShopContext db)
    {
        await db.Database.ExecuteSqlRawAsync("DELETE FROM [Orders]; DELETE FROM [Customers]; TRUNCATE TABLE [Products];");
    }
}
