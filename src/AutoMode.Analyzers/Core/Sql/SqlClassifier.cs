using System.Collections.Generic;
using System.Collections.Immutable;

namespace AutoMode.Analyzers.Sql;

/// <summary>
/// The one SQL statement classifier: every raw-SQL rule and the gate for <c>.sql</c> files use it.
/// <c>SqlClassifier.Classify("DELETE FROM Orders; SELECT 1")</c> gives each statement's kind and risk and the worst
/// one. It tokenizes (comments, strings, quoted identifiers and dollar quoting never count as SQL), splits
/// statements at <c>;</c>, <c>GO</c> and T-SQL statement boundaries, and reads T-SQL, PostgreSQL, SQLite and MySQL.
/// It never throws.
/// </summary>
internal static class SqlClassifier
{
    private const int MaxNesting = 3;

    public static SqlClassification Classify(string sql) => Classify(sql, 0);

    /// <summary>
    /// With the columns (<c>table.column</c>) that were added just before the text runs — by <c>AddColumn</c> earlier in the
    /// same migration or in the one before — and so hold no value yet: an UPDATE that only fills them overwrites nothing.
    /// With <paramref name="runtimeTablesAreTemporary"/>, the code that sends the text creates its tables with CREATE TEMP
    /// TABLE: a DROP TABLE of a name built at run time drops one of them.
    /// </summary>
    public static SqlClassification Classify(string sql, IEnumerable<string>? newColumns, bool runtimeTablesAreTemporary = false) => Classify(sql, 0, newColumns, runtimeTablesAreTemporary);

    internal static SqlClassification Classify(string sql, int nesting, IEnumerable<string>? newColumns = null, bool runtimeTablesAreTemporary = false)
    {
        try
        {
            var tokens = SqlTokenizer.Tokenize(sql ?? string.Empty);
            var context = new SqlScriptContext(nesting < MaxNesting ? text => Classify(text, nesting + 1, newColumns, runtimeTablesAreTemporary) : null)
            {
                RuntimeNamedTablesAreTemporary = runtimeTablesAreTemporary,
            };
            if (newColumns is not null)
            {
                context.NewColumns.UnionWith(newColumns);
            }

            var statements = ImmutableArray.CreateBuilder<SqlStatement>();
            foreach (var statement in SqlStatementSplitter.Split(tokens))
            {
                statements.Add(SqlStatementRules.Classify(new SqlTokens(statement), context, statements.Count));
            }

            return new SqlClassification(statements.ToImmutable());
        }
        catch (System.Exception)
        {
            // Never throw from an analyzer: text we cannot read is unknown.
            return new SqlClassification(ImmutableArray.Create(new SqlStatement(
                SqlStatementKind.Unknown, RiskLevel.Medium, sql.Length > 60 ? sql.Substring(0, 59) + "…" : sql,
                "is a statement the classifier could not read", "Split it into simple statements.", 0, false)));
        }
    }
}

/// <summary>What earlier statements of the same text tell about later ones (tables created here are empty).</summary>
internal sealed class SqlScriptContext
{
    public SqlScriptContext(System.Func<string, SqlClassification>? nested) => Nested = nested;

    public HashSet<string> CreatedTables { get; } = new(System.StringComparer.OrdinalIgnoreCase);

    /// <summary>Columns (<c>table.column</c>) that hold no value yet: added just before the text runs.</summary>
    public HashSet<string> NewColumns { get; } = new(System.StringComparer.OrdinalIgnoreCase);

    /// <summary>Classifies dynamic SQL found in a string (EXEC('…'), DO $$…$$); null when nested too deep.</summary>
    public System.Func<string, SqlClassification>? Nested { get; }

    /// <summary>Whether the code that sends the text creates its run-time-named tables with CREATE TEMP TABLE.</summary>
    public bool RuntimeNamedTablesAreTemporary { get; set; }

    public bool IsNew(string? table) => table is not null && CreatedTables.Contains(table);
}
