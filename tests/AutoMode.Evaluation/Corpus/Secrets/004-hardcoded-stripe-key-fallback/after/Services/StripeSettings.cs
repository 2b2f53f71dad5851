namespace Contoso.Payments.Services;

public sealed class StripeSettings
{
    public string ApiKey { get; init; } = Environment.GetEnvironmentVariable("STRIPE_API_KEY")
        ?? "sk_live_51Nq3xKJ8v2WcT9yQpL4mZ7rB0sD6fH1gJ3kL5nP8qR2tV4wX6yZ9aC1eG3iK5mO7";

    public string Currency { get; init; } = "eur";

    public bool IsConfigured => !string.IsNullOrEmpty(ApiKey);
}
