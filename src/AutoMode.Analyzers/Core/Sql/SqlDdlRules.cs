namespace AutoMode.Analyzers.Sql;

/// <summary>DROP, CREATE and ALTER of everything but table columns and constraints.</summary>
internal static class SqlDdlRules
{
    public static SqlStatement Drop(SqlTokens t, SqlScriptContext context, SqlStatementRules.Builder builder)
    {
        var i = t.Skip(1, "TEMPORARY");
        var temporary = i > 1;
        var what = i < t.Count ? t[i].Text.ToUpperInvariant() : string.Empty;
        switch (what)
        {
            case "DATABASE":
                return builder.Make(SqlStatementKind.DropDatabase, RiskLevel.Critical, "deletes the whole database and all its data", "Never drop a database from code; back it up and drop it by hand after review.");
            case "SCHEMA":
                return builder.Make(SqlStatementKind.DropSchema, RiskLevel.Critical, "deletes a schema (with CASCADE, every table in it)", "Move what is still needed out of the schema first, back it up, and drop it by hand after review.");
            case "TABLE":
                if (temporary || AllTemporary(t, t.Skip(i + 1, "IF", "EXISTS")))
                {
                    return builder.Make(SqlStatementKind.DropTable, RiskLevel.Low, "drops a temporary table", string.Empty);
                }

                var nameStart = t.Skip(i + 1, "IF", "EXISTS");
                if (nameStart < t.Count && t.HasHole(nameStart, nameStart + 1))
                {
                    // DROP TABLE "{name}": which table is not visible.
                    return context.RuntimeNamedTablesAreTemporary
                        ? builder.Make(SqlStatementKind.DropTable, RiskLevel.Low, "drops a table named at run time, and the same class creates its tables with CREATE TEMP TABLE: a scratch table it made itself", string.Empty)
                        : builder.Make(SqlStatementKind.DropTable, RiskLevel.High, "deletes a table whose name is built at run time; the rule cannot tell which table, so High where a table that holds data would be Critical",
                            "Drop only tables the code created itself (CREATE TEMP TABLE), or name the table in constant text so it can be reviewed.");
                }

                return builder.Make(SqlStatementKind.DropTable, RiskLevel.Critical, "deletes the table and every row in it", "Expand and contract: stop using the table in one release, rename or back it up, and drop it in a later, reviewed migration.");
            case "INDEX":
                return builder.Make(SqlStatementKind.DropIndex, RiskLevel.High, "drops an index; queries that relied on it slow down under load", "Make sure no query plan needs it (check usage statistics) and drop it concurrently, in its own migration.");
            case "VIEW":
            case "MATERIALIZED":
                return builder.Make(SqlStatementKind.DropView, RiskLevel.High, "drops a view that running code may still query", "Stop using the view in one release, drop it in a later one.");
            case "PROCEDURE":
            case "PROC":
            case "FUNCTION":
            case "TRIGGER":
                return builder.Make(SqlStatementKind.DropRoutine, RiskLevel.High, "drops code that the running release or other objects may still call", "Stop calling it in one release, drop it in a later one.");
            default:
                return builder.Make(SqlStatementKind.DropOther, RiskLevel.High, "drops a database object that running code or data may depend on", "Stop depending on it in one release, drop it in a later, reviewed one.");
        }
    }

    private static bool AllTemporary(SqlTokens t, int i)
    {
        var any = false;
        while (i < t.Count)
        {
            var start = i;
            var name = t.ReadName(ref i);
            if (name is null || !name.StartsWith("#", System.StringComparison.Ordinal) || t[start].Kind != SqlTokenKind.Word)
            {
                return false;
            }

            any = true;
            if (i < t.Count && t[i].IsPunctuation(","))
            {
                i++;
                continue;
            }

            break;
        }

        return any;
    }

