namespace AutoMode.Analyzers.Sql;

/// <summary>Consequences and alternatives shared by several statement and migration rules.</summary>
internal static class Consequences
{
    public const string Rename = "renames an object; the running release still uses the old name and fails until it is replaced";
}

internal static class Alternatives
{
    public const string Rename = "Expand and contract: add the new name (a new column or a view), write both, move readers, then drop the old name in a later release.";
}
