using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Contoso.Shop.Migrations
{
    /// <inheritdoc />
    public partial class DropStockRaw : Migration
    {
        private const string Table = "[Products]";
        private const string Column = "[StockQuantity]";
        private const string Statement = $"ALTER TABLE {Table} DROP COLUMN {Column};";

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(Statement);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql($"ALTER TABLE {Table} ADD {Column} int NOT NULL DEFAULT 0;");
        }
    }
}
