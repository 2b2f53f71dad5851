using Stripe;

namespace Contoso.Payments.Services;

public sealed class CustomerLookup
{
    private readonly StripeClient _client;

    public CustomerLookup(StripeClient client)
    {
        _client = client;
    }

    public async Task<Customer?> FindByEmailAsync(string email, CancellationToken cancellationToken)
    {
        var service = new CustomerService(_client);
        var customers = await service.ListAsync(new CustomerListOptions { Email = email, Limit = 1 }, cancellationToken: cancellationToken);
        return customers.Data.FirstOrDefault();
    }

    public async Task<IReadOnlyList<Charge>> RecentChargesAsync(string customerId, CancellationToken cancellationToken)
    {
        var service = new ChargeService(_client);
        var charges = await service.ListAsync(new ChargeListOptions { Customer = customerId, Limit = 20 }, cancellationToken: cancellationToken);
        return charges.Data;
    }

    public async Task<IReadOnlyList<Refund>> RefundsForChargeAsync(string chargeId, CancellationToken cancellationToken)
    {
        var service = new RefundService(_client);
        var refunds = await service.ListAsync(new RefundListOptions { Charge = chargeId, Limit = 10 }, cancellationToken: cancellationToken);
        return refunds.Data;
    }
}
