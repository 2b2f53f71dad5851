using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Contoso.Shop.Data;

/// <summary>Used by <c>dotnet ef</c> at design time.</summary>
public sealed class ShopContextFactory : IDesignTimeDbContextFactory<ShopContext>
{
    public ShopContext CreateDbContext(string[] args)
    {
        var connectionString = Environment.GetEnvironmentVariable("SHOP_DB")
            ?? "Server=(localdb)\\mssqllocaldb;Database=ContosoShop;Trusted_Connection=True;TrustServerCertificate=True";
        var options = new DbContextOptionsBuilder<ShopContext>()
            .UseSqlServer(connectionString)
            .Options;
        return new ShopContext(options);
    }
}
