using AutoMode.Analyzers.Rules.Migrations;
using Microsoft.CodeAnalysis.Testing;
using static AutoMode.Analyzers.Tests.Migrations.MigrationTestSupport;
using Verify = AutoMode.Analyzers.Tests.Infrastructure.AnalyzerVerifier<AutoMode.Analyzers.Rules.Migrations.RawSqlAnalyzer>;

namespace AutoMode.Analyzers.Tests.Migrations;

/// <summary>AM2011–AM2015: SQL text sent from C#, classified by the SQL statement classifier.</summary>
public class RawSqlTests
{
    private static Task Run(string source, ReferenceAssemblies? references = null, params DiagnosticResult[] expected)
        => VerifyAsync<RawSqlAnalyzer>(source, references ?? EfRelational, expected);

    private static string App(string body, string members = "") => $$"""
        using System;
        using System.Linq;
        using System.Threading.Tasks;
        using Microsoft.EntityFrameworkCore;

        public class Order { public int Id { get; set; } }

        public class ShopContext : DbContext
        {
            public DbSet<Order> Orders => Set<Order>();
        }

        public class Maintenance
        {
            {{members}}
            public async Task Run(ShopContext db, string table, string name, int id, Guid key)
            {
                {{body}}
                await Task.CompletedTask;
            }
        }
        """;

    // ---- MigrationBuilder.Sql ----

    [Test]
    public Task AM2011_MigrationSql_DropTable_InUp_NotInDown() => Run(Migration(
        """        {|AM2011:migrationBuilder.Sql("DROP TABLE [LegacyOrders];")|};""",
        """        migrationBuilder.Sql("DROP TABLE [Archive];");"""));

    [Test]
    public Task AM2011_MigrationSql_Message_NamesTheWorstStatement() => Run(
        Migration("""        {|#0:migrationBuilder.Sql("INSERT INTO Audit (Text) VALUES ('start'); DELETE FROM Sessions; SELECT 1")|};""", string.Empty),
        null,
        Verify.Diagnostic("AM2011").WithLocation(0).WithMessage(
            "'MigrationBuilder.Sql' runs 'DELETE FROM Sessions' (statement 2 of 3), which has no WHERE: it deletes every row of the table; safe alternative: Add a WHERE that selects the rows to delete, and delete in small batches."));

    [Test]
    public Task AM2012_MigrationSql_CreateIndexWithoutConcurrently_AndForeignKeyWithoutNotValid() => Run(Migration(
        """
                    {|AM2012:migrationBuilder.Sql("CREATE INDEX ix_orders_created ON orders (created_at);")|};
                    {|AM2012:migrationBuilder.Sql(@"
                        ALTER TABLE orders
                            ADD CONSTRAINT fk_orders_customers FOREIGN KEY (customer_id) REFERENCES customers (id);")|};
        """, string.Empty));

