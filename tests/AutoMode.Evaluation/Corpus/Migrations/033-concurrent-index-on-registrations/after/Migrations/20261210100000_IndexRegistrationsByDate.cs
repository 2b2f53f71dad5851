using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Contoso.Events.Migrations
{
    /// <inheritdoc />
    public partial class IndexRegistrationsByDate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Registrations_RegisteredAt",
                table: "Registrations",
                column: "RegisteredAt")
                .Annotation("Npgsql:CreatedConcurrently", true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Registrations_RegisteredAt",
                table: "Registrations");
        }
    }
}
