using System.Collections.Immutable;
using System.Reflection;
using AutoMode.Analyzers.Rules.Migrations;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace AutoMode.Analyzers.Tests.Migrations;

/// <summary>
/// Ground truth by execution: one migration source is both analyzed by <see cref="MigrationOperationAnalyzer"/> and
/// compiled, loaded and applied by EF Core to a real, seeded SQLite database, so the risk the rule claims can be
/// compared with what the database did.
/// </summary>
public static class SqliteExecutionHarness
{
    public const string InitialId = "20260101000000_Initial";

    /// <summary>Seeded rows of Customers: Id, Name, Notes (one NULL), Code.</summary>
    public static readonly (long Id, string Name, string? Notes, string Code)[] Seed =
    {
        (1, "Ada Lovelace", "first programmer", "ABC"),
        (2, "Grace Hopper", null, "XYZ"),
        (3, "Edsger Wybe Dijkstra, who wrote a famous letter to the editor", "goto", "123"),
    };

    public sealed record Outcome(
        string MaxRuleId,
        ImmutableArray<Diagnostic> Diagnostics,
        Exception? Failure,
        Dictionary<string, List<Dictionary<string, object?>>> Before,
        Dictionary<string, List<Dictionary<string, object?>>> After)
    {
        /// <summary>Seeded values that are no longer in their row (by table and Id), e.g. "Customers#2.Notes=…".</summary>
        public List<string> LostCells()
        {
            var lost = new List<string>();
            foreach (var (table, rows) in Before)
            {
                After.TryGetValue(table, out var afterRows);
                foreach (var row in rows)
                {
                    var id = row["Id"];
                    var match = afterRows?.FirstOrDefault(r => Equals(r.GetValueOrDefault("Id"), id));
                    foreach (var (column, value) in row)
                    {
                        if (match is null || !match.Values.Any(v => Equals(Normalize(v), Normalize(value))))
                        {
                            lost.Add($"{table}#{id}.{column}={value ?? "NULL"}");
                        }
                    }
                }
            }

            return lost;
        }

        private static string? Normalize(object? value) => value is null or DBNull ? null : Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The model after the initial migration, as the designer file writes it; pass changes for the target model.</summary>
    public static string Model(int nameMaxLength = 200, bool notesRequired = false, bool withNotes = true, string codeType = "TEXT", bool withTags = false)
    {
        var codeClr = codeType == "INTEGER" ? "int?" : "string";
        return $$"""
                    modelBuilder.HasAnnotation("ProductVersion", "10.0.15");

                    modelBuilder.Entity("Scenario.Customer", b =>
                        {
                            b.Property<int>("Id")
                                .ValueGeneratedOnAdd()
                                .HasColumnType("INTEGER");

                            b.Property<{{codeClr}}>("Code")
                                .HasColumnType("{{codeType}}");

                            b.Property<string>("Name")
                                .IsRequired()
                                .HasMaxLength({{nameMaxLength}})
                                .HasColumnType("TEXT");
            {{(withNotes ? $$"""

                            b.Property<string>("Notes"){{(notesRequired ? "\n                    .IsRequired()" : string.Empty)}}
                                .HasColumnType("TEXT");
            """ : string.Empty)}}

                            b.HasKey("Id");

                            b.HasIndex("Name");

                            b.ToTable("Customers");
                        });
            {{(withTags ? """

                    modelBuilder.Entity("Scenario.Tag", b =>
                        {
                            b.Property<int>("Id").ValueGeneratedOnAdd().HasColumnType("INTEGER");
                            b.HasKey("Id");
                            b.ToTable("Tags");
                        });
            """ : string.Empty)}}
            """;
    }

    public static string Source(string up, string down, string targetModel) => $$"""
        using System;
        using System.Data.Common;
        using Microsoft.EntityFrameworkCore;
        using Microsoft.EntityFrameworkCore.Diagnostics;
        using Microsoft.EntityFrameworkCore.Infrastructure;
        using Microsoft.EntityFrameworkCore.Migrations;

        #nullable disable

        namespace Scenario
        {
            public class ScenarioContext : DbContext
            {
                private readonly DbConnection _connection;

                public ScenarioContext(DbConnection connection) => _connection = connection;

                protected override void OnConfiguring(DbContextOptionsBuilder options)
                    => options.UseSqlite(_connection).ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));
            }

            [DbContext(typeof(ScenarioContext))]
            [Migration("{{InitialId}}")]
            public partial class Initial : Migration
            {
                protected override void Up(MigrationBuilder migrationBuilder)
                {
                    migrationBuilder.CreateTable(
                        name: "Customers",
                        columns: table => new
                        {
                            Id = table.Column<int>(type: "INTEGER", nullable: false)
                                .Annotation("Sqlite:Autoincrement", true),
                            Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                            Notes = table.Column<string>(type: "TEXT", nullable: true),
                            Code = table.Column<string>(type: "TEXT", nullable: true)
                        },
                        constraints: table =>
                        {
                            table.PrimaryKey("PK_Customers", x => x.Id);
                        });

                    migrationBuilder.CreateIndex(
                        name: "IX_Customers_Name",
                        table: "Customers",
                        column: "Name");
                }

                protected override void Down(MigrationBuilder migrationBuilder)
                {
                    migrationBuilder.DropTable(
                        name: "Customers");
                }

                protected override void BuildTargetModel(ModelBuilder modelBuilder)
                {
        {{Model()}}
                }
            }

            [DbContext(typeof(ScenarioContext))]
            [Migration("20260102000000_Change")]
            public partial class Change : Migration
            {
                protected override void Up(MigrationBuilder migrationBuilder)
                {
        {{up}}
                }

                protected override void Down(MigrationBuilder migrationBuilder)
                {
        {{down}}
                }

                protected override void BuildTargetModel(ModelBuilder modelBuilder)
                {
        {{targetModel}}
                }
            }
        }
        """;

    /// <summary>Analyzes the source, compiles and loads it, applies Initial, seeds, applies Change, and snapshots before and after.</summary>
    public static async Task<Outcome> RunAsync(string up, string down, string targetModel)
    {
        var source = Source(up, down, targetModel);
        var tree = CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest));
        var compilation = CSharpCompilation.Create(
            "Scenario" + Guid.NewGuid().ToString("N"),
            new[] { tree },
            References.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Disable));

        var diagnostics = await compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new MigrationOperationAnalyzer()))
            .GetAnalyzerDiagnosticsAsync();
        var changeStart = source.IndexOf("public partial class Change", StringComparison.Ordinal);
        var changeDiagnostics = diagnostics.Where(d => d.Location.SourceSpan.Start > changeStart).ToImmutableArray();
        var maxRule = changeDiagnostics.Where(d => d.Id != "AM2005").OrderByDescending(d => d.Severity).Select(d => d.Id).FirstOrDefault() ?? "none";

        using var stream = new MemoryStream();
        var emit = compilation.Emit(stream);
        if (!emit.Success)
        {
            throw new InvalidOperationException("the scenario does not compile:\n" + string.Join("\n", emit.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        }

        var assembly = Assembly.Load(stream.ToArray());
        var contextType = assembly.GetType("Scenario.ScenarioContext")!;

        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        using var context = (DbContext)Activator.CreateInstance(contextType, connection)!;
        var migrator = context.GetService<IMigrator>();
        migrator.Migrate(InitialId);

        foreach (var (id, name, notes, code) in Seed)
        {
            using var insert = connection.CreateCommand();
            insert.CommandText = "INSERT INTO Customers (Id, Name, Notes, Code) VALUES ($id, $name, $notes, $code)";
            insert.Parameters.AddWithValue("$id", id);
            insert.Parameters.AddWithValue("$name", name);
            insert.Parameters.AddWithValue("$notes", (object?)notes ?? DBNull.Value);
            insert.Parameters.AddWithValue("$code", code);
            insert.ExecuteNonQuery();
        }

        var before = Snapshot(connection);
        Exception? failure = null;
        try
        {
            migrator.Migrate();
        }
        catch (Exception e)
        {
            failure = e;
        }

        return new Outcome(maxRule, changeDiagnostics, failure, before, Snapshot(connection));
    }

    private static Dictionary<string, List<Dictionary<string, object?>>> Snapshot(SqliteConnection connection)
    {
        var tables = new List<string>();
        using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '__EF%'";
            using var reader = list.ExecuteReader();
            while (reader.Read())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var snapshot = new Dictionary<string, List<Dictionary<string, object?>>>();
        foreach (var table in tables)
        {
            using var select = connection.CreateCommand();
            select.CommandText = $"SELECT * FROM \"{table}\"";
            using var reader = select.ExecuteReader();
            var rows = new List<Dictionary<string, object?>>();
            while (reader.Read())
            {
                var row = new Dictionary<string, object?>();
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    row[reader.GetName(i)] = reader.IsDBNull(i) ? null : reader.GetValue(i);
                }

                rows.Add(row);
            }

            snapshot[table] = rows;
        }

        return snapshot;
    }

    public static readonly Lazy<List<MetadataReference>> References = new(() =>
    {
        var paths = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator).ToHashSet(StringComparer.Ordinal);
        foreach (var assembly in new[] { typeof(DbContext).Assembly, typeof(RelationalDatabaseFacadeExtensions).Assembly, typeof(SqliteDbContextOptionsBuilderExtensions).Assembly, typeof(SqliteConnection).Assembly })
        {
            paths.Add(assembly.Location);
        }

        return paths.Where(File.Exists).Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)).ToList();
    });
}