    [Test]
    public Task AM2014_MigrationSql_SafeFormsAreLow() => Run(Migration(
        """"
                    {|AM2014:migrationBuilder.Sql("CREATE INDEX CONCURRENTLY ix_orders_created ON orders (created_at);", suppressTransaction: true)|};
                    {|AM2014:migrationBuilder.Sql("ALTER TABLE orders ADD CONSTRAINT fk FOREIGN KEY (customer_id) REFERENCES customers (id) NOT VALID;")|};
                    {|AM2014:migrationBuilder.Sql("""
                        -- DROP TABLE orders; (kept for reference)
                        /* TRUNCATE orders */
                        INSERT INTO settings (key, value) VALUES ('purge', 'DELETE FROM orders');
                        """)|};
        """", string.Empty));

    [Test]
    public Task AM2013_MigrationSql_ValidateConstraint_ScansExistingRows() => Run(Migration(
        """"
                    {|AM2014:migrationBuilder.Sql("""
                        ALTER TABLE "Registrations"
                            ADD CONSTRAINT "FK_Registrations_Events" FOREIGN KEY ("EventId") REFERENCES "Events" ("Id") NOT VALID;
                        """)|};
                    {|AM2013:migrationBuilder.Sql("""ALTER TABLE "Registrations" VALIDATE CONSTRAINT "FK_Registrations_Events";""")|};
                    {|AM2013:migrationBuilder.Sql("ALTER TABLE orders ADD CONSTRAINT ck CHECK (total >= 0) NOT VALID; ALTER TABLE orders VALIDATE CONSTRAINT ck;")|};
        """", string.Empty), EfNpgsql);

    [Test]
    public Task AM2015_MigrationSql_TextNotVisible() => Run(Migration(
        """
                    var script = System.IO.File.ReadAllText("cleanup.sql");
                    {|AM2015:migrationBuilder.Sql(script)|};
        """, string.Empty));

    // ---- DatabaseFacade and DbSet ----

    [Test]
    public Task ExecuteSqlRaw_ByStatement() => Run(App("""
        {|AM2011:db.Database.ExecuteSqlRaw("TRUNCATE TABLE Orders")|};
        await {|AM2011:db.Database.ExecuteSqlRawAsync("UPDATE Orders SET Status = 0")|};
        {|AM2012:db.Database.ExecuteSqlRaw("DELETE FROM Orders WHERE Id = {0}", id)|};
        {|AM2014:db.Database.ExecuteSqlRaw("INSERT INTO Audit (Text) VALUES ({0})", name)|};
        """));

    [Test]
    public Task ExecuteSql_Interpolated_HolesAreParameters() => Run(App("""
        {|AM2013:db.Database.ExecuteSql($"DELETE FROM Orders WHERE CustomerName = {name}")|};
        {|AM2012:db.Database.ExecuteSql($"DELETE FROM Orders WHERE CustomerName LIKE {name}")|};
        await {|AM2011:db.Database.ExecuteSqlInterpolatedAsync($"DELETE FROM Orders")|};
        {|AM2014:db.Database.ExecuteSqlInterpolated($"INSERT INTO Audit (Text) VALUES ({name})")|};
        """));

    [Test]
    public Task ExecuteSqlRaw_Interpolated_StringHolesAreSqlText() => Run(App("""
        {|AM2011:db.Database.ExecuteSqlRaw($"DELETE FROM {table}")|};
        {|AM2015:db.Database.ExecuteSqlRaw($"SELECT * FROM Orders WHERE {name}")|};
        {|AM2013:db.Database.ExecuteSqlRaw($"DELETE FROM Orders WHERE Id = {id} AND Key = '{key}'")|};
        {|AM2012:db.Database.ExecuteSqlRaw($"DELETE FROM Orders WHERE Id > {id} AND Key = '{key}'")|};
        {|AM2015:db.Database.ExecuteSqlRaw(table)|};
        {|AM2015:db.Database.ExecuteSqlRaw($"INSERT INTO Audit (Text) VALUES ('{name}')")|};
        {|AM2014:db.Database.ExecuteSqlRaw($"INSERT INTO Audit (Id) VALUES ('{id}')")|};
        {|AM2015:db.Database.ExecuteSqlRaw("SELECT * FROM " + table + " WHERE Id = 1")|};
        """));

    [Test]
    public Task FromSql_ReadsAreLow_UnlessTheTextWrites() => Run(App("""
        var a = {|AM2014:db.Orders.FromSqlRaw("SELECT * FROM Orders")|}.ToList();
        var b = {|AM2014:db.Orders.FromSql($"SELECT * FROM Orders WHERE Id = {id}")|}.ToList();
        var c = {|AM2012:db.Orders.FromSqlRaw("DELETE FROM Orders WHERE Id > 1 RETURNING *")|}.ToList();
        var d = {|AM2015:db.Orders.FromSqlRaw(name)|}.ToList();
        var e = {|AM2014:db.Database.SqlQueryRaw<int>("SELECT Id FROM Orders")|}.ToList();
        """));

    [Test]
    public Task VisibleText_ConstantsConcatenationsVerbatimAndRawLiterals() => Run(App(
        """"
        {|AM2011:db.Database.ExecuteSqlRaw(DropOrders)|};
        {|AM2011:db.Database.ExecuteSqlRaw("DROP " + "TABLE " + Archive)|};
        var sql = @"
            DELETE FROM [Orders]";
        {|AM2011:db.Database.ExecuteSqlRaw(sql)|};
        {|AM2011:db.Database.ExecuteSqlRaw("""
            ALTER TABLE Orders DROP COLUMN Notes
            """)|};
        {|AM2011:db.Database.ExecuteSqlRaw(Purge)|};
        """",
        """
        private const string DropOrders = "DROP TABLE Orders";
        private const string Archive = "Archive";
        private static readonly string Purge = "TRUNCATE TABLE Sessions";
        """));

    // ---- ADO.NET and Dapper ----

    [Test]
    public Task AdoNet_CommandConstructorsAndCommandText() => Run("""
        using System.Data.Common;
        using Microsoft.Data.SqlClient;

        class Jobs
        {
            void Run(SqlConnection connection, DbConnection other, string where)
            {
                using var purge = {|AM2011:new SqlCommand("TRUNCATE TABLE Logs", connection)|};
                purge.ExecuteNonQuery();

                using var command = other.CreateCommand();
                {|AM2011:command.CommandText = "UPDATE Orders SET Archived = 1"|};
                command.ExecuteNonQuery();

                using var typed = new SqlCommand { Connection = connection };
                {|AM2012:typed.CommandText = "DELETE FROM Orders WHERE Archived = 1"|};

                using var dynamic = connection.CreateCommand();
                {|AM2015:dynamic.CommandText = "SELECT * FROM Orders WHERE " + where|};

                using var read = {|AM2014:new SqlCommand("SELECT COUNT(*) FROM Orders", connection)|};
            }
        }
        """, AdoAndDapper);

    [Test]
    public Task Dapper_Execute() => Run("""
        using System.Data;
        using System.Threading.Tasks;
        using Dapper;

        class Repository
        {
            async Task Run(IDbConnection connection, int id)
            {
                {|AM2013:connection.Execute("DELETE FROM Orders WHERE Id = @id", new { id })|};
                {|AM2012:connection.Execute("DELETE FROM Orders WHERE CreatedAt < @cutoff", new { cutoff = System.DateTime.UtcNow })|};
                await {|AM2011:connection.ExecuteAsync("DELETE FROM Orders")|};
                {|AM2014:connection.Execute("INSERT INTO Audit (Text) VALUES (@text)", new { text = "x" })|};
                {|AM2014:connection.ExecuteScalar<int>("SELECT COUNT(*) FROM Orders")|};
                {|AM2011:connection.Execute(new CommandDefinition("DROP TABLE Orders"))|};
                {|AM2014:connection.Query<int>("SELECT Id FROM Orders")|};
            }
        }
        """, AdoAndDapper);

    // Dapper's own tests drop and recreate the tables they use (16 false Criticals, tests/Dapper.Tests/MiscTests.cs).
    [Test]
    public Task InATestProject_DataLossSql_IsMedium_DroppingADatabaseStaysCritical() => Run("""
        using System.Data;
        using Dapper;
        using NUnit.Framework;

        public class MiscTests
        {
            [Test]
            public void Issue178(IDbConnection connection)
            {
                {|AM2017:connection.Execute("DROP TABLE Issue178")|};
                {|AM2014:connection.Execute("CREATE TABLE Issue178 (id int NOT NULL)")|};
                {|AM2017:connection.Execute("TRUNCATE TABLE Issue178")|};
                {|AM2018:connection.Execute("DELETE FROM Issue178 WHERE id > 1")|};
                {|AM2011:connection.Execute("DROP DATABASE Shop")|};
            }
        }
        """, Infrastructure.TestReferences.WithPackages(("Dapper", "2.1.66"), ("Microsoft.Data.SqlClient", "6.1.7"), ("NUnit", "4.4.0")));

    // Dapper's ParameterTests drop the procedures and types they create; duplicati's unit tests corrupt a row of their own
    // database and query tables by a name they pass in: one level below AM2012/AM2015 in a test project (AM2018, Medium).
    [Test]
    public Task InATestProject_LockingOrUnclassifiableSql_IsAM2018_Medium() => Run("""
        using System.Data;
        using Dapper;
        using NUnit.Framework;

        public class ParameterTests
        {
            [Test]
            public void TableValuedParameters(IDbConnection connection, string table, int id)
            {
                {|#0:connection.Execute("DROP PROC get_ints")|};
                {|#1:connection.Execute("UPDATE RemoteVolume SET State = 'Deleting' WHERE State = 'Verified'", new { id })|};
                {|#2:connection.Query("SELECT * FROM " + table)|};
                {|AM2014:connection.Query("SELECT * FROM RemoteVolume")|};
            }
        }
        """, Infrastructure.TestReferences.WithPackages(("Dapper", "2.1.66"), ("Microsoft.Data.SqlClient", "6.1.7"), ("NUnit", "4.4.0")),
        Expect<RawSqlAnalyzer>("AM2018").WithLocation(0).WithMessage(
            "'Dapper Execute' runs 'DROP PROC get_ints', which drops code that the running release or other objects may still call, in a test project; tests set up, change and drop what is in their own database. Recorded at Medium; in an application this is High (AM2012)."),
        Expect<RawSqlAnalyzer>("AM2018").WithLocation(1),
        Expect<RawSqlAnalyzer>("AM2018").WithLocation(2).WithMessage(
            "'Dapper Query' sends SQL text partly built at run time ('SELECT * FROM …'), in a test project; tests set up, change and drop what is in their own database. Recorded at Medium; in an application this is High (AM2015)."));

    // bitwarden's data migrations: migrationBuilder.Sql(CoreHelpers.GetEmbeddedResourceContentsAsync(_scriptLocation)).
    // The script is a checked-in file, not text built from run-time values: Medium (AM2013), where File.ReadAllText of
    // a path and string-built text stay AM2015.
    [Test]
    public Task MigrationSql_ReadFromAnEmbeddedResource_IsMedium() => Run(Migration(
        """
                    {|#0:migrationBuilder.Sql(Helpers.GetEmbeddedResourceContentsAsync(Helpers.Script))|};
                    {|AM2013:migrationBuilder.Sql(Helpers.ReadResourceAsync(Helpers.Script).Result)|};
                    {|AM2015:migrationBuilder.Sql(System.IO.File.ReadAllText(Helpers.Script))|};
                    {|AM2015:migrationBuilder.Sql(Helpers.Build(Helpers.Script))|};
        """, string.Empty) + """

        public static class Helpers
        {
            public const string Script = "Migrations.Scripts.Backfill.sql";
            public static string GetEmbeddedResourceContentsAsync(string name) => name;
            public static System.Threading.Tasks.Task<string> ReadResourceAsync(string name) => System.Threading.Tasks.Task.FromResult(name);
            public static string Build(string name) => "UPDATE " + name;
        }
        """, null,
        Expect<RawSqlAnalyzer>("AM2013").WithLocation(0).WithMessage(
            "'MigrationBuilder.Sql' runs 'the SQL that 'GetEmbeddedResourceContentsAsync' reads from an embedded resource', which is a checked-in script the analyzer does not read: reviewable in the diff, so Medium, where SQL built from strings at run time is High (AM2015); safe alternative: review the script; make a data migration re-runnable and keep the old values where a rollback needs them"));

    [Test]
    public Task AM2017_Message() => Run("""
        using System.Data;
        using Dapper;
        using NUnit.Framework;

        public class MiscTests
        {
            public void Reset(IDbConnection connection) => {|#0:connection.Execute("DROP TABLE Issue178")|};
        }
        """, Infrastructure.TestReferences.WithPackages(("Dapper", "2.1.66"), ("Microsoft.Data.SqlClient", "6.1.7"), ("NUnit", "4.4.0")),
        Expect<RawSqlAnalyzer>("AM2017").WithLocation(0).WithMessage(
            "'Dapper Execute' runs 'DROP TABLE Issue178', which deletes the table and every row in it, in a test project; tests usually drop or empty what they set up, against a test database. Recorded at Medium; keep test databases disposable (a container or a database the test creates)."));

    [Test]
    public Task Dapper_Query_TextBuiltFromCallerValues_IsNotVisible() => Run("""
        using System.Data;
        using System.Linq;
        using System.Threading.Tasks;
        using Dapper;

        public class Invoice { public int Id { get; set; } }
        public enum SortOrder { Number, IssuedAt }

        class Repository
        {
            private const string Columns = "Id, Number";

            async Task Run(IDbConnection connection, string sortColumn, bool descending, int customerId, SortOrder order, string number)
            {
                var sql = $"SELECT Id FROM dbo.Invoices ORDER BY {sortColumn} {(descending ? "DESC" : "ASC")}";
                var a = await {|AM2015:connection.QueryAsync<Invoice>(sql)|};
                var b = {|AM2015:connection.QueryFirstOrDefault<Invoice>("SELECT Id FROM dbo.Invoices WHERE Number = '" + number + "'")|};
                var c = {|AM2015:connection.Query<Invoice>(new CommandDefinition("SELECT Id FROM dbo.Invoices ORDER BY " + sortColumn))|}.ToList();
                var d = await {|AM2015:connection.QuerySingleAsync<int>($"SELECT COUNT(*) FROM {sortColumn}")|};

                // Constant text, values as parameters, and holes that cannot carry SQL (numbers, enums, constants): classified.
                var e = await {|AM2014:connection.QueryAsync<Invoice>($"SELECT {Columns} FROM dbo.Invoices WHERE CustomerId = @customerId", new { customerId })|};
                var f = {|AM2014:connection.Query<Invoice>($"SELECT Id FROM dbo.Invoices WHERE CustomerId = {customerId} ORDER BY {(int)order}")|}.ToList();
                using var grid = await {|AM2014:connection.QueryMultipleAsync("SELECT 1; SELECT 2")|};
            }
        }
        """, AdoAndDapper);

    [Test]
    public Task EfParameterizedApis_InterpolationHolesAreNotSqlText_RawApisAre() => Run(App("""
        var a = {|AM2014:db.Orders.FromSql($"SELECT * FROM Orders WHERE Name = {name}")|}.ToList();
        var b = {|AM2014:db.Orders.FromSqlInterpolated($"SELECT * FROM Orders WHERE Name = {name} ORDER BY {table}")|}.ToList();
        {|AM2014:db.Database.ExecuteSql($"INSERT INTO Audit (Text) VALUES ({name})")|};
        var c = {|AM2015:db.Orders.FromSqlRaw("SELECT * FROM Orders ORDER BY " + name)|}.ToList();
        var d = {|AM2015:db.Orders.FromSqlRaw($"SELECT * FROM Orders WHERE Name = '{name}'")|}.ToList();
        {|AM2015:db.Database.ExecuteSqlRaw("INSERT INTO Audit (Text) VALUES ('" + name + "')")|};
        var e = {|AM2015:db.Database.SqlQueryRaw<int>($"SELECT Id FROM {table}")|}.ToList();
        """));

    [Test]
    public Task NpgsqlAndSqliteCommands() => Run("""
        using Npgsql;

        class Jobs
        {
            void Run(NpgsqlConnection connection)
            {
                using var drop = {|AM2011:new NpgsqlCommand("DROP TABLE IF EXISTS staging CASCADE", connection)|};
                using var index = {|AM2014:new NpgsqlCommand("CREATE INDEX CONCURRENTLY IF NOT EXISTS ix ON orders (created)", connection)|};
                using var batch = new NpgsqlBatch(connection);
                batch.BatchCommands.Add({|AM2011:new NpgsqlBatchCommand("TRUNCATE orders")|});
            }
        }
        """, EfNpgsql);

    [Test]
    public Task SqliteCommand() => Run("""
        using Microsoft.Data.Sqlite;

        class Jobs
        {
            void Run(SqliteConnection connection)
            {
                using var command = connection.CreateCommand();
                {|AM2011:command.CommandText = "DELETE FROM Orders; VACUUM;"|};
                command.ExecuteNonQuery();
                using var pragma = {|AM2014:new SqliteCommand("PRAGMA journal_mode = WAL", connection)|};
            }
        }
        """, EfSqlite);

    [Test]
    public Task SqlOnModelBuilders_IsNotASink() => Run("""
        using Microsoft.EntityFrameworkCore;

        public class Order { public int Id { get; set; } public System.DateTime Created { get; set; } }

        public class ShopContext : DbContext
        {
            protected override void OnModelCreating(ModelBuilder modelBuilder)
            {
                modelBuilder.Entity<Order>().Property(o => o.Created).HasDefaultValueSql("DELETE FROM Orders");
                modelBuilder.Entity<Order>().ToSqlQuery("DROP TABLE Orders");
                modelBuilder.Entity<Order>().ToTable(t => t.HasCheckConstraint("CK", "TRUNCATE TABLE x"));
            }
        }
        """);

    [Test]
    public Task HalfTypedCode_StaysSilent() => Run(App("db.Database.{|CS1501:ExecuteSqlRaw|}();"));

    // ---- Not flagged ----

    [Test]
    public Task LookAlikes_AreNotFlagged() => Run("""
        class QueryBuilder
        {
            public string CommandText { get; set; } = "";
            public void Sql(string text) { }
            public void ExecuteSqlRaw(string text) { }
            public int Execute(string sql) => 0;
            public int Query<T>(string sql) => 0;
        }

        class Tool
        {
            void Run(QueryBuilder builder, string column)
            {
                builder.Sql("DROP TABLE Orders");
                builder.ExecuteSqlRaw("TRUNCATE TABLE Orders");
                builder.CommandText = "DELETE FROM Orders";
                builder.Execute("DELETE FROM Orders");
                builder.Query<int>("SELECT * FROM Orders ORDER BY " + column);
                var text = "DROP TABLE Orders"; // a string that is never sent
                // db.Database.ExecuteSqlRaw("DROP TABLE Orders");
            }
        }
        """, AdoAndDapper);

    // duplicati's LocalSyncDatabase: a TempTable handle drops the "SyncTemp-<guid>" table its database class created with
    // CREATE TEMPORARY TABLE, and queries name it the same way. Scratch tables of the class itself: Low, not AM2011/AM2015.
    [Test]
    public Task TemporaryTablesTheClassCreates_AreLow() => Run(""""
        using System;
        using Microsoft.Data.Sqlite;

        public sealed class LocalSyncDatabase
        {
            private readonly SqliteConnection m_connection;

            public LocalSyncDatabase(SqliteConnection connection) => m_connection = connection;

            public sealed class TempTable : IDisposable
            {
                private readonly SqliteConnection m_connection;
                private readonly string m_name;

                internal TempTable(SqliteConnection connection, string name)
                {
                    m_connection = connection;
                    m_name = name;
                }

                public string Name => m_name;

                public void Dispose()
                {
                    using var cmd = m_connection.CreateCommand();
                    {|AM2014:cmd.CommandText = $@"DROP TABLE IF EXISTS ""{m_name}"";"|};
                    cmd.ExecuteNonQuery();
                }
            }

            public TempTable CreateTempTable()
            {
                var name = "SyncTemp-" + Guid.NewGuid().ToString("N");
                using var cmd = m_connection.CreateCommand();
                {|AM2014:cmd.CommandText = $@"CREATE TEMPORARY TABLE ""{name}"" (RelativePath TEXT NOT NULL);"|};
                cmd.ExecuteNonQuery();
                return new TempTable(m_connection, name);
            }

            public long Count(TempTable table, string filter)
            {
                using var cmd = m_connection.CreateCommand();
                {|AM2014:cmd.CommandText = $@"SELECT COUNT(*) FROM ""{table.Name}"" lf LEFT JOIN ""RemoteInventory"" ri ON ri.""RelativePath"" = lf.""RelativePath"""|};
                {|AM2015:cmd.CommandText = $@"SELECT COUNT(*) FROM ""{table.Name}"" WHERE {filter}"|};
                {|AM2011:cmd.CommandText = "DROP TABLE \"RemoteInventory\""|};
                return (long)cmd.ExecuteScalar()!;
            }
        }
        """", EfSqlite);

    // The same DROP in a class that creates no temporary table: which table is not visible, so High, not a Critical guess.
    [Test]
    public Task DropOfATableNamedAtRunTime_IsHigh() => Run("""
        using Microsoft.Data.Sqlite;

        public sealed class Cleaner
        {
            public void Drop(SqliteConnection connection, string name)
            {
                using var cmd = connection.CreateCommand();
                {|AM2012:cmd.CommandText = $@"DROP TABLE IF EXISTS ""{name}"";"|};
                cmd.ExecuteNonQuery();
            }
        }
        """, EfSqlite);

    // bitwarden's Dapper repositories: $"[{Schema}].[{Table}_ReadById]" with Schema set in the constructor; a run-time
    // part that is only a name inside a quoted identifier, from the type's own state: not SQL built from input (Medium,
    // the procedure's effect is not visible). A caller's string inside the brackets, or outside them, stays AM2015.
    [Test]
    public Task NamesInQuotedIdentifiersFromOwnState_AreNotAM2015() => Run("""
        using System.Data;
        using System.Threading.Tasks;
        using Dapper;

        public abstract class Repository
        {
            protected Repository(string schema = null) { if (schema != null) Schema = schema; }

            protected string Schema { get; private set; } = "dbo";

            protected string Table { get; } = "Organization";

            public async Task Run(IDbConnection connection, string proc, string filter)
            {
                await {|AM2013:connection.ExecuteAsync($"[{Schema}].[OrganizationUser_UpdateDataForKeyRotation]", new { Id = 1 }, commandType: CommandType.StoredProcedure)|};
                await {|AM2014:connection.QueryAsync<int>($"SELECT Id FROM [{Schema}].[{Table}]")|};
                await {|AM2015:connection.ExecuteAsync($"[{Schema}].[{proc}]", commandType: CommandType.StoredProcedure)|};
                await {|AM2015:connection.QueryAsync<int>($"SELECT Id FROM [{Schema}].[{Table}] WHERE {filter}")|};
            }
        }
        """, AdoAndDapper);

    // Dapper's SqlMapper and duplicati's ExpandInClauseParameter rewrite a command's own text (list expansion, placeholder
    // rewriting): the statement was classified where the caller set it (AM2014, Low). Text built from other strings stays AM2015.
    [Test]
    public Task RewritingACommandsOwnText_IsLow() => Run("""
        using System.Data;
        using System.Text.RegularExpressions;

        public static class Expansion
        {
            public static void Expand(IDbCommand cmd, IDbCommand command, string name, string list, string other)
            {
                {|AM2014:cmd.CommandText = cmd.CommandText.Replace(name, list)|};
                {|AM2014:command.CommandText = Regex.Replace(command.CommandText, "@" + name, list)|};
                string masterSql = null;
                masterSql = cmd.CommandText;
                {|AM2014:cmd.CommandText = masterSql|};
                var sql = command.CommandText;
                foreach (var token in new[] { "a", "b" })
                {
                    sql = sql.Replace(token, list);
                }

                {|AM2014:command.CommandText = sql|};
                {|AM2015:cmd.CommandText = other.Replace(name, list)|};
            }
        }
        """, AdoAndDapper);

    // jellyfin's migration service runs the history rows EF Core's IHistoryRepository scripts: Medium, not AM2015.
    [Test]
    public Task SqlThatEfCoreGenerates_IsMedium() => Run("""
        using System.Threading.Tasks;
        using Microsoft.EntityFrameworkCore;
        using Microsoft.EntityFrameworkCore.Infrastructure;
        using Microsoft.EntityFrameworkCore.Migrations;

        public class Seeder
        {
            public async Task Seed(DbContext dbContext, string id)
            {
                var historyRepository = dbContext.GetService<IHistoryRepository>();
                var createScript = historyRepository.GetInsertScript(new HistoryRow(id, "10.0"));
                await {|AM2013:dbContext.Database.ExecuteSqlRawAsync(createScript)|};
                await {|AM2015:dbContext.Database.ExecuteSqlRawAsync(createScript + id)|};
            }
        }
        """);

    // duplicati's DatabaseUpgrader records the schema version after its upgrade scripts: a number's ToString cannot carry
    // SQL, and a version-marker table is Low. A string appended stays AM2015.
    [Test]
    public Task VersionMarkerUpdate_WithAFormattedNumber_IsLow() => Run("""
        using System.Collections.Generic;
        using System.Data;
        using System.Globalization;

        public static class DatabaseUpgrader
        {
            public static void Upgrade(IDbCommand cmd, IList<string> versions, string suffix)
            {
                {|AM2014:cmd.CommandText = "Update version SET Version = " + versions.Count.ToString(CultureInfo.InvariantCulture)|};
                {|AM2015:cmd.CommandText = "Update version SET Version = " + suffix|};
            }
        }
        """, AdoAndDapper);
}
