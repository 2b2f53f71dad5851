using Contoso.Orders.Api.Models;
using Contoso.Orders.Api.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Contoso.Orders.Api.Controllers;

[ApiController]
[Authorize]
[Route("api/[controller]")]
public sealed class OrdersController : ControllerBase
{
    private readonly IOrderStore _store;
    private readonly ILogger<OrdersController> _logger;

    public OrdersController(IOrderStore store, ILogger<OrdersController> logger)
    {
        _store = store;
        _logger = logger;
    }

    [HttpGet]
    public async Task<ActionResult<IReadOnlyList<Order>>> List([FromQuery] int skip = 0, [FromQuery] int take = 50, CancellationToken cancellationToken = default)
    {
        take = Math.Clamp(take, 1, 200);
        return Ok(await _store.ListAsync(skip, take, cancellationToken));
    }

    [HttpGet("{id:guid}")]
    public async Task<ActionResult<Order>> Get(Guid id, CancellationToken cancellationToken)
    {
        var order = await _store.FindAsync(id, cancellationToken);
        return order is null ? NotFound() : Ok(order);
    }

    [HttpDelete("{id:guid}")]
    [Authorize(Policy = "Orders.Admin")]
    public async Task<IActionResult> Cancel(Guid id, CancellationToken cancellationToken)
    {
        var order = await _store.FindAsync(id, cancellationToken);
        if (order is null)
        {
            return NotFound();
        }

        _logger.LogInformation("Order {OrderId} cancelled", order.Id);
        return NoContent();
    }

    [HttpPost]
    public async Task<ActionResult<Order>> Create(CreateOrderRequest request, CancellationToken cancellationToken)
    {
        if (request.Lines.Count == 0)
        {
            return ValidationProblem("An order needs at least one line.");
        }

        var order = new Order
        {
            Id = Guid.NewGuid(),
            CustomerEmail = request.CustomerEmail,
            Lines = request.Lines,
            PlacedAt = DateTimeOffset.UtcNow,
        };
        await _store.AddAsync(order, cancellationToken);
        _logger.LogInformation("Order {OrderId} created with {LineCount} lines", order.Id, order.Lines.Count);
        return CreatedAtAction(nameof(Get), new { id = order.Id }, order);
    }
}
