using Microsoft.Data.SqlClient;

namespace Contoso.Billing.Data;

public static class BillingConnection
{
    public static string Build(string server)
    {
        var builder = new SqlConnectionStringBuilder
        {
            DataSource = server,
            InitialCatalog = "billing",
            UserID = "billing_batch",
            Password = "Hk29!vQzL7pWm4Rx",
            Encrypt = true,
        };
        return builder.ConnectionString;
    }
}
