using Stripe;

namespace Contoso.Payments.Services;

public static class StripeClientFactory
{
    public static StripeClient Create(string apiKey = "sk_live_51Nq3xKJ8v2WcT9yQpL4mZ7rB0sD6fH1gJ3kL5nP8qR2tV4wX6yZ9aC1eG3iK5mO7") =>
        new(apiKey);
}
