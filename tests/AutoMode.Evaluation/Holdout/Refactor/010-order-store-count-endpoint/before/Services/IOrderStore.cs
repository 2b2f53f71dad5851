using Contoso.Orders.Api.Models;

namespace Contoso.Orders.Api.Services;

public interface IOrderStore
{
    Task<Order?> FindAsync(Guid id, CancellationToken cancellationToken);

    Task<IReadOnlyList<Order>> ListAsync(int skip, int take, CancellationToken cancellationToken);

    Task AddAsync(Order order, CancellationToken cancellationToken);
}
