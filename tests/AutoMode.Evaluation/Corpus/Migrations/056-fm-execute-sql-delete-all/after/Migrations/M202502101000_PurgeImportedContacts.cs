using FluentMigrator;

namespace Contoso.Crm.Migrations.Migrations;

[Migration(202502101000, "Purge the botched import")]
public class M202502101000_PurgeImportedContacts : Migration
{
    public override void Up()
    {
        Execute.Sql("DELETE FROM Contacts");
    }

    public override void Down()
    {
    }
}
