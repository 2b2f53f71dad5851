using Microsoft.Data.SqlClient;

namespace Contoso.Billing.Data;

public static class ArchiveMaintenance
{
    public static void DropArchive(string connectionString)
    {
        using var connection = new SqlConnection(connectionString);
        connection.Open();
        using var command = new SqlCommand("DROP TABLE dbo.InvoicesArchive2019", connection);
        command.ExecuteNonQuery();
    }
}
