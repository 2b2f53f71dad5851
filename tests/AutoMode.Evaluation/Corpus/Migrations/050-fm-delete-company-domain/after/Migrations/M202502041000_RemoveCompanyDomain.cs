using FluentMigrator;

namespace Contoso.Crm.Migrations.Migrations;

[Migration(202502041000, "Companies no longer store a domain")]
public class M202502041000_RemoveCompanyDomain : Migration
{
    public override void Up()
    {
        Delete.Column("Domain").FromTable("Companies");
    }

    public override void Down()
    {
        Alter.Table("Companies").AddColumn("Domain").AsString(253).Nullable();
    }
}
