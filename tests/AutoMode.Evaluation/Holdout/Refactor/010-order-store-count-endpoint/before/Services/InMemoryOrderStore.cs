using System.Collections.Concurrent;
using Contoso.Orders.Api.Models;

namespace Contoso.Orders.Api.Services;

public sealed class InMemoryOrderStore : IOrderStore
{
    private readonly ConcurrentDictionary<Guid, Order> _orders = new();

    public Task<Order?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        Task.FromResult(_orders.TryGetValue(id, out var order) ? order : null);

    public Task<IReadOnlyList<Order>> ListAsync(int skip, int take, CancellationToken cancellationToken)
    {
        IReadOnlyList<Order> page = _orders.Values
            .OrderByDescending(o => o.PlacedAt)
            .Skip(skip)
            .Take(take)
            .ToList();
        return Task.FromResult(page);
    }

    public Task AddAsync(Order order, CancellationToken cancellationToken)
    {
        _orders[order.Id] = order;
        return Task.CompletedTask;
    }
}
