namespace Contoso.Maintenance;

internal static class KnownFiles
{
    public const string Database = "data/maint.sqlite";
    public const string LockFile = "maint.lock";
}
