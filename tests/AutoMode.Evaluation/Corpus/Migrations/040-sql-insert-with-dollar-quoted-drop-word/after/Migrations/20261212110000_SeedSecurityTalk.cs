using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Contoso.Events.Migrations
{
    /// <inheritdoc />
    public partial class SeedSecurityTalk : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                INSERT INTO "Venues" ("Name", "City")
                VALUES ($$Bobby'; DROP TABLE "Events"; -- Hall$$, 'Utrecht');
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DELETE FROM "Venues" WHERE "Name" = $$Bobby'; DROP TABLE "Events"; -- Hall$$;""");
        }
    }
}
