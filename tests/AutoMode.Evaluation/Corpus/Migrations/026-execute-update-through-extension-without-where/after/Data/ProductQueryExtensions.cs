using Contoso.Shop.Models;
using Microsoft.EntityFrameworkCore;

namespace Contoso.Shop.Data;

public static class ProductQueryExtensions
{
    public static Task<int> ResetStockAsync(this IQueryable<Product> products, CancellationToken cancellationToken = default) =>
        products.ExecuteUpdateAsync(s => s.SetProperty(p => p.StockQuantity, 0), cancellationToken);
}
