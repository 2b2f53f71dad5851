namespace Contoso.Billing.Data;

/// <summary>SQL used by maintenance commands.</summary>
internal static class MaintenanceSql
{
    public const string ResetDemoData = "DELETE FROM dbo.Invoices;";
}
