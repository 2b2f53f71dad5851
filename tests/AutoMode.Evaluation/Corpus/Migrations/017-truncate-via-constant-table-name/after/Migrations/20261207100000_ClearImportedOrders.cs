using Contoso.Shop.Data;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Contoso.Shop.Migrations
{
    /// <inheritdoc />
    public partial class ClearImportedOrders : Migration
    {
        private const string Statement = "TRUNCATE TABLE " + TableNames.Orders;

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(Statement);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
        }
    }
}
