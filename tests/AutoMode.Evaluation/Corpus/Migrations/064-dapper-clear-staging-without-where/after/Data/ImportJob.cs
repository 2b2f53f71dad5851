using Dapper;

namespace Contoso.Billing.Data;

public sealed class ImportJob
{
    private readonly IDbConnectionFactory _connections;

    public ImportJob(IDbConnectionFactory connections)
    {
        _connections = connections;
    }

    public async Task ResetAsync()
    {
        using var connection = _connections.Open();
        await connection.ExecuteAsync("DELETE FROM dbo.Invoices");
    }
}
