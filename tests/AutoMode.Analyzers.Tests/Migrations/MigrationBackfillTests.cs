using AutoMode.Analyzers.Rules.Migrations;
using static AutoMode.Analyzers.Tests.Migrations.MigrationTestSupport;

namespace AutoMode.Analyzers.Tests.Migrations;

/// <summary>
/// AM2011 → AM2013 for a backfill (issue #14, jellyfin's AddIndexesAndCollations migration, bitwarden's
/// Split…/Sync…Column pair): an UPDATE in MigrationBuilder.Sql that only sets columns AddColumn added earlier in the same
/// Up, or in the Up of the migration just before, overwrites nothing — the columns are still empty — and dropping the
/// column undoes it (Medium; the labels found every such backfill wrong at High and Critical). An UPDATE of any column
/// that existed before stays Critical (unfiltered) or High (filtered).
/// </summary>
public class MigrationBackfillTests
{
    [Test]
    public Task UpdateFillingColumnsAddedBefore_IsMedium_OtherUpdatesStayCritical() => VerifyAsync<RawSqlAnalyzer>(Migration(
        """
                    {|AM2011:migrationBuilder.Sql("UPDATE Preferences SET UserId = Preference_Preferences_Guid")|};
                    migrationBuilder.AddColumn<Guid>(name: "UserId", schema: "jellyfin", table: "Preferences", type: "TEXT", nullable: true);
                    migrationBuilder.AddColumn<int>(name: "Rank", table: "Preferences", nullable: true);
                    {|AM2013:migrationBuilder.Sql("UPDATE Preferences SET UserId = Preference_Preferences_Guid")|};
                    {|AM2013:migrationBuilder.Sql("UPDATE [jellyfin].[Preferences] SET [UserId] = Preference_Preferences_Guid, Rank = (SELECT 1)")|};
                    {|AM2013:migrationBuilder.Sql("UPDATE Preferences SET Rank = 1 WHERE Kind = 2")|};
                    {|AM2012:migrationBuilder.Sql("UPDATE Preferences SET Kind = 1 WHERE Kind = 2")|};
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
        Infrastructure.AnalyzerVerifier<RawSqlAnalyzer>.Diagnostic("AM2013").WithLocation(0).WithMessage(
            "'MigrationBuilder.Sql' runs 'UPDATE Preferences SET UserId = Preference_Preferences_Guid', which only fills 'userid', added by this migration or the one just before it and still empty: no existing value is overwritten, and dropping the column undoes it; High only when it changes columns that hold data; safe alternative: On a large table, fill the new column in batches, or add it with a default value."));

    private const string SplitThenSync = """
        using Microsoft.EntityFrameworkCore;
        using Microsoft.EntityFrameworkCore.Infrastructure;
        using Microsoft.EntityFrameworkCore.Migrations;

        namespace Bit.Migrations
        {
            public class VaultContext : DbContext { }

            [DbContext(typeof(VaultContext))]
            [Migration("20240101000000_AddFlag")]
            public partial class AddFlag : Migration
            {
                protected override void Up(MigrationBuilder migrationBuilder)
                    => migrationBuilder.AddColumn<bool>(name: "UseFlag", table: "Organization", nullable: false, defaultValue: false);

                protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropColumn(name: "UseFlag", table: "Organization");
            }

            [DbContext(typeof(VaultContext))]
            [Migration("20240925201836_Split")]
            public partial class Split : Migration
            {
                protected override void Up(MigrationBuilder migrationBuilder)
                {
                    migrationBuilder.AddColumn<bool>("LimitCollectionCreation", "Organization", nullable: false, defaultValue: false);
                    migrationBuilder.AddColumn<bool>(name: "LimitCollectionDeletion", table: "Organization", nullable: false, defaultValue: false);
                }

                protected override void Down(MigrationBuilder migrationBuilder) { }
            }

            [DbContext(typeof(VaultContext))]
            [Migration("20240925202356_Sync")]
            public partial class Sync : Migration
            {
                protected override void Up(MigrationBuilder migrationBuilder)
                {
                    {|#0:migrationBuilder.Sql("UPDATE Organization SET LimitCollectionCreation = LimitCollectionCreationDeletion, LimitCollectionDeletion = LimitCollectionCreationDeletion;")|};
                    {|#1:migrationBuilder.Sql("UPDATE Organization SET UseFlag = 1")|};
                    {|#2:migrationBuilder.Sql("UPDATE Organization SET LimitCollectionCreation = 1 WHERE PlanType IN (4, 5)")|};
                }

                protected override void Down(MigrationBuilder migrationBuilder) { }
            }
        }
        """;

    // bitwarden's SyncOrganizationLimitCollectionCreationDeletionColumn fills the columns its predecessor added: Medium,
    // and no AM2005 for its empty Down. A column added two migrations before may hold data by now: still Critical.
    [Test]
    public Task UpdateFillingColumnsThePreviousMigrationAdded_IsMedium() => VerifyAsync<RawSqlAnalyzer>(SplitThenSync, EfRelational,
        Expect<RawSqlAnalyzer>("AM2013").WithLocation(0),
        Expect<RawSqlAnalyzer>("AM2011").WithLocation(1),
        Expect<RawSqlAnalyzer>("AM2013").WithLocation(2));

    [Test]
    public Task BackfillOfThePreviousMigrationsColumns_NeedsNoDown() => VerifyAsync<MigrationOperationAnalyzer>(SplitThenSync, EfRelational,
        Expect<MigrationOperationAnalyzer>("AM2004").WithLocation(14, 16),
        Expect<MigrationOperationAnalyzer>("AM2004").WithLocation(25, 13),
        Expect<MigrationOperationAnalyzer>("AM2004").WithLocation(26, 13),
        Expect<MigrationOperationAnalyzer>("AM2005").WithLocation(1));
}
