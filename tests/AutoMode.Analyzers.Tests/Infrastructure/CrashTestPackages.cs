namespace AutoMode.Analyzers.Tests.Infrastructure;

/// <summary>
/// Real packages referenced by the crash-freedom test's compilations, so that every rule family's code paths run.
/// Add the packages a new rule family matches.
/// </summary>
public static class CrashTestPackages
{
    public static readonly (string Id, string Version)[] All =
    {
        ("Microsoft.EntityFrameworkCore.Relational", "10.0.15"),
        ("FluentMigrator", "8.0.1"),
        ("Dapper", "2.1.66"),
        ("Newtonsoft.Json", "13.0.4"),
        ("Microsoft.Extensions.Configuration.Abstractions", "10.0.15"),
        ("Microsoft.Extensions.Logging.Abstractions", "10.0.15"),
        ("Azure.Security.KeyVault.Secrets", "4.12.0"),
    };
}