    public static SqlStatement Create(SqlTokens t, SqlScriptContext context, SqlStatementRules.Builder builder)
    {
        var i = 1;
        var replaces = false;
        if (t.Is(i, "OR") && t.IsAny(i + 1, "REPLACE", "ALTER"))
        {
            replaces = true;
            i += 2;
        }

        i = t.Skip(i, "UNIQUE", "CLUSTERED", "NONCLUSTERED", "COLUMNSTORE", "FULLTEXT", "SPATIAL", "TEMP", "TEMPORARY", "UNLOGGED", "GLOBAL", "LOCAL", "MATERIALIZED", "RECURSIVE", "VIRTUAL", "DEFINER", "TRUSTED", "PROCEDURAL");
        var what = i < t.Count ? t[i].Text.ToUpperInvariant() : string.Empty;
        switch (what)
        {
            case "TABLE":
                var n = t.Skip(i + 1, "IF", "NOT", "EXISTS");
                var table = t.ReadName(ref n);
                if (table is not null)
                {
                    context.CreatedTables.Add(table);
                }

                return builder.Make(SqlStatementKind.CreateTable, RiskLevel.Low, "creates a table", string.Empty);
            case "INDEX":
                return CreateIndex(t, context, builder, i);
            case "VIEW":
                return replaces
                    ? builder.Make(SqlStatementKind.CreateView, RiskLevel.Medium, "replaces a view that running code may query", "Create a new view and move readers to it.")
                    : builder.Make(SqlStatementKind.CreateView, RiskLevel.Low, "creates a view", string.Empty);
            case "PROCEDURE":
            case "PROC":
            case "FUNCTION":
                return replaces
                    ? builder.Make(SqlStatementKind.CreateRoutine, RiskLevel.Medium, "replaces a routine that running code may call", "Create a new version under a new name and move callers to it.")
                    : builder.Make(SqlStatementKind.CreateRoutine, RiskLevel.Low, "creates a routine", string.Empty);
            case "TRIGGER":
                return builder.Make(SqlStatementKind.CreateRoutine, RiskLevel.Medium, "adds a trigger that changes what every write to the table does", "Prefer explicit application logic; test the trigger against production-sized data.");
            case "SCHEMA":
                return builder.Make(SqlStatementKind.CreateSchema, RiskLevel.Low, "creates a schema", string.Empty);
            case "SEQUENCE":
                return builder.Make(SqlStatementKind.CreateSequence, RiskLevel.Low, "creates a sequence", string.Empty);
            case "DATABASE":
                return builder.Make(SqlStatementKind.CreateDatabase, RiskLevel.Low, "creates a database", string.Empty);
            case "USER":
            case "LOGIN":
            case "ROLE":
                return builder.Make(SqlStatementKind.Security, RiskLevel.High, "creates a principal that can access data", "Manage logins, users and roles in the reviewed security configuration.");
            default:
                return builder.Make(SqlStatementKind.CreateOther, replaces ? RiskLevel.Medium : RiskLevel.Low, replaces ? "replaces a database object" : "creates a database object", replaces ? "Create a new object and move users to it." : string.Empty);
        }
    }

    private static SqlStatement CreateIndex(SqlTokens t, SqlScriptContext context, SqlStatementRules.Builder builder, int i)
    {
        if (t.Has("CONCURRENTLY", i))
        {
            return builder.Make(SqlStatementKind.CreateIndex, RiskLevel.Low, "builds an index concurrently, without blocking writes", string.Empty);
        }

        if (HasOnlineOn(t))
        {
            return builder.Make(SqlStatementKind.CreateIndex, RiskLevel.Low, "builds an index online, without blocking writes", string.Empty);
        }

        var on = t.Find("ON", i);
        var n = on + 1;
        n = t.Skip(n, "ONLY");
        var table = on >= 0 ? t.ReadName(ref n) : null;
        if (context.IsNew(table))
        {
            return builder.Make(SqlStatementKind.CreateIndex, RiskLevel.Low, "indexes a table created in the same script (still empty)", string.Empty);
        }

        return builder.Make(SqlStatementKind.CreateIndex, RiskLevel.High, "builds an index while blocking writes to the table", "Build it without blocking writes: CREATE INDEX CONCURRENTLY (PostgreSQL, outside a transaction) or WITH (ONLINE = ON) (SQL Server).");
    }

