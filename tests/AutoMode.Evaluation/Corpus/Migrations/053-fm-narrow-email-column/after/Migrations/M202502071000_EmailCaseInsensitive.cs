using FluentMigrator;

namespace Contoso.Crm.Migrations.Migrations;

[Migration(202502071000, "Email as 254 chars")]
public class M202502071000_EmailCaseInsensitive : Migration
{
    public override void Up()
    {
        Alter.Column("Email").OnTable("Contacts").AsString(254).NotNullable();
    }

    public override void Down()
    {
        Alter.Column("Email").OnTable("Contacts").AsString(320).NotNullable();
    }
}
