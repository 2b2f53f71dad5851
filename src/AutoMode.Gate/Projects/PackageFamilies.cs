namespace AutoMode.Gate.Projects;

/// <summary>
/// Which rule families look for the types of which packages: what an unrestored project (compiled against the
/// framework only) cannot see. A package not listed here may still carry <c>[Risk]</c> declarations (AM9xxx).
/// </summary>
public static class PackageFamilies
{
    private static readonly (string Prefix, string Family)[] Families =
    {
        ("Microsoft.EntityFrameworkCore", "migrations and database (AM2xxx: EF Core)"),
        ("Npgsql.EntityFrameworkCore", "migrations and database (AM2xxx: EF Core)"),
        ("Pomelo.EntityFrameworkCore", "migrations and database (AM2xxx: EF Core)"),
        ("FluentMigrator", "migrations and database (AM2xxx: FluentMigrator)"),
        ("Dapper", "raw SQL (AM2xxx: Dapper)"),
        ("Microsoft.Data.SqlClient", "raw SQL (AM2xxx: ADO.NET providers)"),
        ("System.Data.SqlClient", "raw SQL (AM2xxx: ADO.NET providers)"),
        ("Npgsql", "raw SQL (AM2xxx: ADO.NET providers)"),
        ("MySqlConnector", "raw SQL (AM2xxx: ADO.NET providers)"),
        ("Microsoft.Data.Sqlite", "raw SQL (AM2xxx: ADO.NET providers)"),
        ("Azure.", "secrets and cloud side effects (AM3xxx, AM5xxx: Azure SDK)"),
        ("AWSSDK.", "secrets and cloud side effects (AM3xxx, AM5xxx: AWS SDK)"),
        ("Amazon.CDK", "infrastructure (AM5xxx: AWS CDK)"),
        ("Pulumi", "infrastructure (AM5xxx: Pulumi)"),
        ("Stripe.net", "payments (AM5xxx: Stripe)"),
        ("RabbitMQ.Client", "messaging side effects (AM5xxx: RabbitMQ)"),
        ("Confluent.Kafka", "messaging side effects (AM5xxx: Kafka)"),
    };

    /// <summary>The families that lose their types when these packages are missing, in a stable order.</summary>
    public static IReadOnlyList<string> For(IEnumerable<string> packages) =>
        packages
            .SelectMany(p => Families.Where(f => p.StartsWith(f.Prefix, StringComparison.OrdinalIgnoreCase)).Select(f => f.Family).Take(1))
            .Distinct(StringComparer.Ordinal)
            .OrderBy(f => f, StringComparer.Ordinal)
            .ToList();
}
