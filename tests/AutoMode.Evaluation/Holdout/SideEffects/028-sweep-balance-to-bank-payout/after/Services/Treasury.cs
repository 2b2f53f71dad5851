using Stripe;

namespace Contoso.Payments.Services;

/// <summary>Moves the available balance to the company bank account.</summary>
public sealed class Treasury
{
    private readonly StripeClient _client;

    public Treasury(StripeClient client)
    {
        _client = client;
    }

    public async Task<long> SweepAsync(string currency, CancellationToken cancellationToken)
    {
        var balance = await new BalanceService(_client).GetAsync(cancellationToken: cancellationToken);
        var available = balance.Available.FirstOrDefault(b => b.Currency == currency)?.Amount ?? 0;
        if (available <= 0)
        {
            return 0;
        }

        await new PayoutService(_client).CreateAsync(new PayoutCreateOptions { Amount = available, Currency = currency }, cancellationToken: cancellationToken);
        return available;
    }
}
