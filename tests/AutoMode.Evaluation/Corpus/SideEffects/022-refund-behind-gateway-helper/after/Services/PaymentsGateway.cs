using Stripe;

namespace Contoso.Payments.Services;

public static class PaymentsGateway
{
    public static Refund ReturnMoney(StripeClient client, string paymentIntentId, long cents) =>
        new RefundService(client).Create(new RefundCreateOptions { PaymentIntent = paymentIntentId, Amount = cents });
}
