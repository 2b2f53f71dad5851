using System.Collections.Generic;

namespace AutoMode.Analyzers.Sql;

/// <summary>
/// <c>ALTER TABLE</c>, action by action (<c>ADD …, DROP …</c>); the worst action decides. T-SQL lists without a
/// verb (<c>ADD a int, b int</c>, <c>DROP COLUMN a, b</c>) inherit the verb of the action before.
/// </summary>
internal static class SqlAlterTableRules
{
    private static readonly HashSet<string> Verbs = new(System.StringComparer.OrdinalIgnoreCase)
    {
        "ADD", "DROP", "ALTER", "MODIFY", "CHANGE", "RENAME", "SET", "RESET", "ENABLE", "DISABLE", "VALIDATE", "NOCHECK",
        "CHECK", "WITH", "SWITCH", "OWNER", "INHERIT", "NO", "CLUSTER", "REPLICA", "ATTACH", "DETACH", "REBUILD", "LOCK",
        "ALGORITHM", "FORCE", "CONVERT",
    };

    private readonly struct Finding
    {
        public Finding(RiskLevel risk, string consequence, string alternative)
        {
            Risk = risk;
            Consequence = consequence;
            Alternative = alternative;
        }

        public RiskLevel Risk { get; }
        public string Consequence { get; }
        public string Alternative { get; }
    }

    public static SqlStatement AlterTable(SqlTokens t, SqlScriptContext context, SqlStatementRules.Builder builder)
    {
        var i = t.Skip(2, "IF", "EXISTS", "ONLY");
        var table = t.ReadName(ref i);
        if (i < t.Count && t[i].IsPunctuation("*"))
        {
            i++;
        }

        var isNew = context.IsNew(table);
        var noCheck = false;
        Finding? worst = null;
        string[]? inherited = null;
        foreach (var (start, end) in Actions(t, i))
        {
            var verbIndex = start;
            if (t.Is(verbIndex, "WITH") && t.IsAny(verbIndex + 1, "NOCHECK", "CHECK"))
            {
                noCheck = t.Is(verbIndex + 1, "NOCHECK");
                verbIndex += 2;
            }

            if (verbIndex >= end)
            {
                continue;
            }

            Finding finding;
            if (t[verbIndex].IsWord && Verbs.Contains(t[verbIndex].Text))
            {
                var verb = t[verbIndex].Text.ToUpperInvariant();
                inherited = new[] { verb, verbIndex + 1 < end ? t[verbIndex + 1].Text.ToUpperInvariant() : string.Empty };
                finding = Classify(t, verb, verbIndex + 1, end, noCheck, isNew);
            }
            else if (inherited is not null)
            {
                finding = Classify(t, inherited[0], verbIndex, end, noCheck, isNew, inherited[1] is "COLUMN" or "CONSTRAINT" ? inherited[1] : null);
            }
            else
            {
                finding = new Finding(RiskLevel.Medium, "changes the table", "Change it in a reviewed migration.");
            }

            if (worst is null || finding.Risk > worst.Value.Risk)
            {
                worst = finding;
            }
        }

        var result = worst ?? new Finding(RiskLevel.Medium, "changes the table", "Change it in a reviewed migration.");
        return builder.Make(result.Risk == RiskLevel.High && result.Consequence == Consequences.Rename ? SqlStatementKind.Rename : SqlStatementKind.AlterTable, result.Risk, result.Consequence, result.Alternative);
    }

    private static IEnumerable<(int Start, int End)> Actions(SqlTokens t, int from)
    {
        var start = from;
        for (var k = from; k <= t.Count; k++)
        {
            if (k == t.Count || (t.Depth(k) == 0 && t[k].IsPunctuation(",")))
            {
                if (k > start)
                {
                    yield return (start, k);
                }

                start = k + 1;
            }
        }
    }

