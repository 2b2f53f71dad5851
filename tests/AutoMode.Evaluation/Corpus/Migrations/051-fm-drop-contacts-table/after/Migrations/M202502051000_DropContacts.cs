using FluentMigrator;

namespace Contoso.Crm.Migrations.Migrations;

[Migration(202502051000, "Contacts moved to the new CRM service")]
public class M202502051000_DropContacts : Migration
{
    public override void Up()
    {
        Delete.ForeignKey("FK_Contacts_Companies").OnTable("Contacts");
        Delete.Table("Contacts");
    }

    public override void Down()
    {
        throw new NotSupportedException("Contacts live in the CRM service now.");
    }
}
