using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Contoso.Events.Migrations
{
    /// <inheritdoc />
    public partial class RegistrationEventForeignKeyRaw : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            if (migrationBuilder.IsNpgsql())
            {
                migrationBuilder.Sql(
                    "ALTER TABLE \"Registrations\" ADD CONSTRAINT \"FK_Registrations_Events_Strict\" FOREIGN KEY (\"EventId\") REFERENCES \"Events\" (\"Id\");");
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("ALTER TABLE \"Registrations\" DROP CONSTRAINT \"FK_Registrations_Events_Strict\";");
        }
    }
}
