using System.Data;
using Microsoft.Data.SqlClient;

namespace Contoso.Billing.Data;

public interface IDbConnectionFactory
{
    IDbConnection Open();
}

public sealed class SqlConnectionFactory : IDbConnectionFactory
{
    private readonly string _connectionString;
    public SqlConnectionFactory(string connectionString) => _connectionString = connectionString;

    public IDbConnection Open()
    {
        var connection = new SqlConnection(_connectionString);
        connection.Open();
        return connection;
    }
}
