namespace AutoMode.Analyzers.Rules.Migrations;

/// <summary>The database a migration runs against, as far as the code tells.</summary>
internal enum DatabaseProvider
{
    Unknown,
    PostgreSql,
    SqlServer,
    Sqlite,
}

internal static class DatabaseProviders
{
    /// <summary>The provider named by an EF Core provider name, annotation prefix or assembly name.</summary>
    public static DatabaseProvider FromName(string? name)
    {
        if (name is null)
        {
            return DatabaseProvider.Unknown;
        }

        if (name.IndexOf("Npgsql", System.StringComparison.OrdinalIgnoreCase) >= 0 || name.IndexOf("Postgre", System.StringComparison.OrdinalIgnoreCase) >= 0)
        {
            return DatabaseProvider.PostgreSql;
        }

        if (name.IndexOf("SqlServer", System.StringComparison.OrdinalIgnoreCase) >= 0 || name.Equals("mssql", System.StringComparison.OrdinalIgnoreCase))
        {
            return DatabaseProvider.SqlServer;
        }

        if (name.IndexOf("Sqlite", System.StringComparison.OrdinalIgnoreCase) >= 0)
        {
            return DatabaseProvider.Sqlite;
        }

        return DatabaseProvider.Unknown;
    }

    public static string Display(DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.PostgreSql => "PostgreSQL",
        DatabaseProvider.SqlServer => "SQL Server",
        DatabaseProvider.Sqlite => "SQLite",
        _ => "an unknown database",
    };
}
