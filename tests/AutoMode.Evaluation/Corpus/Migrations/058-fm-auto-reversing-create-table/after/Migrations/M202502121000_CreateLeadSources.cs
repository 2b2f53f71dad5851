using FluentMigrator;

namespace Contoso.Crm.Migrations.Migrations;

[Migration(202502121000, "Lead sources")]
public class M202502121000_CreateLeadSources : AutoReversingMigration
{
    public override void Up()
    {
        Create.Table("LeadSources")
            .WithColumn("Code").AsString(32).PrimaryKey()
            .WithColumn("Label").AsString(100).NotNullable();
    }
}
