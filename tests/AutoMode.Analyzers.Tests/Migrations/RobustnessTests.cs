using System.Collections.Immutable;
using AutoMode.Analyzers.Rules.Migrations;
using AutoMode.Analyzers.Sql;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AutoMode.Analyzers.Tests.Migrations;

/// <summary>A rule never throws: every prefix of real migration code (half-typed code) and random SQL are analyzed without an exception.</summary>
public class RobustnessTests
{
    private static readonly string Source = SqliteExecutionHarness.Source(
        """
                    migrationBuilder.DropColumn(name: "Notes", table: "Customers");
                    migrationBuilder.AlterColumn<string>(name: "Name", table: "Customers", type: "TEXT", maxLength: 50, oldClrType: typeof(string), oldType: "TEXT", oldNullable: true);
                    if (migrationBuilder.ActiveProvider == "Npgsql.EntityFrameworkCore.PostgreSQL")
                    {
                        migrationBuilder.CreateIndex(name: "IX", table: "Customers", column: "Name").Annotation("Npgsql:CreatedConcurrently", true);
                    }
                    migrationBuilder.Sql($"DELETE FROM Customers WHERE Id = {42} -- x");
                    migrationBuilder.RenameColumn(name: "Code", table: "Customers", newName: "Ref");
        """,
        """
                    migrationBuilder.RenameColumn(name: "Ref", table: "Customers", newName: "Code");
                    throw new NotSupportedException();
        """,
        SqliteExecutionHarness.Model()) + """

        namespace Scenario
        {
            using System.Linq;

            public class Customer { public int Id { get; set; } }

            public class Jobs
            {
                public void Run(ScenarioContext db, Microsoft.Data.Sqlite.SqliteConnection connection, string where)
                {
                    db.Database.EnsureDeleted();
                    db.Set<Customer>().Where(c => c.Id > 1).ExecuteDelete();
                    db.Set<Customer>().ExecuteUpdate(s => s.SetProperty(c => c.Id, 0));
                    db.Database.ExecuteSqlRaw("UPDATE Customers SET Name = '' WHERE " + where);
                    using var command = connection.CreateCommand();
                    command.CommandText = @"DROP TABLE Customers";
                }
            }
        }
        """;

    [Test]
    public async Task EveryPrefixOfAMigration_IsAnalyzedWithoutAnException()
    {
        var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new MigrationOperationAnalyzer(), new RawSqlAnalyzer(), new DatabaseLifecycleAnalyzer(), new BulkOperationAnalyzer());
        var references = SqliteExecutionHarness.References.Value;
        var failures = new List<string>();
        var cuts = 0;
        for (var length = Source.Length; length > 0; length -= 97)
        {
            var text = Source.Substring(0, length);
            var compilation = CSharpCompilation.Create("Cut" + length, new[] { CSharpSyntaxTree.ParseText(text) }, references,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
            var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
                (exception, analyzer, _) => failures.Add($"{analyzer.GetType().Name} at length {length}: {exception}"),
                concurrentAnalysis: false, logAnalyzerExecutionTime: false);
            var diagnostics = await compilation.WithAnalyzers(analyzers, options).GetAnalyzerDiagnosticsAsync();
            failures.AddRange(diagnostics.Where(d => d.Id == "AD0001").Select(d => $"length {length}: {d.GetMessage()}"));
            cuts++;
        }

        Assert.That(failures, Is.Empty);
        Assert.That(cuts, Is.GreaterThan(50));
    }

    [Test]
    public void RandomSql_IsClassifiedWithoutFallingBack()
    {
        var pieces = new[]
        {
            "SELECT", "DELETE", "FROM", "WHERE", "UPDATE", "SET", "DROP", "TABLE", "ALTER", "ADD", "COLUMN", "CREATE", "INDEX", "ON",
            "(", ")", ",", ";", "'x'", "'", "\"", "[", "]", "`", "$$", "$t$", "--", "/*", "*/", "\n", "GO", "IF", "BEGIN", "END", "CASE",
            "WITH", "AS", "EXEC", "N'a'", "@p", "1", "=", "\0", "TRUNCATE", "MERGE", "INSERT", "INTO", "VALUES", "CONSTRAINT", "NOT",
            "NULL", "DEFAULT", "now()", "TOP", "RENAME", "TO", "DO", "USING", "GRANT", "::", ".", "*",
        };
        var random = new Random(20260115);
        for (var i = 0; i < 3000; i++)
        {
            var sql = string.Join(" ", Enumerable.Range(0, random.Next(1, 40)).Select(_ => pieces[random.Next(pieces.Length)]));
            var result = SqlClassifier.Classify(sql);
            Assert.That(result.Statements.Any(s => s.Consequence == "is a statement the classifier could not read"), Is.False, sql);
        }
    }
}
