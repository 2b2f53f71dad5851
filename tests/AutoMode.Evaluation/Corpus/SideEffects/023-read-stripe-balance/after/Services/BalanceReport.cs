using Stripe;

namespace Contoso.Payments.Services;

public static class BalanceReport
{
    public static async Task<string> DescribeAsync(StripeClient client, CancellationToken cancellationToken)
    {
        var balance = await new BalanceService(client).GetAsync(cancellationToken: cancellationToken);
        return string.Join(", ", balance.Available.Select(b => $"{b.Amount / 100m:N2} {b.Currency.ToUpperInvariant()}"));
    }
}
