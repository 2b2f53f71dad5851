using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Contoso.Events.Migrations
{
    /// <inheritdoc />
    public partial class RegistrationEventForeignKeySafe : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                ALTER TABLE "Registrations"
                    ADD CONSTRAINT "FK_Registrations_Events_Strict" FOREIGN KEY ("EventId") REFERENCES "Events" ("Id") NOT VALID;
                """);
            migrationBuilder.Sql("""ALTER TABLE "Registrations" VALIDATE CONSTRAINT "FK_Registrations_Events_Strict";""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""ALTER TABLE "Registrations" DROP CONSTRAINT "FK_Registrations_Events_Strict";""");
        }
    }
}
