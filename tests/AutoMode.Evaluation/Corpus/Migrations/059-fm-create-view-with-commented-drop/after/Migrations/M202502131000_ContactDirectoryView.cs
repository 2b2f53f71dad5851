using FluentMigrator;

namespace Contoso.Crm.Migrations.Migrations;

[Migration(202502131000, "Contact directory view")]
public class M202502131000_ContactDirectoryView : Migration
{
    public override void Up()
    {
        Execute.Sql(@"
/* Replaces the ad-hoc query in the reporting tool.
   Earlier drafts did DROP TABLE ContactDirectory; that table never shipped. */
CREATE VIEW ContactDirectory AS
SELECT c.Id, c.FirstName + ' ' + c.LastName AS FullName, c.Email, co.Name AS Company
FROM Contacts c
LEFT JOIN Companies co ON co.Id = c.CompanyId;");
    }

    public override void Down()
    {
        Execute.Sql("DROP VIEW ContactDirectory;");
    }
}