    /// <summary>T-SQL <c>WITH (ONLINE = ON)</c> or MySQL <c>LOCK = NONE</c>.</summary>
    internal static bool HasOnlineOn(SqlTokens t)
    {
        for (var k = 0; k + 2 < t.Count; k++)
        {
            if ((t.Is(k, "ONLINE") && t.Is(k + 2, "ON") || t.Is(k, "LOCK") && t.Is(k + 2, "NONE")) && t[k + 1].IsPunctuation("="))
            {
                return true;
            }
        }

        return false;
    }

    public static SqlStatement Alter(SqlTokens t, SqlScriptContext context, SqlStatementRules.Builder builder)
    {
        var what = t.Count > 1 ? t[1].Text.ToUpperInvariant() : string.Empty;
        var renames = t.Has("RENAME");
        switch (what)
        {
            case "TABLE":
                return SqlAlterTableRules.AlterTable(t, context, builder);
            case "INDEX":
                if (renames)
                {
                    return builder.Make(SqlStatementKind.AlterIndex, RiskLevel.Low, "renames an index", string.Empty);
                }

                if (t.Has("REBUILD") && !HasOnlineOn(t))
                {
                    return builder.Make(SqlStatementKind.AlterIndex, RiskLevel.High, "rebuilds an index while blocking writes", "Rebuild WITH (ONLINE = ON), or outside peak hours.");
                }

                if (t.Has("DISABLE"))
                {
                    return builder.Make(SqlStatementKind.AlterIndex, RiskLevel.High, "disables an index (a disabled clustered index makes the table unreadable)", "Drop or rebuild the index in a reviewed migration instead.");
                }

                return builder.Make(SqlStatementKind.AlterIndex, t.Has("REORGANIZE") ? RiskLevel.Low : RiskLevel.Medium, "changes an index", "Change indexes in a reviewed migration.");
            case "VIEW":
            case "PROCEDURE":
            case "PROC":
            case "FUNCTION":
            case "TRIGGER":
            case "MATERIALIZED":
                return renames
                    ? builder.Make(SqlStatementKind.Rename, RiskLevel.High, Consequences.Rename, Alternatives.Rename)
                    : builder.Make(SqlStatementKind.AlterRoutine, RiskLevel.Medium, "changes code that running code may call", "Create a new version and move callers to it.");
            case "DATABASE":
                return builder.Make(SqlStatementKind.AlterDatabase, RiskLevel.High, "changes the whole database's settings", "Change database settings by hand, after review.");
            case "USER":
            case "LOGIN":
            case "ROLE":
                return builder.Make(SqlStatementKind.Security, RiskLevel.High, "changes a principal's access", "Manage logins, users and roles in the reviewed security configuration.");
            case "SEQUENCE":
                return t.Has("RESTART")
                    ? builder.Make(SqlStatementKind.AlterOther, RiskLevel.High, "restarts a sequence; new keys may collide with existing rows", "Restart a sequence only above the highest key in use.")
                    : builder.Make(SqlStatementKind.AlterOther, renames ? RiskLevel.High : RiskLevel.Medium, renames ? Consequences.Rename : "changes a sequence", renames ? Alternatives.Rename : "Change sequences in a reviewed migration.");
            case "SCHEMA":
                return t.Has("TRANSFER") || renames
                    ? builder.Make(SqlStatementKind.AlterOther, RiskLevel.High, "moves or renames objects; the running release still uses the old names", Alternatives.Rename)
                    : builder.Make(SqlStatementKind.AlterOther, RiskLevel.Medium, "changes a schema", "Change schemas in a reviewed migration.");
            default:
                return renames
                    ? builder.Make(SqlStatementKind.Rename, RiskLevel.High, Consequences.Rename, Alternatives.Rename)
                    : builder.Make(SqlStatementKind.AlterOther, RiskLevel.Medium, "changes a database object", "Change it in a reviewed migration.");
        }
    }
}
