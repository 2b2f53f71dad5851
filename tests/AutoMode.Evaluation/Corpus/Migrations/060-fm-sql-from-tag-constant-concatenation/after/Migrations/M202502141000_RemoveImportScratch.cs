using FluentMigrator;

namespace Contoso.Crm.Migrations.Migrations;

[Migration(202502141000, "Remove import scratch table")]
public class M202502141000_RemoveImportScratch : Migration
{
    private const string Drop = "DROP TABLE ";

    public override void Up()
    {
        Execute.Sql(Drop + MigrationTags.ScratchTable);
    }

    public override void Down()
    {
    }
}
