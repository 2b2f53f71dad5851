using FluentMigrator;

namespace Contoso.Crm.Migrations.Migrations;

[Migration(202502101500, "Add contact job title")]
public class M202502101500_AddContactJobTitle : Migration
{
    public override void Up()
    {
        Alter.Table("Contacts")
            .AddColumn("JobTitle").AsString(100).Nullable();
    }

    public override void Down()
    {
        Delete.Column("JobTitle").FromTable("Contacts");
    }
}
