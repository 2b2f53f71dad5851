namespace Contoso.Crm.Migrations;

/// <summary>Tags used to select migrations per environment.</summary>
public static class MigrationTags
{
    public const string Production = "Production";
    public const string Development = "Development";
}
