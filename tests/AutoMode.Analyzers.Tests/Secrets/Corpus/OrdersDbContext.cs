using System;
using Microsoft.EntityFrameworkCore;

namespace Shop.Data;

public class Customer
{
    public Guid Id { get; set; }
    public string Email { get; set; } = "";
    public string PasswordHash { get; set; } = "";
    public string DisplayName { get; set; } = "";
}

public class OrdersDbContext : DbContext
{
    private readonly string? _connectionString;

    public OrdersDbContext() { }

    public OrdersDbContext(string connectionString) => _connectionString = connectionString;

    public DbSet<Customer> Customers => Set<Customer>();

    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder)
    {
        if (!optionsBuilder.IsConfigured)
        {
            optionsBuilder.UseSqlServer(_connectionString ?? "Server=(localdb)\\mssqllocaldb;Database=Orders;Trusted_Connection=True;");
        }
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema("sales");
        modelBuilder.Entity<Customer>(entity =>
        {
            entity.ToTable("Customers");
            entity.HasKey(c => c.Id);
            entity.Property(c => c.Email).HasMaxLength(256).IsRequired();
            entity.Property(c => c.PasswordHash).HasColumnName("password_hash").HasMaxLength(512);
            entity.HasIndex(c => c.Email).IsUnique().HasDatabaseName("IX_Customers_Email");
            entity.HasData(new Customer
            {
                Id = Guid.Parse("9a7c1e52-3b4d-4f6a-8e9d-0c1b2a3f4e5d"),
                Email = "admin@example.com",
                DisplayName = "Administrator",
                PasswordHash = "AQAAAAIAAYagAAAAEJ3x0b5nGx7e9bYc1zv4fQ2k8mQ7rL0pW6sT3uV9yA1cE5gI8kM2oQ4sU6wY8zB0dF==",
            });
        });
    }
}

public class LegacyOrdersDbContext : DbContext
{
    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder)
        => optionsBuilder.UseSqlServer("Data Source=sql-legacy.corp.local;Initial Catalog=Orders;User ID=orders_app;Password=0rd3rs!Legacy#2019;Encrypt=False"); // secret
}

public class ReportingDbContext : DbContext
{
    private const string Template = "Server={0};Database={1};User Id={2};Password={3};";
    private const string LocalDocker = "Server=localhost,1433;Database=Reporting;User Id=sa;Password=yourStrong(!)Password;TrustServerCertificate=True";

    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder)
    {
        var password = Environment.GetEnvironmentVariable("REPORTING_DB_PASSWORD");
        optionsBuilder.UseSqlServer(string.Format(Template, "reports", "Reporting", "reporter", password));
    }
}

public class AuditDbContext : DbContext
{
    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder)
    {
        var server = "audit-sql.internal";
        var auditPassword = "Aud1t$Secure_77"; // secret
        optionsBuilder.UseSqlServer($"Server={server};Database=Audit;User Id=auditor;Password={auditPassword};");
    }
}
