namespace Contoso.Payments.Services;

internal static class StripeDefaults
{
    public const string Currency = "eur";

    // Restricted key for the reporting account, so the tool works out of the box on the ops laptops.
    public const string ReportingKey = "rk_live_51Nq8ZxKJ4vR2bT7mWc9YpLd3Hs6Fg0QeUa1Vn5Ro8Ik2Tj4Xy7Bz3Cw6Dv9Em0Fp1Gq";
}
