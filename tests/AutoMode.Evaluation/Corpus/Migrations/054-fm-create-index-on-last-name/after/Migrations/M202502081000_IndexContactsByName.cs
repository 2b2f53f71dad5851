using FluentMigrator;

namespace Contoso.Crm.Migrations.Migrations;

[Migration(202502081000, "Index contacts by name")]
public class M202502081000_IndexContactsByName : Migration
{
    public override void Up()
    {
        Create.Index("IX_Contacts_LastName_FirstName").OnTable("Contacts")
            .OnColumn("LastName").Ascending()
            .OnColumn("FirstName").Ascending();
    }

    public override void Down()
    {
        Delete.Index("IX_Contacts_LastName_FirstName").OnTable("Contacts");
    }
}
