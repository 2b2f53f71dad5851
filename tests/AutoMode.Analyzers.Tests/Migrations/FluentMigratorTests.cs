using AutoMode.Analyzers.Rules.Migrations;
using Microsoft.CodeAnalysis.Testing;
using static AutoMode.Analyzers.Tests.Migrations.MigrationTestSupport;

namespace AutoMode.Analyzers.Tests.Migrations;

/// <summary>AM2001–AM2005 and AM2011–AM2015 on FluentMigrator 8 migrations.</summary>
public class FluentMigratorTests
{
    private static string Migration(string up, string down, string baseClass = "Migration") => $$"""
        using FluentMigrator;

        [Migration(202601150930)]
        public class ChangeOrders : {{baseClass}}
        {
            public override void Up()
            {
        {{up}}
            }

            public override void Down()
            {
        {{down}}
            }
        }
        """;

    private static Task Run(string source, params DiagnosticResult[] expected)
        => VerifyAsync<MigrationOperationAnalyzer>(source, FluentMigrator, expected);

    [Test]
    public Task Delete_TableColumnSchema_AreCritical() => Run(Migration(
        """
                {|AM2001:Delete.Table("LegacyOrders")|};
                {|AM2001:Delete.Column("Notes").FromTable("Orders")|};
                {|AM2001:Delete.Schema("legacy")|};
                {|AM2001:Delete.FromTable("Sessions").AllRows()|};
        """,
        """
                Create.Schema("legacy");
                Create.Table("LegacyOrders").WithColumn("Id").AsInt32().PrimaryKey();
                Create.Column("Notes").OnTable("Orders").AsString().Nullable();
                Insert.IntoTable("Sessions").Row(new { Id = 1 });
        """));

    [Test]
    public Task Delete_IndexAndKeys_Rename_Alter_AreHigh() => Run(Migration(
        """
                {|AM2002:Delete.Index("IX_Orders_Date").OnTable("Orders")|};
                {|AM2002:Delete.ForeignKey("FK_Orders_Customers").OnTable("Orders")|};
                {|AM2002:Delete.PrimaryKey("PK_Orders").FromTable("Orders")|};
                {|AM2002:Delete.UniqueConstraint("UQ_Orders_Number").FromTable("Orders")|};
                {|AM2002:Rename.Table("Client").To("Customers")|};
                {|AM2002:Rename.Column("Notes").OnTable("Orders").To("Remarks")|};
                {|AM2002:Alter.Column("Name").OnTable("Customers").AsString(100).NotNullable()|};
                {|AM2002:Alter.Table("Orders").AlterColumn("Total").AsDecimal(10, 2)|};
        """,
        """
                Rename.Column("Remarks").OnTable("Orders").To("Notes");
                Rename.Table("Customers").To("Client");
                Alter.Column("Name").OnTable("Customers").AsString().Nullable();
        """));

    [Test]
    public Task Create_IndexAndKeys_AreMedium_TablesAndNullableColumnsLow() => Run(Migration(
        """
                {|AM2004:Create.Table("Tags")
                    .WithColumn("Id").AsInt32().PrimaryKey().Identity()
                    .WithColumn("Name").AsString(50).NotNullable()|};
                {|AM2004:Create.Index("IX_Tags_Name").OnTable("Tags").OnColumn("Name").Ascending()|};
                {|AM2003:Create.Index("IX_Orders_Date").OnTable("Orders").OnColumn("Date").Ascending()|};
                {|AM2003:Create.ForeignKey("FK_Orders_Customers").FromTable("Orders").ForeignColumn("CustomerId").ToTable("Customers").PrimaryColumn("Id")|};
                {|AM2004:Create.Column("Notes").OnTable("Orders").AsString().Nullable()|};
                {|AM2002:Create.Column("Region").OnTable("Orders").AsString(10).NotNullable()|};
                {|AM2004:Alter.Table("Orders").AddColumn("Priority").AsInt32().NotNullable().WithDefaultValue(0)|};
                {|AM2003:Insert.IntoTable("Countries").Row(new { Id = 1, Name = "France" })|};
                {|AM2003:Update.Table("Orders").Set(new { Status = 2 }).Where(new { Status = 1 })|};
                {|AM2001:Update.Table("Orders").Set(new { Status = 0 }).AllRows()|};
        """,
        """
                Delete.FromTable("Countries").Row(new { Id = 1 });
                Delete.Table("Tags");
                Delete.Index("IX_Orders_Date").OnTable("Orders");
        """));

    [Test]
    public Task ExecuteSql_IsClassifiedByTheSqlRules() => VerifyAsync<RawSqlAnalyzer>(Migration(
        """
                {|AM2011:Execute.Sql("DROP TABLE legacy_orders;")|};
                {|AM2014:Execute.Sql("CREATE INDEX CONCURRENTLY ix_orders_date ON orders (date);")|};
                {|AM2015:Execute.Script("scripts/cleanup.sql")|};
        """,
        """
                Execute.Sql("DROP TABLE orders;");
        """), FluentMigrator);

    [Test]
    public Task ExecuteScript_ThatIsAnAdditionalFile_IsClassified()
    {
        var test = Infrastructure.AnalyzerVerifier<RawSqlAnalyzer>.Create(Migration(
            """        {|AM2011:Execute.Script("Scripts/0042_purge.sql")|};""",
            """        Execute.Sql("SELECT 1");"""));
        test.ReferenceAssemblies = FluentMigrator;
        test.TestState.AdditionalFiles.Add(("/0/Scripts/0042_purge.sql", "-- purge old data\nDELETE FROM sessions;\n"));
        return test.RunAsync();
    }

    [Test]
    public Task EmptyDown_IsIrreversible() => Run(Migration(
        """        {|#0:Delete.Column("Notes").FromTable("Orders")|};""",
        string.Empty),
        Expect<MigrationOperationAnalyzer>("AM2001").WithLocation(0),
        Expect<MigrationOperationAnalyzer>("AM2005").WithLocation(0));

    [Test]
    public Task DownThatDoesNotRecreate_IsIrreversible() => Run(Migration(
        """        {|#0:Delete.Table("LegacyOrders")|};""",
        """        Create.Table("Other").WithColumn("Id").AsInt32();"""),
        Expect<MigrationOperationAnalyzer>("AM2001").WithLocation(0),
        Expect<MigrationOperationAnalyzer>("AM2005").WithLocation(0));

    [Test]
    public Task AutoReversingMigration_IsReversibleByConstruction() => Run("""
        using FluentMigrator;

        [Migration(202601150931)]
        public class AddTags : AutoReversingMigration
        {
            public override void Up()
            {
                {|AM2002:Rename.Table("Client").To("Customers")|};
            }
        }
        """);

    [Test]
    public Task IfDatabase_IsStillAnalyzed() => Run(Migration(
        """        {|AM2001:IfDatabase("Postgres").Delete.Table("Legacy")|};""",
        """        IfDatabase("Postgres").Create.Table("Legacy").WithColumn("Id").AsInt32();"""));
}
