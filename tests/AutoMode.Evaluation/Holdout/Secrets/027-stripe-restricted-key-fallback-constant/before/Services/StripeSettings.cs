namespace Contoso.Payments.Services;

public sealed class StripeSettings
{
    public string ApiKey { get; init; } = Environment.GetEnvironmentVariable("STRIPE_API_KEY") ?? string.Empty;

    public string Currency { get; init; } = "eur";

    public bool IsConfigured => !string.IsNullOrEmpty(ApiKey);
}