    private static Finding Classify(SqlTokens t, string verb, int i, int end, bool noCheck, bool isNew, string? inheritedObject = null)
    {
        switch (verb)
        {
            case "ADD":
                return Add(t, i, end, noCheck, isNew, inheritedObject);
            case "DROP":
                return Drop(t, i, inheritedObject);
            case "ALTER":
                return AlterColumn(t, i, end);
            case "MODIFY":
            case "CHANGE":
                return new Finding(RiskLevel.High, "changes a column's definition: the table is rewritten under lock and existing values may be truncated or rejected", TypeChangeAlternative);
            case "RENAME":
                if (t.Is(i, "INDEX") || t.Is(i, "KEY"))
                {
                    return new Finding(RiskLevel.Low, "renames an index", string.Empty);
                }

                return new Finding(RiskLevel.High, Consequences.Rename, Alternatives.Rename);
            case "SET":
                if (t.IsAny(i, "SCHEMA", "LOGGED", "UNLOGGED", "TABLESPACE"))
                {
                    return new Finding(RiskLevel.High, t.Is(i, "SCHEMA") ? Consequences.Rename : "rewrites the table under an exclusive lock", t.Is(i, "SCHEMA") ? Alternatives.Rename : "Do it in a maintenance window.");
                }

                return new Finding(RiskLevel.Medium, "changes table settings", "Change it in a reviewed migration.");
            case "VALIDATE":
                // Writes go on, but every existing row is read and checked; one violating row fails the migration.
                return new Finding(RiskLevel.Medium, "validates a constraint against every existing row: the whole table is scanned and the step fails if one row violates it", "Look for violating rows first (a SELECT with the constraint's condition) and validate at a quiet time, in its own migration.");
            case "NOCHECK":
                return new Finding(RiskLevel.Medium, "stops enforcing a constraint; invalid rows can be written", "Keep constraints enforced; fix the data instead.");
            case "SWITCH":
            case "ATTACH":
            case "DETACH":
                return new Finding(RiskLevel.High, "moves a partition and its rows in or out of the table", "Move partitions by hand, after review.");
            default:
                return new Finding(RiskLevel.Medium, "changes the table", "Change it in a reviewed migration.");
        }
    }

    private const string TypeChangeAlternative = "Expand and contract: add a new column of the new type, backfill it in batches, switch readers, then drop the old column later.";

    private static Finding Add(SqlTokens t, int i, int end, bool noCheck, bool isNew, string? inheritedObject)
    {
        i = t.Skip(i, "COLUMN", "IF", "NOT", "EXISTS");
        var constraint = t.Is(i, "CONSTRAINT") || inheritedObject == "CONSTRAINT";
        var c = t.Is(i, "CONSTRAINT") ? i + 2 : i;
        if (constraint || t.IsAny(c, "PRIMARY", "UNIQUE", "FOREIGN", "CHECK", "INDEX", "KEY", "DEFAULT", "PERIOD", "FULLTEXT", "SPATIAL", "EXCLUDE"))
        {
            return AddConstraint(t, c, end, noCheck, isNew);
        }

        if (isNew)
        {
            return new Finding(RiskLevel.Low, "adds a column to a table created in the same script", string.Empty);
        }

        // A column definition: name type [constraints].
        var hasDefault = t.Has("DEFAULT", i, end);
        var notNull = t.HasPair("NOT", "NULL", i, end);
        if (t.Has("IDENTITY", i, end) || t.Has("AUTO_INCREMENT", i, end) || t.IsAny(i + 1, "SERIAL", "BIGSERIAL", "SMALLSERIAL") ||
            (t.Has("GENERATED", i, end) && t.Has("STORED", i, end)) || t.Has("PERSISTED", i, end))
        {
            return new Finding(RiskLevel.High, "adds a generated column: every existing row is filled in while the table is locked", "Add the column nullable, backfill it in batches, then add the constraint or default.");
        }

        if (hasDefault && DefaultCallsFunction(t, t.Find("DEFAULT", i, end) + 1, end))
        {
            return new Finding(RiskLevel.High, "adds a column whose default is computed by a function: many engines rewrite every row under lock", "Add the column nullable without a default, backfill it in batches, then set the default.");
        }

        if (notNull && !hasDefault)
        {
            return new Finding(RiskLevel.High, "adds a NOT NULL column without a default: it fails on a table with rows, or rewrites it", "Add the column nullable, backfill it in batches, then make it NOT NULL (or give it a constant default).");
        }

        return new Finding(RiskLevel.Low, "adds a column", string.Empty);
    }

    private static bool DefaultCallsFunction(SqlTokens t, int i, int end)
    {
        for (var k = i; k < end && k < i + 3; k++)
        {
            if (t[k].IsWord && k + 1 < end && t[k + 1].IsPunctuation("(") && !t.IsAny(k, "NOT", "NULL", "CONSTRAINT"))
            {
                return true;
            }

            if (t[k].IsPunctuation("(") && k + 2 < end && t[k + 1].IsWord && t[k + 2].IsPunctuation("("))
            {
                return true;
            }
        }

        return false;
    }

