using static AutoMode.Analyzers.Tests.Migrations.SqliteExecutionHarness;

namespace AutoMode.Analyzers.Tests.Migrations;

/// <summary>
/// The risk table must not claim what the database does not do. Each EF Core operation that the table calls
/// Critical or Low is analyzed and then applied by EF Core to a real SQLite database seeded with rows: Critical
/// operations lose seeded data (or fail on it), Low operations keep every seeded value. Where SQLite behaves
/// differently from the general table (it ignores declared lengths and types, and has no schemas), the analyzer's
/// SQLite-specific level is what is checked.
/// </summary>
[NonParallelizable]
public class SqliteExecutionTests
{
    private static void AssertCritical(Outcome outcome)
    {
        Assert.That(outcome.MaxRuleId, Is.EqualTo("AM2001"), "the analyzer's level for this migration");
        Assert.That(outcome.Failure is not null || outcome.LostCells().Count > 0, Is.True,
            "a Critical operation must lose seeded data or fail on it, but every value survived");
    }

    private static void AssertKeepsEveryRow(Outcome outcome, string expectedRule)
    {
        Assert.That(outcome.MaxRuleId, Is.EqualTo(expectedRule), "the analyzer's level for this migration");
        Assert.That(outcome.Failure, Is.Null, "the migration must apply");
        Assert.That(outcome.LostCells(), Is.Empty, "every seeded value must survive");
    }

    // ---- Critical: data is gone ----

    [Test]
    public async Task DropTable_LosesEveryRow()
    {
        var outcome = await RunAsync(
            """            migrationBuilder.DropTable(name: "Customers");""",
            """            migrationBuilder.CreateTable(name: "Customers", columns: table => new { Id = table.Column<int>(type: "INTEGER", nullable: false) });""",
            """            modelBuilder.HasAnnotation("ProductVersion", "10.0.15");""");
        AssertCritical(outcome);
        Assert.That(outcome.After.ContainsKey("Customers"), Is.False);
    }

    [Test]
    public async Task DropColumn_LosesTheColumnsValues()
    {
        var outcome = await RunAsync(
            """
                        migrationBuilder.DropColumn(
                            name: "Notes",
                            table: "Customers");
            """,
            """            migrationBuilder.AddColumn<string>(name: "Notes", table: "Customers", type: "TEXT", nullable: true);""",
            Model(withNotes: false));
        AssertCritical(outcome);
        Assert.That(outcome.Failure, Is.Null);
        Assert.That(outcome.LostCells(), Does.Contain("Customers#1.Notes=first programmer"));
    }

    [Test]
    public async Task DeleteData_LosesTheRow()
    {
        var outcome = await RunAsync(
            """
                        migrationBuilder.DeleteData(
                            table: "Customers",
                            keyColumn: "Id",
                            keyValue: 2);
            """,
            """            migrationBuilder.InsertData(table: "Customers", columns: new[] { "Id", "Name", "Code" }, values: new object[] { 2, "Grace Hopper", "XYZ" });""",
            Model());
        AssertCritical(outcome);
        Assert.That(outcome.After["Customers"].Select(r => r["Id"]), Is.EquivalentTo(new object[] { 1L, 3L }));
    }

    [Test]
    public async Task AlterColumn_NullableToRequiredWithoutDefault_FailsOnExistingNulls()
    {
        var outcome = await RunAsync(
            """
                        migrationBuilder.AlterColumn<string>(
                            name: "Notes",
                            table: "Customers",
                            type: "TEXT",
                            nullable: false,
                            oldClrType: typeof(string),
                            oldType: "TEXT",
                            oldNullable: true);
            """,
            """            migrationBuilder.AlterColumn<string>(name: "Notes", table: "Customers", type: "TEXT", nullable: true, oldClrType: typeof(string), oldType: "TEXT");""",
            Model(notesRequired: true));
        AssertCritical(outcome);
        Assert.That(outcome.Failure, Is.Not.Null, "SQLite's table rebuild cannot copy the NULL into a NOT NULL column");
    }

    // ---- SQLite-specific: narrowing is a rebuild that keeps the values (the analyzer says High, not Critical) ----

    [Test]
    public async Task AlterColumn_ShorterMaxLength_OnSqlite_KeepsTheValues()
    {
        var outcome = await RunAsync(
            """
                        migrationBuilder.AlterColumn<string>(
                            name: "Name",
                            table: "Customers",
                            type: "TEXT",
                            maxLength: 50,
                            nullable: false,
                            oldClrType: typeof(string),
                            oldType: "TEXT",
                            oldMaxLength: 200);
            """,
            """            migrationBuilder.AlterColumn<string>(name: "Name", table: "Customers", type: "TEXT", maxLength: 200, nullable: false, oldClrType: typeof(string), oldType: "TEXT", oldMaxLength: 50);""",
            Model(nameMaxLength: 50));
        AssertKeepsEveryRow(outcome, "AM2002");
        Assert.That(outcome.After["Customers"].Single(r => (long)r["Id"]! == 3)["Name"], Is.EqualTo(Seed[2].Name), "SQLite does not truncate to the declared length");
    }

