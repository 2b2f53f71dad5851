namespace Contoso.Tenancy.Administration;

public static class TenantOperations
{
    public static void RemoveTenant(TenantAdministration admin, Guid id) => admin.Purge(id);
}
