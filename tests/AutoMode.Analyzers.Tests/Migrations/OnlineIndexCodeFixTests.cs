using AutoMode.Analyzers.Rules.Migrations;
using AutoMode.CodeFixes.Migrations;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using static AutoMode.Analyzers.Tests.Migrations.MigrationTestSupport;

namespace AutoMode.Analyzers.Tests.Migrations;

/// <summary>The AM2002 code fix on CreateIndex: concurrent on PostgreSQL, online on SQL Server; the fixed code is Low.</summary>
public class OnlineIndexCodeFixTests
{
    private static Task RunAsync(ReferenceAssemblies references, string annotation)
    {
        var test = new CSharpCodeFixTest<MigrationOperationAnalyzer, OnlineIndexCodeFix, DefaultVerifier>
        {
            ReferenceAssemblies = references,
            TestCode = Migration(
                """
                            {|AM2002:migrationBuilder.CreateIndex(
                                name: "IX_Orders_CreatedAt",
                                table: "Orders",
                                column: "CreatedAt")|};
                """,
                """        migrationBuilder.DropIndex(name: "IX_Orders_CreatedAt", table: "Orders");"""),
            FixedCode = Migration(
                $$"""
                            {|AM2004:migrationBuilder.CreateIndex(
                                name: "IX_Orders_CreatedAt",
                                table: "Orders",
                                column: "CreatedAt")|}.Annotation("{{annotation}}", true);
                """,
                """        migrationBuilder.DropIndex(name: "IX_Orders_CreatedAt", table: "Orders");"""),
        };
        return test.RunAsync();
    }

    [Test]
    public Task PostgreSql_CreatedConcurrently() => RunAsync(EfNpgsql, "Npgsql:CreatedConcurrently");

    [Test]
    public Task SqlServer_Online() => RunAsync(EfSqlServer, "SqlServer:Online");
}
