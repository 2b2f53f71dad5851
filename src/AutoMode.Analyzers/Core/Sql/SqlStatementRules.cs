namespace AutoMode.Analyzers.Sql;

/// <summary>Classifies one statement by its leading keyword; ALTER TABLE is read action by action (<see cref="SqlAlterTableRules"/>).</summary>
internal static class SqlStatementRules
{
    public static SqlStatement Classify(SqlTokens t, SqlScriptContext context, int index)
    {
        var builder = new Builder(t, index);
        if (t.Count == 0)
        {
            return builder.Make(SqlStatementKind.Unknown, RiskLevel.Low, "is empty", string.Empty);
        }

        var first = t[0];
        if (first.Kind == SqlTokenKind.Hole)
        {
            return builder.Make(SqlStatementKind.Unknown, RiskLevel.Medium, "is built at run time", string.Empty);
        }

        if (!first.IsWord)
        {
            return builder.Make(SqlStatementKind.Unknown, RiskLevel.Medium, "is not a statement the classifier knows", "Review it by hand.");
        }

        switch (first.Text.ToUpperInvariant())
        {
            case "WITH":
                return ClassifyWith(t, context, builder);
            case "SELECT":
                return Select(t, builder, 0);
            case "INSERT":
                return Insert(t, builder);
            case "REPLACE":
            case "UPSERT":
                return builder.Make(SqlStatementKind.Upsert, RiskLevel.Medium, "inserts rows and replaces the existing rows with the same key", "Insert new rows only, or update the matching rows explicitly with a reviewed WHERE.");
            case "UPDATE":
                return UpdateOrDelete(t, builder, 0, isDelete: false, context: context);
            case "DELETE":
                return UpdateOrDelete(t, builder, 0, isDelete: true);
            case "MERGE":
                return Merge(t, builder);
            case "TRUNCATE":
                return Truncate(t, builder);
            case "DROP":
                return SqlDdlRules.Drop(t, context, builder);
            case "CREATE":
                return SqlDdlRules.Create(t, context, builder);
            case "ALTER":
                return SqlDdlRules.Alter(t, context, builder);
            case "RENAME":
                return builder.Make(SqlStatementKind.Rename, RiskLevel.High, Consequences.Rename, Alternatives.Rename);
            case "GRANT":
                return builder.Make(SqlStatementKind.Grant, RiskLevel.High, "grants permissions", "Grant permissions through the reviewed security configuration, not from application code.");
            case "REVOKE":
                return builder.Make(SqlStatementKind.Revoke, RiskLevel.High, "revokes permissions; running code may lose access", "Change permissions through the reviewed security configuration.");
            case "DENY":
                return builder.Make(SqlStatementKind.Deny, RiskLevel.High, "denies permissions; running code may lose access", "Change permissions through the reviewed security configuration.");
            case "EXEC":
            case "EXECUTE":
            case "CALL":
                return SqlExecuteRules.Execute(t, context, builder);
            case "DO":
                return SqlExecuteRules.AnonymousBlock(t, context, builder);
            case "BEGIN":
            case "COMMIT":
            case "ROLLBACK":
            case "SAVEPOINT":
            case "SAVE":
            case "START":
            case "RELEASE":
                return (t.Count == 1 && first.Is("BEGIN")) || t.Is(1, "TRY") || t.Is(1, "CATCH")
                    ? builder.Make(SqlStatementKind.Control, RiskLevel.Low, "starts a block", string.Empty)
                    : builder.Make(SqlStatementKind.Transaction, RiskLevel.Low, "controls a transaction", string.Empty);
            case "SET":
                return t.Is(1, "TRANSACTION")
                    ? builder.Make(SqlStatementKind.Transaction, RiskLevel.Low, "sets transaction options", string.Empty)
                    : builder.Make(SqlStatementKind.Session, RiskLevel.Low, "sets a session option or variable", string.Empty);
            case "DECLARE":
            case "USE":
            case "PRINT":
            case "RETURN":
            case "THROW":
            case "RAISERROR":
            case "WAITFOR":
            case "RESET":
            case "SHOW":
            case "PRAGMA":
                return builder.Make(SqlStatementKind.Session, RiskLevel.Low, "sets or reads session state", string.Empty);
            case "IF":
            case "WHILE":
            case "END":
            case "ELSE":
                return builder.Make(SqlStatementKind.Control, RiskLevel.Low, "is control flow", string.Empty);
            case "VACUUM":
                return t.Has("FULL")
                    ? builder.Make(SqlStatementKind.Maintenance, RiskLevel.High, "rewrites the table under an exclusive lock that blocks reads and writes", "Use plain VACUUM, or pg_repack, outside peak hours.")
                    : builder.Make(SqlStatementKind.Maintenance, RiskLevel.Low, "is routine maintenance", string.Empty);
            case "ANALYZE":
                return builder.Make(SqlStatementKind.Maintenance, RiskLevel.Low, "updates planner statistics", string.Empty);
            case "REINDEX":
                return t.Has("CONCURRENTLY")
                    ? builder.Make(SqlStatementKind.Maintenance, RiskLevel.Low, "rebuilds an index without blocking writes", string.Empty)
                    : builder.Make(SqlStatementKind.Maintenance, RiskLevel.High, "rebuilds indexes while blocking writes", "Use REINDEX … CONCURRENTLY.");
            case "CLUSTER":
                return builder.Make(SqlStatementKind.Maintenance, RiskLevel.High, "rewrites the table under an exclusive lock", "Run it in a maintenance window, or use pg_repack.");
            case "REFRESH":
                return t.Has("CONCURRENTLY")
                    ? builder.Make(SqlStatementKind.Maintenance, RiskLevel.Low, "refreshes a materialized view without blocking reads", string.Empty)
                    : builder.Make(SqlStatementKind.Maintenance, RiskLevel.High, "refreshes a materialized view while blocking its readers", "Use REFRESH MATERIALIZED VIEW CONCURRENTLY.");
            case "DBCC":
                return builder.Make(SqlStatementKind.Maintenance, RiskLevel.Medium, "runs a database console command", "Run maintenance commands by hand, not from application code.");
            case "LOCK":
                return builder.Make(SqlStatementKind.Lock, RiskLevel.High, "locks a table explicitly; writers wait until the transaction ends", "Avoid explicit table locks; keep transactions short.");
            case "COPY":
                return t.Has("FROM")
                    ? builder.Make(SqlStatementKind.BulkLoad, RiskLevel.Medium, "bulk-loads rows into a table", "Load into a staging table and merge after review.")
                    : builder.Make(SqlStatementKind.Select, RiskLevel.Low, "exports rows", string.Empty);
            case "BULK":
                return builder.Make(SqlStatementKind.BulkLoad, RiskLevel.Medium, "bulk-loads rows into a table", "Load into a staging table and merge after review.");
            case "COMMENT":
                return builder.Make(SqlStatementKind.Comment, RiskLevel.Low, "sets a comment", string.Empty);
            default:
                return builder.Make(SqlStatementKind.Unknown, RiskLevel.Medium, "is not a statement the classifier knows", "Review it by hand.");
        }
    }

