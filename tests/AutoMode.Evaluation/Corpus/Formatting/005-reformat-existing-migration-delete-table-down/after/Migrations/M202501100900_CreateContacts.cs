using FluentMigrator;

namespace Contoso.Crm.Migrations.Migrations;

[Migration(202501100900, "Create contacts")]
public class M202501100900_CreateContacts : Migration
{
    public override void Up()
    {
        Create.Table("Contacts")
              .WithColumn("Id").AsInt32().PrimaryKey().Identity()
              .WithColumn("FirstName").AsString(100).NotNullable()
              .WithColumn("LastName").AsString(100).NotNullable()
              .WithColumn("Email").AsString(320).NotNullable().Unique()
              .WithColumn("CreatedAt").AsDateTime2().NotNullable().WithDefault(SystemMethods.CurrentUTCDateTime);
    }

    public override void Down() => Delete.Table("Contacts");
}
