using FluentMigrator;

namespace Contoso.Crm.Migrations.Migrations;

[Migration(202502111000, "Add contact phone")]
public class M202502111000_AddContactPhone : Migration
{
    public override void Up()
    {
        Alter.Table("Contacts").AddColumn("Phone").AsString(32).Nullable();
    }

    public override void Down()
    {
        Delete.Column("Phone").FromTable("Contacts");
    }
}
