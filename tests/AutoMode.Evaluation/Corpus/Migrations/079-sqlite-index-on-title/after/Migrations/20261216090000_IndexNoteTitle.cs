using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Contoso.Notes.Migrations
{
    /// <inheritdoc />
    public partial class IndexNoteTitle : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Notes_Title",
                table: "Notes",
                column: "Title");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Notes_Title",
                table: "Notes");
        }
    }
}