    private static SqlStatement ClassifyWith(SqlTokens t, SqlScriptContext context, Builder builder)
    {
        for (var i = 1; i < t.Count; i++)
        {
            if (t.Depth(i) != 0)
            {
                continue;
            }

            if (t.Is(i, "SELECT"))
            {
                return Select(t, builder, i);
            }

            if (t.Is(i, "INSERT"))
            {
                return Insert(t, builder);
            }

            if (t.Is(i, "UPDATE"))
            {
                return UpdateOrDelete(t, builder, i, isDelete: false, CommonTableNames(t, i), context);
            }

            if (t.Is(i, "DELETE"))
            {
                return UpdateOrDelete(t, builder, i, isDelete: true, CommonTableNames(t, i));
            }

            if (t.Is(i, "MERGE"))
            {
                return Merge(t, builder);
            }
        }

        return builder.Make(SqlStatementKind.Select, RiskLevel.Low, "reads rows", string.Empty);
    }

    private static SqlStatement Select(SqlTokens t, Builder builder, int start)
    {
        var into = t.Find("INTO", start);
        var from = t.Find("FROM", start);
        if (into >= 0 && (from < 0 || into < from))
        {
            return builder.Make(SqlStatementKind.Select, RiskLevel.Low, "copies rows into a new table", string.Empty);
        }

        return builder.Make(SqlStatementKind.Select, RiskLevel.Low, "reads rows", string.Empty);
    }

