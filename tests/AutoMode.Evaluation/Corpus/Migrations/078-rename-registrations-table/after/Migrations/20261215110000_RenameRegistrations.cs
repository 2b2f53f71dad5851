using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Contoso.Events.Migrations
{
    /// <inheritdoc />
    public partial class RenameRegistrations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameTable(
                name: "Registrations",
                newName: "Attendances");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameTable(
                name: "Attendances",
                newName: "Registrations");
        }
    }
}
