using AutoMode.Analyzers.Rules.Migrations;
using static AutoMode.Analyzers.Tests.Migrations.MigrationTestSupport;

namespace AutoMode.Analyzers.Tests.Migrations;

/// <summary>
/// AM2011 → AM2012 for a backfill (issue #14, jellyfin's AddIndexesAndCollations migration): an UPDATE without WHERE in
/// MigrationBuilder.Sql that only sets columns AddColumn added earlier in the same Up overwrites nothing — the columns are
/// still empty — but still writes every row (High). An UPDATE of any column that existed before stays Critical.
/// </summary>
public class MigrationBackfillTests
{
    [Test]
    public Task UpdateFillingColumnsAddedBefore_IsHigh_OtherUpdatesStayCritical() => VerifyAsync<RawSqlAnalyzer>(Migration(
        """
                    {|AM2011:migrationBuilder.Sql("UPDATE Preferences SET UserId = Preference_Preferences_Guid")|};
                    migrationBuilder.AddColumn<Guid>(name: "UserId", schema: "jellyfin", table: "Preferences", type: "TEXT", nullable: true);
                    migrationBuilder.AddColumn<int>(name: "Rank", table: "Preferences", nullable: true);
                    {|AM2012:migrationBuilder.Sql("UPDATE Preferences SET UserId = Preference_Preferences_Guid")|};
                    {|AM2012:migrationBuilder.Sql("UPDATE [jellyfin].[Preferences] SET [UserId] = Preference_Preferences_Guid, Rank = (SELECT 1)")|};
                    {|AM2011:migrationBuilder.Sql("UPDATE Preferences SET Kind = 0")|};
                    {|AM2011:migrationBuilder.Sql("UPDATE Preferences SET UserId = NULL, Kind = 1")|};
                    {|AM2011:migrationBuilder.Sql("UPDATE Permissions SET UserId = Permission_Permissions_Guid")|};
                    {|AM2011:migrationBuilder.Sql("UPDATE Preferences SET UserId = NULL; DELETE FROM Preferences")|};
        """,
        """
                    migrationBuilder.DropColumn(name: "UserId", schema: "jellyfin", table: "Preferences");
                    migrationBuilder.DropColumn(name: "Rank", table: "Preferences");
        """), EfRelational);

    [Test]
    public Task Backfill_Message() => VerifyAsync<RawSqlAnalyzer>(Migration(
        """
                    migrationBuilder.AddColumn<Guid>(name: "UserId", table: "Preferences", nullable: true);
                    {|#0:migrationBuilder.Sql("UPDATE Preferences SET UserId = Preference_Preferences_Guid")|};
        """,
        string.Empty), EfRelational,
        Infrastructure.AnalyzerVerifier<RawSqlAnalyzer>.Diagnostic("AM2012").WithLocation(0).WithMessage(
            "'MigrationBuilder.Sql' runs 'UPDATE Preferences SET UserId = Preference_Preferences_Guid', which only fills 'userid', added just before it and still empty: no existing value is overwritten, but every row of the table is written at once; safe alternative: On a large table, fill the new column in batches, or add it with a default value."));
}
