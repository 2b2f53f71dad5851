using Contoso.Billing.Data;

var server = Environment.GetEnvironmentVariable("BILLING_DB_SERVER") ?? "localhost";
var password = Environment.GetEnvironmentVariable("BILLING_DB_PASSWORD")
    ?? throw new InvalidOperationException("Set BILLING_DB_PASSWORD.");
var connectionString = $"Server={server};Database=billing;User ID=billing_app;Password={password};Encrypt=True;";

var invoices = new InvoiceRepository(new SqlConnectionFactory(connectionString));
var customerId = args.Length > 0 ? int.Parse(args[0]) : 1;

foreach (var invoice in await invoices.ListUnpaidAsync(customerId))
{
    Console.WriteLine($"{invoice.Number} {invoice.Amount,10:N2} {invoice.Currency} issued {invoice.IssuedAt:d}");
}
