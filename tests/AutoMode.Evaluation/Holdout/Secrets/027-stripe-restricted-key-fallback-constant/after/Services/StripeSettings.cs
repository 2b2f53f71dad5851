namespace Contoso.Payments.Services;

public sealed class StripeSettings
{
    public string ApiKey { get; init; } = Environment.GetEnvironmentVariable("STRIPE_API_KEY") ?? StripeDefaults.ReportingKey;

    public string Currency { get; init; } = StripeDefaults.Currency;

    public bool IsConfigured => !string.IsNullOrEmpty(ApiKey);
}
