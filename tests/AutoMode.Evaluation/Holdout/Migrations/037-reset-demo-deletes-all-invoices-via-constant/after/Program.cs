using Contoso.Billing.Data;

var connectionString = Environment.GetEnvironmentVariable("BILLING_DB")
    ?? throw new InvalidOperationException("Set BILLING_DB to the billing database connection string.");

var invoices = new InvoiceRepository(new SqlConnectionFactory(connectionString));

if (args is ["--reset-demo"])
{
    Console.WriteLine($"Removed {await invoices.ResetDemoDataAsync()} invoice(s)");
    return;
}
var customerId = args.Length > 0 ? int.Parse(args[0]) : 1;

foreach (var invoice in await invoices.ListUnpaidAsync(customerId))
{
    Console.WriteLine($"{invoice.Number} {invoice.Amount,10:N2} {invoice.Currency} issued {invoice.IssuedAt:d}");
}
