using AutoMode.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace AutoMode.Analyzers.Tests.Migrations;

/// <summary>The real packages the migration rules are tested against, and the shape of a scaffolded migration.</summary>
public static class MigrationTestSupport
{
    public const string EfVersion = "10.0.15";

    public static readonly ReferenceAssemblies EfRelational = TestReferences.WithPackages(("Microsoft.EntityFrameworkCore.Relational", EfVersion));

    public static readonly ReferenceAssemblies EfNpgsql = TestReferences.WithPackages(("Npgsql.EntityFrameworkCore.PostgreSQL", "10.0.3"));

    public static readonly ReferenceAssemblies EfSqlite = TestReferences.WithPackages(("Microsoft.EntityFrameworkCore.Sqlite", EfVersion));

    public static readonly ReferenceAssemblies EfSqlServer = TestReferences.WithPackages(("Microsoft.EntityFrameworkCore.SqlServer", EfVersion));

    public static readonly ReferenceAssemblies FluentMigrator = TestReferences.WithPackages(("FluentMigrator", "8.0.1"));

    public static readonly ReferenceAssemblies AdoAndDapper = TestReferences.WithPackages(
        ("Microsoft.EntityFrameworkCore.Relational", EfVersion), ("Dapper", "2.1.66"), ("Microsoft.Data.SqlClient", "6.1.7"));

    /// <summary>A migration as <c>dotnet ef migrations add</c> writes it (file-scoped names, #nullable disable, inheritdoc).</summary>
    public static string Migration(string up, string down, string name = "ChangeOrders", string usings = "") => $$"""
        using System;
        using Microsoft.EntityFrameworkCore.Migrations;
        {{usings}}
        #nullable disable

        namespace Shop.Migrations
        {
            /// <inheritdoc />
            public partial class {{name}} : Migration
            {
                /// <inheritdoc />
                protected override void Up(MigrationBuilder migrationBuilder)
                {
        {{up}}
                }

                /// <inheritdoc />
                protected override void Down(MigrationBuilder migrationBuilder)
                {
        {{down}}
                }
            }
        }
        """;

    /// <summary>An expected diagnostic of <typeparamref name="TAnalyzer"/> by id, at its default severity, message not checked.</summary>
    public static DiagnosticResult Expect<TAnalyzer>(string id)
        where TAnalyzer : DiagnosticAnalyzer, new()
        => new(id, new TAnalyzer().SupportedDiagnostics.Single(d => d.Id == id).DefaultSeverity);

    /// <summary>Several files, compiled as <paramref name="kind"/> (a console app for top-level statements).</summary>
    public static Task VerifyAsync<TAnalyzer>(string[] sources, ReferenceAssemblies references, Microsoft.CodeAnalysis.OutputKind kind, params DiagnosticResult[] expected)
        where TAnalyzer : DiagnosticAnalyzer, new()
    {
        var test = AnalyzerVerifier<TAnalyzer>.Create(sources[0]);
        foreach (var source in sources.Skip(1))
        {
            test.TestState.Sources.Add(source);
        }

        test.TestState.OutputKind = kind;
        test.ReferenceAssemblies = references;
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    public static Task VerifyAsync<TAnalyzer>(string source, ReferenceAssemblies references, params DiagnosticResult[] expected)
        where TAnalyzer : DiagnosticAnalyzer, new()
    {
        var test = AnalyzerVerifier<TAnalyzer>.Create(source);
        test.ReferenceAssemblies = references;
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }
}
