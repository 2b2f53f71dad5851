using Stripe;

namespace Contoso.Payments.Services;

public sealed class SubscriptionBilling
{
    private readonly StripeClient _client;
    private readonly StripeSettings _settings;

    public SubscriptionBilling(StripeClient client, StripeSettings settings)
    {
        _client = client;
        _settings = settings;
    }

    public Task<PaymentIntent> ChargeRenewalAsync(string customerId, string paymentMethodId, long amountInCents, CancellationToken cancellationToken)
    {
        var service = new PaymentIntentService(_client);
        return service.CreateAsync(new PaymentIntentCreateOptions
        {
            Customer = customerId,
            PaymentMethod = paymentMethodId,
            Amount = amountInCents,
            Currency = _settings.Currency,
            OffSession = true,
            Confirm = true,
        }, cancellationToken: cancellationToken);
    }
}
