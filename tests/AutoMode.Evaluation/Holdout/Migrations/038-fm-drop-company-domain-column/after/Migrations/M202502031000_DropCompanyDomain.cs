using FluentMigrator;

namespace Contoso.Crm.Migrations.Migrations;

[Migration(202502031000, "Drop company domain")]
public class M202502031000_DropCompanyDomain : Migration
{
    public override void Up()
    {
        Delete.Column("Domain").FromTable("Companies");
    }

    public override void Down()
    {
        Alter.Table("Companies")
            .AddColumn("Domain").AsString(253).Nullable();
    }
}
