using FluentMigrator;

namespace Contoso.Crm.Migrations.Migrations;

[Migration(202501201430, "Create companies and link contacts")]
public class M202501201430_CreateCompanies : Migration
{
    public override void Up()
    {
        Create.Table("Companies")
            .WithColumn("Id").AsInt32().PrimaryKey().Identity()
            .WithColumn("Name").AsString(200).NotNullable()
            .WithColumn("Domain").AsString(253).Nullable();

        Alter.Table("Contacts")
            .AddColumn("CompanyId").AsInt32().Nullable().ForeignKey("FK_Contacts_Companies", "Companies", "Id");
    }

    public override void Down()
    {
        Delete.ForeignKey("FK_Contacts_Companies").OnTable("Contacts");
        Delete.Column("CompanyId").FromTable("Contacts");
        Delete.Table("Companies");
    }
}
