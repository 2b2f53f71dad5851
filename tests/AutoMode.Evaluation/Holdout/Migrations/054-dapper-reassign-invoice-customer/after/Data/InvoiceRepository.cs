using Contoso.Billing.Models;
using Dapper;

namespace Contoso.Billing.Data;

public sealed class InvoiceRepository
{
    private readonly IDbConnectionFactory _connections;

    public InvoiceRepository(IDbConnectionFactory connections)
    {
        _connections = connections;
    }

    public async Task<Invoice?> FindByNumberAsync(string number)
    {
        using var connection = _connections.Open();
        return await connection.QuerySingleOrDefaultAsync<Invoice>(
            "SELECT Id, Number, CustomerId, Amount, Currency, IssuedAt, PaidAt FROM dbo.Invoices WHERE Number = @number",
            new { number });
    }

    public async Task<bool> ReassignAsync(int invoiceId, int newCustomerId)
    {
        using var connection = _connections.Open();
        var updated = await connection.ExecuteAsync(
            "UPDATE dbo.Invoices SET CustomerId = @newCustomerId WHERE Id = @invoiceId AND PaidAt IS NULL",
            new { invoiceId, newCustomerId });
        return updated == 1;
    }

    public async Task<IReadOnlyList<Invoice>> ListUnpaidAsync(int customerId)
    {
        using var connection = _connections.Open();
        var rows = await connection.QueryAsync<Invoice>(
            """
            SELECT Id, Number, CustomerId, Amount, Currency, IssuedAt, PaidAt
            FROM dbo.Invoices
            WHERE CustomerId = @customerId AND PaidAt IS NULL
            ORDER BY IssuedAt
            """,
            new { customerId });
        return rows.AsList();
    }
}
