using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Contoso.Notes.Migrations
{
    /// <inheritdoc />
    public partial class AddNotebookColor : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Color",
                table: "Notebooks",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Color",
                table: "Notebooks");
        }
    }
}
