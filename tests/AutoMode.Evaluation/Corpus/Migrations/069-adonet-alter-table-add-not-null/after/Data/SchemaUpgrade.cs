using System.Data.Common;
using Microsoft.Data.SqlClient;

namespace Contoso.Billing.Data;

public static class SchemaUpgrade
{
    public static async Task ApplyAsync(string connectionString, CancellationToken cancellationToken)
    {
        await using var connection = new SqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        DbCommand command = connection.CreateCommand();
        command.CommandText = "ALTER TABLE dbo.Invoices ADD DueDate date NOT NULL";
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