    private static Finding AddConstraint(SqlTokens t, int i, int end, bool noCheck, bool isNew)
    {
        var notValid = t.HasPair("NOT", "VALID", i, end);
        if (isNew)
        {
            return new Finding(RiskLevel.Low, "adds a constraint to a table created in the same script", string.Empty);
        }

        if (t.Has("FOREIGN", i, end) || t.Has("REFERENCES", i, end))
        {
            return notValid || noCheck
                ? new Finding(RiskLevel.Low, "adds a foreign key without validating existing rows", string.Empty)
                : new Finding(RiskLevel.High, "adds a foreign key: every existing row is validated while writes to both tables are blocked", "Add it NOT VALID (PostgreSQL) or WITH NOCHECK (SQL Server), then VALIDATE CONSTRAINT in a separate step.");
        }

        if (t.Has("CHECK", i, end))
        {
            return notValid || noCheck
                ? new Finding(RiskLevel.Low, "adds a check constraint without validating existing rows", string.Empty)
                : new Finding(RiskLevel.Medium, "adds a check constraint: every existing row is validated under lock", "Add it NOT VALID, then VALIDATE CONSTRAINT in a separate step.");
        }

        if (t.Has("DEFAULT", i, end))
        {
            return new Finding(RiskLevel.Low, "adds a default", string.Empty);
        }

        if (t.HasPair("USING", "INDEX", i, end))
        {
            return new Finding(RiskLevel.Low, "adds a constraint on an index that already exists", string.Empty);
        }

        if (t.Has("INDEX", i, end) || t.Has("KEY", i, end) && !t.Has("PRIMARY", i, end) && !t.Has("UNIQUE", i, end))
        {
            return new Finding(RiskLevel.High, "builds an index while blocking writes to the table", "Create the index concurrently or online in its own statement.");
        }

        return new Finding(RiskLevel.Medium, "adds a key: an index is built and every row validated under lock", "Build a unique index concurrently first, then add the constraint USING INDEX.");
    }

    private static Finding Drop(SqlTokens t, int i, string? inheritedObject)
    {
        var what = inheritedObject ?? (i < t.Count ? t[i].Text.ToUpperInvariant() : "COLUMN");
        if (inheritedObject is null && t.IsAny(i, "CONSTRAINT", "INDEX", "KEY", "PRIMARY", "FOREIGN", "CHECK", "DEFAULT", "PERIOD", "SYSTEM"))
        {
            what = t[i].Text.ToUpperInvariant();
        }
        else if (inheritedObject is null)
        {
            what = "COLUMN";
        }

        switch (what)
        {
            case "COLUMN":
                return new Finding(RiskLevel.Critical, "deletes a column and every value in it", "Expand and contract: stop reading and writing the column in one release, back it up, and drop it in a later migration.");
            case "DEFAULT":
            case "PERIOD":
            case "SYSTEM":
                return new Finding(RiskLevel.Low, "drops a default or a period definition", string.Empty);
            case "INDEX":
            case "KEY":
                return new Finding(RiskLevel.High, "drops an index; queries that relied on it slow down under load", "Check that no query needs it, then drop it concurrently in its own migration.");
            default:
                return new Finding(RiskLevel.High, "drops a constraint: the database stops protecting the integrity of the data", "Keep the constraint until no code needs it; drop it in its own reviewed migration.");
        }
    }

    private static Finding AlterColumn(SqlTokens t, int i, int end)
    {
        i = t.Skip(i, "COLUMN");
        var name = i;
        var k = name + 1;
        if (t.IsAny(k, "TYPE") || t.Is(k, "SET") && t.Is(k + 1, "DATA"))
        {
            return new Finding(RiskLevel.High, "changes a column's type: the table is rewritten under lock and existing values may be truncated or rejected", TypeChangeAlternative);
        }

        if (t.Is(k, "SET") && t.Is(k + 1, "NOT") && t.Is(k + 2, "NULL"))
        {
            return new Finding(RiskLevel.High, "makes a column NOT NULL: every row is scanned under an exclusive lock, and it fails if a NULL exists", "Add a CHECK (col IS NOT NULL) NOT VALID constraint, VALIDATE it, then SET NOT NULL.");
        }

        if (t.IsAny(k, "SET", "DROP", "RESET", "ADD", "RESTART") || t.IsAny(k, "OPTIONS"))
        {
            if (t.Is(k, "DROP") && t.Is(k + 1, "EXPRESSION"))
            {
                return new Finding(RiskLevel.Medium, "turns a generated column into a plain one", "Do it in a reviewed migration.");
            }

            return new Finding(RiskLevel.Low, "changes a column's default, statistics or nullability to NULL", string.Empty);
        }

        // T-SQL: ALTER COLUMN name type [NULL | NOT NULL]
        return new Finding(RiskLevel.High, "changes a column's type or nullability: every row is rewritten or validated under lock, and values may be truncated or rejected", TypeChangeAlternative);
    }
}