    private static SqlStatement Insert(SqlTokens t, Builder builder)
    {
        if (t.HasPair("DO", "UPDATE") || t.HasPair("DUPLICATE", "KEY") || t.HasPair("OR", "REPLACE"))
        {
            return builder.Make(SqlStatementKind.Upsert, RiskLevel.Medium, "inserts rows and overwrites the existing rows with the same key", "Insert new rows only, or update the matching rows explicitly with a reviewed WHERE.");
        }

        return builder.Make(SqlStatementKind.Insert, RiskLevel.Low, "inserts rows", string.Empty);
    }

    /// <summary>The names a WITH clause defines (<c>WITH old AS (…), recent AS (…)</c>).</summary>
    private static System.Collections.Generic.HashSet<string> CommonTableNames(SqlTokens t, int end)
    {
        var names = new System.Collections.Generic.HashSet<string>(System.StringComparer.OrdinalIgnoreCase);
        for (var k = 1; k + 1 < end; k++)
        {
            if (t.Depth(k) == 0 && t.Is(k + 1, "AS") && (k == 1 || t[k - 1].IsPunctuation(",") || t.Is(k - 1, "RECURSIVE")))
            {
                names.Add(t[k].Content);
            }
        }

        return names;
    }

    private static SqlStatement UpdateOrDelete(SqlTokens t, Builder builder, int start, bool isDelete, System.Collections.Generic.HashSet<string>? commonTables = null, SqlScriptContext? context = null)
    {
        var kind = isDelete ? SqlStatementKind.Delete : SqlStatementKind.Update;
        var i = start + 1;
        var limited = false;
        if (t.Is(i, "TOP"))
        {
            limited = true;
            i++;
            if (i < t.Count && t[i].IsPunctuation("("))
            {
                while (i < t.Count && !t[i].IsPunctuation(")"))
                {
                    i++;
                }

                i++;
            }
            else
            {
                i++;
            }
        }

        i = t.Skip(i, "FROM", "ONLY", "LOW_PRIORITY", "QUICK", "IGNORE", "OR");
        var targetStart = i;
        var target = t.ReadName(ref i);
        if (target is not null && (target.StartsWith("#", System.StringComparison.Ordinal) || target.StartsWith("@", System.StringComparison.Ordinal)) &&
            t[targetStart].Kind != SqlTokenKind.QuotedIdentifier)
        {
            return builder.Make(kind, RiskLevel.Low, isDelete ? "deletes rows of a temporary table" : "updates rows of a temporary table", string.Empty);
        }

        if (target == "sqlite_sequence")
        {
            return builder.Make(kind, RiskLevel.Low, "resets SQLite's autoincrement counter, which is metadata, not data", string.Empty);
        }

        var setColumns = isDelete ? new System.Collections.Generic.List<string>() : SetColumns(t, i);
        if (!isDelete && target is not null && target.IndexOf("version", System.StringComparison.OrdinalIgnoreCase) >= 0 && setColumns.Count > 0 &&
            setColumns.TrueForAll(c => c.IndexOf("version", System.StringComparison.OrdinalIgnoreCase) >= 0))
        {
            return builder.Make(kind, RiskLevel.Low, "records the schema version in a version-marker table", string.Empty);
        }

        var filtered = limited || (target is not null && commonTables is not null && commonTables.Contains(target)) || HasRealWhere(t, start) || t.Has("JOIN", start) || t.Has("USING", start) || t.Has("LIMIT", start) ||
                       t.HasHole(i); // text built at run time after the target may hold the WHERE
        if (!isDelete && target is not null && context is { NewColumns.Count: > 0 } && setColumns.Count > 0 &&
            setColumns.TrueForAll(c => context.NewColumns.Contains(target + "." + c)))
        {
            return builder.Make(kind, RiskLevel.Medium, "only fills " + string.Join(", ", setColumns.ConvertAll(c => "'" + c + "'")) + ", added by this migration or the one just before it and still empty: no existing value is overwritten, and dropping the column undoes it; High only when it changes columns that hold data",
                "On a large table, fill the new column in batches, or add it with a default value.", needsNoRollback: true);
        }

        if (!filtered)
        {
            return isDelete
                ? builder.Make(kind, RiskLevel.Critical, "has no WHERE: it deletes every row of the table", "Add a WHERE that selects the rows to delete, and delete in small batches.")
                : builder.Make(kind, RiskLevel.Critical, "has no WHERE: it overwrites the column in every row of the table", "Add a WHERE that selects the rows to change, and update in small batches.");
        }

        if (WhereClause(t, start) is { } where && !t.Has("OR", where.Start, where.End))
        {
            if (!isDelete && setColumns.Count > 0 && setColumns.TrueForAll(c => TestsIsNull(t, c, where.Start, where.End)))
            {
                return builder.Make(kind, RiskLevel.Medium, "only replaces NULLs in " + string.Join(", ", setColumns.ConvertAll(c => "'" + c + "'")) + " (WHERE … IS NULL): no existing value is overwritten; High when it overwrites values",
                    "Review the value that replaces the NULLs.", needsNoRollback: true);
            }

            if (ReferencesMissingRows(t, where.Start, where.End))
            {
                return builder.Make(kind, RiskLevel.Medium, (isDelete ? "deletes" : "repoints") + " only rows whose referenced row does not exist (NOT EXISTS / NOT IN (SELECT …)): orphans that nothing reaches; High when the condition selects rows that still matter",
                    "Check the condition selects only orphans, and keep a copy of the rows if they may be needed.", needsNoRollback: true);
            }

            if (KeyedByParameter(t, where.Start, where.End) is { } key)
            {
                return builder.Make(kind, RiskLevel.Medium, (isDelete ? "deletes" : "changes") + " only the rows whose '" + key + "' matches a value passed as a parameter (a keyed, routine change); High when the condition selects many rows",
                    "Review the key the caller passes.");
            }
        }

        return isDelete
            ? builder.Make(kind, RiskLevel.High, "deletes rows; a wrong condition loses data that a rollback of the code does not bring back", "Delete in small batches, keep a copy of the rows (or soft-delete), and review the condition.")
            : builder.Make(kind, RiskLevel.High, "overwrites rows; a wrong condition loses the previous values for good", "Update in small batches, keep the previous values, and review the condition.");
    }

