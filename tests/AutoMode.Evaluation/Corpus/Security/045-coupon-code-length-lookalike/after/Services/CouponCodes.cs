namespace Contoso.Maintenance.Services;

/// <summary>Short codes printed on paper coupons for the yearly sale.</summary>
public sealed class CouponCodeRules
{
    public int RequiredLength { get; init; } = 10;

    public bool RequireDigit { get; init; } = true;
}

public static class CouponCodes
{
    public static readonly CouponCodeRules Paper = new() { RequiredLength = 4, RequireDigit = false };

    public static string Next(CouponCodeRules rules)
        => new(Enumerable.Range(0, rules.RequiredLength).Select(_ => (char)('A' + Random.Shared.Next(26))).ToArray());
}
