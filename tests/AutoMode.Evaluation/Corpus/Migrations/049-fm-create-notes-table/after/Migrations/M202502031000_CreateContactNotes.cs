using FluentMigrator;

namespace Contoso.Crm.Migrations.Migrations;

[Migration(202502031000, "Create contact notes")]
public class M202502031000_CreateContactNotes : Migration
{
    public override void Up()
    {
        Create.Table("ContactNotes")
            .WithColumn("Id").AsInt64().PrimaryKey().Identity()
            .WithColumn("ContactId").AsInt32().NotNullable().ForeignKey("FK_ContactNotes_Contacts", "Contacts", "Id")
            .WithColumn("Body").AsString(int.MaxValue).NotNullable()
            .WithColumn("CreatedAt").AsDateTime2().NotNullable().WithDefault(SystemMethods.CurrentUTCDateTime);
    }

    public override void Down()
    {
        Delete.Table("ContactNotes");
    }
}
