using FluentMigrator;

namespace Contoso.Crm.Migrations.Migrations;

[Migration(202502061000, "Rename LastName to Surname")]
public class M202502061000_RenameLastName : Migration
{
    public override void Up()
    {
        Rename.Column("LastName").OnTable("Contacts").To("Surname");
    }

    public override void Down()
    {
        Rename.Column("Surname").OnTable("Contacts").To("LastName");
    }
}
