using Contoso.Payments.Services;
using Stripe;

var settings = new StripeSettings();
if (!settings.IsConfigured)
{
    Console.Error.WriteLine("STRIPE_API_KEY is not set.");
    return 1;
}

var client = new StripeClient(settings.ApiKey);
var lookup = new CustomerLookup(client);

var email = args.Length > 0 ? args[0] : "billing@northwind.example";
var customer = await lookup.FindByEmailAsync(email, CancellationToken.None);
if (customer is null)
{
    Console.WriteLine($"No Stripe customer for {email}");
    return 0;
}

foreach (var charge in await lookup.RecentChargesAsync(customer.Id, CancellationToken.None))
{
    Console.WriteLine($"{charge.Created:d} {charge.Amount / 100m,10:N2} {charge.Currency.ToUpperInvariant()} {charge.Status}");
}

return 0;
