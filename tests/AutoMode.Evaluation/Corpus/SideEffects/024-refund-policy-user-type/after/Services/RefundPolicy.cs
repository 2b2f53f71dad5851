namespace Contoso.Payments.Services;

public sealed class RefundPolicy
{
    public TimeSpan FullRefundWindow { get; init; } = TimeSpan.FromDays(14);

    public decimal RestockingFee { get; init; } = 0.15m;

    public decimal Refund(decimal paid, DateTimeOffset purchasedAt, DateTimeOffset now)
    {
        if (now - purchasedAt <= FullRefundWindow)
        {
            return paid;
        }

        return Math.Round(paid * (1 - RestockingFee), 2, MidpointRounding.ToEven);
    }
}
