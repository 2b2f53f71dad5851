using FluentMigrator;

namespace Contoso.Crm.Migrations.Migrations;

[Migration(202502091000, "Contacts may reference companies from other tenants")]
public class M202502091000_DecoupleContactsFromCompanies : Migration
{
    public override void Up()
    {
        Delete.ForeignKey("FK_Contacts_Companies").OnTable("Contacts");
    }

    public override void Down()
    {
    }
}
