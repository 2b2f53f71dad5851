namespace Contoso.Payments.Services;

public static class CheckoutPage
{
    public const string PublishableKey = "pk_live_51Nq3xKJ8v2WcT9yQbY7tHn2RzLw5pXq8mV3cK6dF1gJ9sA4eB0uT2iO7yR5nM8";

    public static string Snippet(string clientSecretPlaceholder) =>
        $"<script>const stripe = Stripe('{PublishableKey}'); const cs = '{clientSecretPlaceholder}';</script>";
}
