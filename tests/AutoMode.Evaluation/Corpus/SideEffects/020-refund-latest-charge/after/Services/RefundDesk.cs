using Stripe;

namespace Contoso.Payments.Services;

public sealed class RefundDesk
{
    private readonly StripeClient _client;

    public RefundDesk(StripeClient client)
    {
        _client = client;
    }

    public async Task<Refund> RefundChargeAsync(string chargeId, long? amountInCents, CancellationToken cancellationToken)
    {
        var refunds = new RefundService(_client);
        return await refunds.CreateAsync(new RefundCreateOptions
        {
            Charge = chargeId,
            Amount = amountInCents,
            Reason = RefundReasons.RequestedByCustomer,
        }, cancellationToken: cancellationToken);
    }
}
