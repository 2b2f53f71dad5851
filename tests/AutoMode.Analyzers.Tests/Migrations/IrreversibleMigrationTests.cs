using AutoMode.Analyzers.Rules.Migrations;
using Microsoft.CodeAnalysis.Testing;
using static AutoMode.Analyzers.Tests.Migrations.MigrationTestSupport;
using Verify = AutoMode.Analyzers.Tests.Infrastructure.AnalyzerVerifier<AutoMode.Analyzers.Rules.Migrations.MigrationOperationAnalyzer>;

namespace AutoMode.Analyzers.Tests.Migrations;

/// <summary>AM2005: a risky Up whose Down is missing, empty, throws or does not undo it.</summary>
public class IrreversibleMigrationTests
{
    private static Task Run(string source, params DiagnosticResult[] expected)
        => VerifyAsync<MigrationOperationAnalyzer>(source, EfRelational, expected);

    private const string DropNotes = """        {|#0:migrationBuilder.DropColumn(name: "Notes", table: "Orders")|};""";

    private static DiagnosticResult Drop() => Expect<MigrationOperationAnalyzer>("AM2001").WithLocation(0);

    private static DiagnosticResult Irreversible(string why) => Verify.Diagnostic("AM2005").WithLocation(0)
        .WithArguments("DropColumn", "'Orders.Notes'", why);

    [Test]
    public Task EmptyDown() => Run(Migration(DropNotes, string.Empty), Drop(), Irreversible("Down is empty"));

    [Test]
    public Task ThrowingDown() => Run(
        Migration(DropNotes, """        throw new NotSupportedException("one-way migration");"""),
        Drop(), Irreversible("Down throws"));

    [Test]
    public Task MissingDown() => Run("""
        using Microsoft.EntityFrameworkCore.Migrations;

        public partial class DropNotes : Migration
        {
            protected override void Up(MigrationBuilder migrationBuilder)
            {
                {|#0:migrationBuilder.DropColumn(name: "Notes", table: "Orders")|};
            }
        }
        """, Drop(), Irreversible("the migration has no Down"));

    [Test]
    public Task DownThatDoesNotRecreateTheColumn() => Run(
        Migration(DropNotes, """        migrationBuilder.AddColumn<string>(name: "Comment", table: "Orders", nullable: true);"""),
        Drop(), Irreversible("Down does not add the column 'Orders.Notes' back"));

    [Test]
    public Task RenameThatDownDoesNotRenameBack() => Run(
        Migration(
            """        {|#0:migrationBuilder.RenameColumn(name: "Notes", table: "Orders", newName: "Remarks")|};""",
            """        migrationBuilder.RenameColumn(name: "Notes", table: "Orders", newName: "Remarks");"""),
        Expect<MigrationOperationAnalyzer>("AM2002").WithLocation(0),
        Verify.Diagnostic("AM2005").WithLocation(0).WithArguments("RenameColumn", "'Orders.Notes'", "Down does not rename 'Remarks' back to 'Notes'"));

    [Test]
    public Task ReversibleDown_IsNotFlagged() => Run(Migration(
        """
                    {|AM2001:migrationBuilder.DropTable(name: "Legacy")|};
                    {|AM2002:migrationBuilder.RenameTable(name: "Client", newName: "Customers")|};
                    {|AM2003:migrationBuilder.AddForeignKey(name: "FK_A", table: "Orders", column: "CustomerId", principalTable: "Customers", principalColumn: "Id")|};
                    {|AM2003:migrationBuilder.InsertData(table: "Countries", columns: new[] { "Id", "Name" }, values: new object[] { 1, "France" })|};
                    migrationBuilder.Sql("DELETE FROM Sessions WHERE Expires < getdate()");
        """,
        """
                    migrationBuilder.Sql("-- sessions are transient");
                    migrationBuilder.DeleteData(table: "Countries", keyColumn: "Id", keyValue: 1);
                    migrationBuilder.DropForeignKey(name: "FK_A", table: "Orders");
                    migrationBuilder.RenameTable(name: "Customers", newName: "Client");
                    migrationBuilder.CreateTable(name: "Legacy", columns: table => new { Id = table.Column<int>(nullable: false) });
        """));

    // Kavita's ReadStatusModifications renames AppUserProgress to AppUserProgresses and alters its VolumeId; Down
    // renames the table back first, then alters the column on the old name. That reverses it. A Down that alters another
    // column still does not.
    [Test]
    public Task DownUndoingAChange_OnTheTableNameItRenamedBack_IsReversible() => Run(Migration(
        """
                    {|#2:migrationBuilder.RenameTable(name: "Order", newName: "Orders")|};
                    {|#0:migrationBuilder.AlterColumn<int>(name: "VolumeId", table: "Orders", nullable: false, defaultValue: 0, oldClrType: typeof(int), oldNullable: true)|};
                    {|#1:migrationBuilder.AlterColumn<int>(name: "SeriesId", table: "Orders", nullable: false, defaultValue: 0, oldClrType: typeof(int), oldNullable: true)|};
        """,
        """
                    migrationBuilder.RenameTable(name: "Orders", newName: "Order");
                    migrationBuilder.AlterColumn<int>(name: "VolumeId", table: "Order", nullable: true, oldClrType: typeof(int));
                    migrationBuilder.AlterColumn<int>(name: "SeriesId", table: "Invoices", nullable: true, oldClrType: typeof(int));
        """),
        Expect<MigrationOperationAnalyzer>("AM2002").WithLocation(2),
        Expect<MigrationOperationAnalyzer>("AM2002").WithLocation(0),
        Expect<MigrationOperationAnalyzer>("AM2002").WithLocation(1),
        Verify.Diagnostic("AM2005").WithLocation(1).WithArguments("AlterColumn", "'Orders.SeriesId'", "Down does not alter the column 'Orders.SeriesId' back"));

    [Test]
    public Task LowOperations_NeedNoDown() => Run(Migration(
        """
                    {|AM2004:migrationBuilder.CreateTable(name: "Tags", columns: table => new { Id = table.Column<int>(nullable: false) })|};
                    {|AM2004:migrationBuilder.AddColumn<string>(name: "Notes", table: "Orders", nullable: true)|};
        """, string.Empty));

    [Test]
    public Task RawSqlInUp_NeedsSqlInDown() => Run(Migration(
        """        {|#0:migrationBuilder.Sql("UPDATE Orders SET Status = 2 WHERE Status = 1")|};""",
        """        migrationBuilder.DropColumn(name: "X", table: "Y");"""),
        Verify.Diagnostic("AM2005").WithLocation(0).WithArguments("MigrationBuilder.Sql", "'UPDATE Orders SET Status = 2 WHERE Status = 1'", "Down does not run SQL that undoes it"));
}
