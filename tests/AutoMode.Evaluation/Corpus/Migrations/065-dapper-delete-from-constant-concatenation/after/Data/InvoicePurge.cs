using Dapper;

namespace Contoso.Billing.Data;

public static class InvoicePurge
{
    private const string PurgeLines = "DELETE FROM " + Tables.InvoiceLines;
    private const string PurgeInvoices = "DELETE FROM " + Tables.Invoices;

    public static async Task RunAsync(IDbConnectionFactory connections)
    {
        using var connection = connections.Open();
        await connection.ExecuteAsync(PurgeLines);
        await connection.ExecuteAsync(PurgeInvoices);
    }
}
