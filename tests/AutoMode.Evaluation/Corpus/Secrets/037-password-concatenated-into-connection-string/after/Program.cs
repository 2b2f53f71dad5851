using Contoso.Billing.Data;

const string Server = "tcp:contoso-billing.database.windows.net,1433";
var connectionString = Environment.GetEnvironmentVariable("BILLING_DB")
    ?? "Server=" + Server + ";Database=billing;User ID=billing_app;" + "Password=" + "Hk29!vQzL7pWm4Rx" + ";Encrypt=True;";

var invoices = new InvoiceRepository(new SqlConnectionFactory(connectionString));
var customerId = args.Length > 0 ? int.Parse(args[0]) : 1;

foreach (var invoice in await invoices.ListUnpaidAsync(customerId))
{
    Console.WriteLine($"{invoice.Number} {invoice.Amount,10:N2} {invoice.Currency} issued {invoice.IssuedAt:d}");
}