    /// <summary>The token range of the statement's WHERE condition at depth 0 (after <paramref name="start"/>), or null.</summary>
    private static (int Start, int End)? WhereClause(SqlTokens t, int start)
    {
        var where = t.Find("WHERE", start);
        if (where < 0)
        {
            return null;
        }

        var end = where + 1;
        while (end < t.Count && !(t.Depth(end) == 0 && t.IsAny(end, "ORDER", "LIMIT", "RETURNING", "OUTPUT", "OPTION")))
        {
            end++;
        }

        return (where + 1, end);
    }

    /// <summary>Whether the condition holds <c>column IS NULL</c> (the column possibly qualified) at depth 0.</summary>
    private static bool TestsIsNull(SqlTokens t, string column, int from, int to)
    {
        for (var k = from; k + 2 < to; k++)
        {
            if (t.Depth(k) == 0 && t[k].Kind is SqlTokenKind.Word or SqlTokenKind.QuotedIdentifier &&
                string.Equals(t[k].Content, column, System.StringComparison.OrdinalIgnoreCase) && t.Is(k + 1, "IS") && t.Is(k + 2, "NULL"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the condition selects rows by a missing reference: <c>NOT EXISTS (…)</c> or <c>NOT IN (SELECT …)</c> at depth 0.</summary>
    private static bool ReferencesMissingRows(SqlTokens t, int from, int to)
    {
        for (var k = from; k + 1 < to; k++)
        {
            if (t.Depth(k) == 0 && t.Is(k, "NOT") &&
                (t.Is(k + 1, "EXISTS") || (t.Is(k + 1, "IN") && k + 3 < to && t[k + 2].IsPunctuation("(") && t.Is(k + 3, "SELECT"))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The column of a <c>column = @parameter</c> test at depth 0 (or <c>…Id = 42</c>): the rows of one key, a routine
    /// change; null when there is none.
    /// </summary>
    private static string? KeyedByParameter(SqlTokens t, int from, int to)
    {
        for (var k = from + 1; k + 1 < to; k++)
        {
            if (t.Depth(k) != 0 || !t[k].IsPunctuation("=") || t[k - 1].Kind is not (SqlTokenKind.Word or SqlTokenKind.QuotedIdentifier))
            {
                continue;
            }

            var value = t[k + 1];
            var next = k + 2 < to ? t[k + 2] : default;
            var single = k + 2 >= to || next.Is("AND") || next.IsPunctuation(")");
            if (!single)
            {
                continue;
            }

            var column = t[k - 1].Content;
            if (value.Kind == SqlTokenKind.Parameter && !value.Text.StartsWith("@@", System.StringComparison.Ordinal))
            {
                return column;
            }

            if (value.Kind == SqlTokenKind.Number && column.EndsWith("Id", System.StringComparison.OrdinalIgnoreCase))
            {
                return column;
            }
        }

        return null;
    }

    /// <summary>The columns an UPDATE's <c>SET a = …, b = …</c> assigns (after <paramref name="from"/>), lower-cased; empty when unreadable.</summary>
    private static System.Collections.Generic.List<string> SetColumns(SqlTokens t, int from)
    {
        var columns = new System.Collections.Generic.List<string>();
        var set = t.Find("SET", from);
        if (set < 0)
        {
            return columns;
        }

        var i = set + 1;
        while (i < t.Count)
        {
            var column = t.ReadName(ref i);
            if (column is null || column == "\0" || i >= t.Count || !t[i].IsPunctuation("="))
            {
                return new System.Collections.Generic.List<string>();
            }

            columns.Add(column);
            while (i < t.Count && !(t.Depth(i) == 0 && (t[i].IsPunctuation(",") || t.IsAny(i, "FROM", "WHERE", "RETURNING", "OUTPUT"))))
            {
                i++;
            }

            if (i >= t.Count || !t[i].IsPunctuation(","))
            {
                return columns;
            }

            i++;
        }

        return columns;
    }

    private static bool HasRealWhere(SqlTokens t, int start)
    {
        if (WhereClause(t, start) is not { } clause)
        {
            return false;
        }

        // WHERE 1=1, WHERE TRUE, WHERE 'a'='a', WHERE 1 select every row.
        var where = clause.Start - 1;
        var end = clause.End;
        var length = end - where - 1;
        if (length == 1 && (t.Is(where + 1, "TRUE") || t[where + 1].Text == "1"))
        {
            return false;
        }

        if (length == 3 && t[where + 2].IsPunctuation("=") && t[where + 1].Kind is SqlTokenKind.Number or SqlTokenKind.String &&
            t[where + 1].Kind == t[where + 3].Kind && t[where + 1].Content == t[where + 3].Content)
        {
            return false;
        }

        return true;
    }

    private static SqlStatement Merge(SqlTokens t, Builder builder)
    {
        for (var i = t.Find("SOURCE"); i >= 0; i = t.Find("SOURCE", i + 1))
        {
            var then = t.Find("THEN", i);
            if (then >= 0 && t.Is(then + 1, "DELETE"))
            {
                return builder.Make(SqlStatementKind.Merge, RiskLevel.Critical, "deletes every target row that is missing from the source (WHEN NOT MATCHED BY SOURCE THEN DELETE)", "Delete the missing rows in a separate, reviewed statement with an explicit condition.");
            }
        }

        return builder.Make(SqlStatementKind.Merge, RiskLevel.High, "inserts, overwrites or deletes rows depending on the data", "Split it into reviewed INSERT and UPDATE statements with explicit conditions.");
    }

    private static SqlStatement Truncate(SqlTokens t, Builder builder)
    {
        var i = t.Skip(1, "TABLE", "ONLY");
        var start = i;
        var name = t.ReadName(ref i);
        if (name is not null && name.StartsWith("#", System.StringComparison.Ordinal) && t[start].Kind == SqlTokenKind.Word)
        {
            return builder.Make(SqlStatementKind.Truncate, RiskLevel.Low, "empties a temporary table", string.Empty);
        }

        return builder.Make(SqlStatementKind.Truncate, RiskLevel.Critical, "deletes every row of the table, without a WHERE and often without a way back", "Delete the rows you mean in batches with a WHERE, after a backup; never truncate a table that holds data.");
    }

    /// <summary>Builds the <see cref="SqlStatement"/> with the statement's excerpt and index.</summary>
    internal sealed class Builder
    {
        private readonly SqlTokens _tokens;
        private readonly int _index;

        public Builder(SqlTokens tokens, int index)
        {
            _tokens = tokens;
            _index = index;
        }

        public SqlStatement Make(SqlStatementKind kind, RiskLevel risk, string consequence, string alternative, bool needsNoRollback = false)
            => new(kind, risk, _tokens.Excerpt(), consequence, alternative, _index, _tokens.HasHole(), needsNoRollback);

        /// <summary>The statement wraps a nested one (dynamic SQL): keep the inner kind and risk.</summary>
        public SqlStatement Wrap(SqlStatement inner, string prefix)
            => new(inner.Kind, inner.Risk, _tokens.Excerpt(), prefix + inner.Consequence, inner.Alternative, _index, _tokens.HasHole() || inner.HasRuntimeText);
    }
}
