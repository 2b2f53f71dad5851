namespace Contoso.Payments.Services;

public sealed class StripeSettings
{
    public string ApiKey { get; init; } = Environment.GetEnvironmentVariable("STRIPE_API_KEY") ?? string.Empty;

    private readonly string _currency = "eur";

    public string Currency
    {
        get => _currency;
        init => _currency = value.Trim().ToLowerInvariant();
    }

    public bool IsConfigured => !string.IsNullOrEmpty(ApiKey);
}
