using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Tokens;

namespace Shop.Api;

public static class ServiceRegistration
{
    public const string CorsPolicy = "AllowFrontend";
    public const string AuthScheme = "Bearer";
    private const string JwtSection = "Jwt";
    private const string SigningKeyFallback = "k9Vt2#Lq8!Zm4@Rx7$Wp3^Hn6&"; // secret

    public static IServiceCollection AddShop(this IServiceCollection services, IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString("Shop")
            ?? "Server=(localdb)\\mssqllocaldb;Database=Shop;Trusted_Connection=True;MultipleActiveResultSets=true";
        services.AddDbContext<ShopDbContext>(options => options.UseSqlServer(connectionString));

        var jwt = configuration.GetSection(JwtSection);
        var issuer = jwt["Issuer"] ?? "https://shop.example.com";
        var audience = jwt["Audience"] ?? "shop-api";
        var key = jwt["Key"] ?? SigningKeyFallback;
        var parameters = new TokenValidationParameters
        {
            ValidIssuer = issuer,
            ValidAudience = audience,
            IssuerSigningKey = new SymmetricSecurityKey(System.Text.Encoding.UTF8.GetBytes(key)),
            NameClaimType = "name",
            RoleClaimType = "role",
        };
        services.AddSingleton(parameters);

        services.Configure<SmtpOptions>(configuration.GetSection(SmtpOptions.SectionName));
        services.Configure<StorageOptions>(o =>
        {
            o.ContainerName = "invoices";
            o.ConnectionString = configuration.GetConnectionString("Storage") ?? "UseDevelopmentStorage=true";
        });
        services.AddLogging(builder => builder.AddFilter("Microsoft.EntityFrameworkCore.Database.Command", LogLevel.Warning));
        return services;
    }

    public static IConfiguration LocalDefaults()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Logging:LogLevel:Default"] = "Information",
            ["ConnectionStrings:Shop"] = "Server=localhost;Database=Shop;Integrated Security=true;TrustServerCertificate=true",
            ["ConnectionStrings:Cache"] = "localhost:6379,abortConnect=false",
            ["ConnectionStrings:Reporting"] = "Server=reports.internal;Database=Reporting;User Id=reporter;Password=Rp7!xK2#vQ9m;", // secret
            ["Jwt:Issuer"] = "https://localhost:5001",
            ["Jwt:Audience"] = "shop-api",
            ["Jwt:Key"] = "", 
            ["Smtp:Host"] = "smtp.example.com",
            ["Smtp:UserName"] = "noreply@example.com",
            ["Smtp:Password"] = "${SMTP_PASSWORD}",
            ["Stripe:PublishableKey"] = "pk_test_51H8example",
            ["Stripe:SecretKey"] = "{{FAKE:Stripe}}", // secret
            ["FeatureFlags:NewCheckout"] = "true",
            ["AllowedHosts"] = "*",
            ["KeyVault:Uri"] = "https://shop-kv.vault.azure.net/",
            ["KeyVault:SecretName"] = "shop-db-password",
            ["AzureAd:TenantId"] = "2f4a9fbe-7c3d-4b1e-9a56-0c8d7e6f5a41",
            ["AzureAd:ClientId"] = "5b1c9e77-3a2d-4f8e-b6c4-1d0e9f8a7b62",
            ["AzureAd:ClientSecret"] = "{{FAKE:AzureAdSecret}}", // secret
            ["AzureAd:Instance"] = "https://login.microsoftonline.com/",
        };
        return new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
    }
}

public sealed class ShopDbContext : DbContext
{
    public ShopDbContext(DbContextOptions<ShopDbContext> options) : base(options) { }
}

public sealed class SmtpOptions
{
    public const string SectionName = "Smtp";
    public string Host { get; set; } = "localhost";
    public int Port { get; set; } = 587;
    public string UserName { get; set; } = "";
    public string Password { get; set; } = "";
    public string From { get; set; } = "Shop <noreply@example.com>";
}

public sealed class StorageOptions
{
    public string ContainerName { get; set; } = "uploads";
    public string ConnectionString { get; set; } = "";
    public TimeSpan SasLifetime { get; set; } = TimeSpan.FromMinutes(15);
}
