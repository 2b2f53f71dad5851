using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Contoso.Shop.Migrations
{
    /// <inheritdoc />
    public partial class AddCustomerTotalsView : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(@"
-- Reporting view for the finance dashboard.
-- Do not DROP TABLE [Orders] to rebuild it: the view is recreated by Down/Up.
CREATE VIEW [dbo].[CustomerTotals] AS
SELECT c.[Id], c.[Name], COUNT(o.[Id]) AS [OrderCount], COALESCE(SUM(o.[Total]), 0) AS [Revenue]
FROM [Customers] c
LEFT JOIN [Orders] o ON o.[CustomerId] = c.[Id]
GROUP BY c.[Id], c.[Name];");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP VIEW [dbo].[CustomerTotals];");
        }
    }
}
