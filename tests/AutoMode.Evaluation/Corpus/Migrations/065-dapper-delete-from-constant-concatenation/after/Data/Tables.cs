namespace Contoso.Billing.Data;

internal static class Tables
{
    public const string Invoices = "dbo.Invoices";
    public const string InvoiceLines = "dbo.InvoiceLines";
}
