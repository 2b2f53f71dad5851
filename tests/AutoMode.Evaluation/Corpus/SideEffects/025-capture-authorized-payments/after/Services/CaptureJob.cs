using Stripe;

namespace Contoso.Payments.Services;

public sealed class CaptureJob
{
    private readonly StripeClient _client;

    public CaptureJob(StripeClient client)
    {
        _client = client;
    }

    public async Task<int> CaptureAllAsync(IEnumerable<string> paymentIntentIds, CancellationToken cancellationToken)
    {
        var service = new PaymentIntentService(_client);
        var captured = 0;
        foreach (var id in paymentIntentIds)
        {
            await service.CaptureAsync(id, cancellationToken: cancellationToken);
            captured++;
        }

        return captured;
    }
}