    [Test]
    public async Task AlterColumn_TextToInteger_OnSqlite_KeepsTheValues()
    {
        var outcome = await RunAsync(
            """
                        migrationBuilder.AlterColumn<int>(
                            name: "Code",
                            table: "Customers",
                            type: "INTEGER",
                            nullable: true,
                            oldClrType: typeof(string),
                            oldType: "TEXT",
                            oldNullable: true);
            """,
            """            migrationBuilder.AlterColumn<string>(name: "Code", table: "Customers", type: "TEXT", nullable: true, oldClrType: typeof(int), oldType: "INTEGER", oldNullable: true);""",
            Model(codeType: "INTEGER"));
        AssertKeepsEveryRow(outcome, "AM2002");
    }

    [Test]
    public async Task DropSchema_OnSqlite_DoesNothing()
    {
        var outcome = await RunAsync(
            """            migrationBuilder.DropSchema(name: "legacy");""",
            """            migrationBuilder.EnsureSchema(name: "legacy");""",
            Model());
        AssertKeepsEveryRow(outcome, "AM2004");
    }

    // ---- Low: every row survives ----

    [Test]
    public async Task CreateTable_AndIndexOnIt_KeepEveryRow()
    {
        var outcome = await RunAsync(
            """
                        migrationBuilder.CreateTable(
                            name: "Tags",
                            columns: table => new
                            {
                                Id = table.Column<int>(type: "INTEGER", nullable: false)
                                    .Annotation("Sqlite:Autoincrement", true),
                                Label = table.Column<string>(type: "TEXT", nullable: false)
                            },
                            constraints: table =>
                            {
                                table.PrimaryKey("PK_Tags", x => x.Id);
                            });

                        migrationBuilder.CreateIndex(
                            name: "IX_Tags_Label",
                            table: "Tags",
                            column: "Label",
                            unique: true);
            """,
            """            migrationBuilder.DropTable(name: "Tags");""",
            Model(withTags: true));
        AssertKeepsEveryRow(outcome, "AM2004");
        Assert.That(outcome.After.ContainsKey("Tags"), Is.True);
    }

    [Test]
    public async Task AddColumn_Nullable_KeepsEveryRow()
    {
        var outcome = await RunAsync(
            """
                        migrationBuilder.AddColumn<string>(
                            name: "Email",
                            table: "Customers",
                            type: "TEXT",
                            nullable: true);
            """,
            """            migrationBuilder.DropColumn(name: "Email", table: "Customers");""",
            Model());
        AssertKeepsEveryRow(outcome, "AM2004");
        Assert.That(outcome.After["Customers"].All(r => r.ContainsKey("Email") && r["Email"] is null), Is.True);
    }

    [Test]
    public async Task AddColumn_RequiredWithConstantDefault_KeepsEveryRow()
    {
        var outcome = await RunAsync(
            """
                        migrationBuilder.AddColumn<bool>(
                            name: "IsArchived",
                            table: "Customers",
                            type: "INTEGER",
                            nullable: false,
                            defaultValue: false);
            """,
            """            migrationBuilder.DropColumn(name: "IsArchived", table: "Customers");""",
            Model());
        AssertKeepsEveryRow(outcome, "AM2004");
        Assert.That(outcome.After["Customers"].All(r => Equals(r["IsArchived"], 0L)), Is.True);
    }

    [Test]
    public async Task EnsureSchema_AndRenameIndex_KeepEveryRow()
    {
        var outcome = await RunAsync(
            """
                        migrationBuilder.EnsureSchema(
                            name: "crm");

                        migrationBuilder.RenameIndex(
                            name: "IX_Customers_Name",
                            table: "Customers",
                            newName: "IX_Customers_FullName");
            """,
            """            migrationBuilder.RenameIndex(name: "IX_Customers_FullName", table: "Customers", newName: "IX_Customers_Name");""",
            Model().Replace("b.HasIndex(\"Name\");", "b.HasIndex(\"Name\").HasDatabaseName(\"IX_Customers_FullName\");"));
        AssertKeepsEveryRow(outcome, "AM2004");
    }

    // ---- Measured here, then taught to the analyzer: sequences fail on SQLite (Medium there, not Low) ----

    [Test]
    public async Task CreateSequence_OnSqlite_FailsWithoutTouchingRows()
    {
        var outcome = await RunAsync(
            """            migrationBuilder.CreateSequence(name: "OrderNumbers");""",
            """            migrationBuilder.DropSequence(name: "OrderNumbers");""",
            Model());
        Assert.That(outcome.MaxRuleId, Is.EqualTo("AM2003"));
        Assert.That(outcome.Failure, Is.InstanceOf<NotSupportedException>());
        Assert.That(outcome.LostCells(), Is.Empty);
    }

    // RenameIndex on SQLite is a drop and re-create that EF Core builds from the migration's target model: without the
    // renamed index in BuildTargetModel it throws NotSupportedException (found by this suite); the scaffolder writes it.

    // ---- High, for contrast: a rename keeps the data; its risk is the running release ----

    [Test]
    public async Task RenameColumn_KeepsTheData_ItsRiskIsTheRunningRelease()
    {
        var outcome = await RunAsync(
            """
                        migrationBuilder.RenameColumn(
                            name: "Notes",
                            table: "Customers",
                            newName: "Remarks");
            """,
            """            migrationBuilder.RenameColumn(name: "Remarks", table: "Customers", newName: "Notes");""",
            Model().Replace("\"Notes\"", "\"Remarks\""));
        AssertKeepsEveryRow(outcome, "AM2002");
    }
}
