using System;
using System.Collections.Generic;

namespace AutoMode.Analyzers.Sql;

/// <summary>
/// Cuts a token stream into statements: at <c>;</c> and <c>GO</c>, and, for T-SQL written without semicolons,
/// where a statement keyword starts a new statement at parenthesis depth 0 and cannot continue the current one
/// (<c>ALTER TABLE … DROP</c>, <c>INSERT … SELECT</c>, <c>ON DELETE CASCADE</c>, <c>CASE … END</c> continue it).
/// <c>IF</c>/<c>WHILE</c> conditions and <c>BEGIN</c>/<c>END</c> become their own control statements, so
/// <c>IF OBJECT_ID('t') IS NOT NULL DROP TABLE t</c> yields the <c>DROP TABLE</c>. The body of a T-SQL
/// <c>CREATE PROCEDURE/FUNCTION/TRIGGER … AS</c> runs later, not now: it stays one statement to the batch end.
/// </summary>
internal static class SqlStatementSplitter
{
    private static readonly HashSet<string> Starters = new(StringComparer.OrdinalIgnoreCase)
    {
        "SELECT", "INSERT", "UPDATE", "DELETE", "MERGE", "DROP", "CREATE", "ALTER", "TRUNCATE", "GRANT", "REVOKE",
        "DENY", "EXEC", "EXECUTE", "DECLARE", "SET", "IF", "WHILE", "BEGIN", "END", "PRINT", "RETURN", "USE", "WITH",
        "COMMIT", "ROLLBACK", "SAVEPOINT", "SAVE", "VACUUM", "ANALYZE", "COPY", "CALL", "RENAME", "COMMENT", "REINDEX",
        "CLUSTER", "LOCK", "PRAGMA", "REPLACE", "THROW", "RAISERROR", "WAITFOR", "DO", "START", "REFRESH", "BULK",
        "DBCC", "ELSE", "RESET", "SHOW", "UPSERT",
    };

    /// <summary>Words after which a statement cannot end, so a following keyword continues it.</summary>
    private static readonly HashSet<string> NonTerminal = new(StringComparer.OrdinalIgnoreCase)
    {
        "SELECT", "FROM", "WHERE", "AND", "OR", "NOT", "SET", "INTO", "BY", "AS", "JOIN", "INNER", "LEFT", "RIGHT",
        "OUTER", "CROSS", "FULL", "UNION", "ALL", "DISTINCT", "TOP", "VALUES", "TABLE", "UPDATE", "DELETE", "INSERT",
        "DROP", "ALTER", "CREATE", "TRUNCATE", "IS", "IN", "LIKE", "BETWEEN", "CASE", "WHEN", "THEN", "ELSE", "EXISTS",
        "WITH", "ADD", "COLUMN", "CONSTRAINT", "INDEX", "FOR", "OF", "DO", "IF", "PROCEDURE", "FUNCTION", "EXEC",
        "EXECUTE", "GRANT", "REVOKE", "TO", "USING", "ORDER", "GROUP", "HAVING", "INSTEAD", "AFTER", "BEFORE", "EXCEPT",
        "INTERSECT", "MATCHED", "RETURNING", "OUTPUT", "ON", "KEY", "CONFLICT", "TRIGGER", "VIEW", "DECLARE", "MERGE",
        "ONLY", "ANY", "SOME", "ESCAPE", "OVER", "PARTITION", "LIMIT", "OFFSET", "FETCH", "NEXT", "ROWS", "TYPE",
    };

    public static List<List<SqlToken>> Split(IReadOnlyList<SqlToken> tokens)
    {
        var statements = new List<List<SqlToken>>();
        var current = new List<SqlToken>();
        var depth = 0;
        var caseDepth = 0;
        string? leader = null;
        var bodyMode = BodyMode.None;

        void Flush()
        {
            if (current.Count > 0)
            {
                statements.Add(current);
            }

            current = new List<SqlToken>();
            depth = 0;
            caseDepth = 0;
            leader = null;
            bodyMode = BodyMode.None;
        }

        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.Kind == SqlTokenKind.BatchSeparator)
            {
                Flush();
                continue;
            }

            if (bodyMode == BodyMode.UntilBatchEnd)
            {
                current.Add(token);
                continue;
            }

            if (token.IsPunctuation(";"))
            {
                Flush();
                continue;
            }

            if (current.Count == 0)
            {
                if (token.Is("ELSE"))
                {
                    statements.Add(new List<SqlToken> { token });
                    continue;
                }

                current.Add(token);
                leader = token.IsWord ? token.Text.ToUpperInvariant() : null;
                if (token.Is("CASE"))
                {
                    caseDepth++;
                }

                if (leader is "BEGIN" && !NextIsTransactionWord(tokens, i + 1))
                {
                    Flush(); // a BEGIN … END block: its own control statement
                }
                else if (leader is "END" && caseDepth == 0)
                {
                    if (i + 1 < tokens.Count && (tokens[i + 1].Is("TRY") || tokens[i + 1].Is("CATCH") || tokens[i + 1].Is("IF") || tokens[i + 1].Is("LOOP")))
                    {
                        current.Add(tokens[++i]);
                    }

                    Flush();
                }

                continue;
            }

            if (token.IsPunctuation("("))
            {
                depth++;
            }
            else if (token.IsPunctuation(")"))
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (token.Is("CASE"))
            {
                caseDepth++;
            }
            else if (token.Is("END") && caseDepth > 0)
            {
                caseDepth--;
                current.Add(token);
                continue;
            }

            if (depth == 0 && caseDepth == 0 && token.IsWord && Starters.Contains(token.Text) &&
                !Continues(leader!, current, token, tokens, i))
            {
                Flush(); // after IF/WHILE the condition is a control statement of its own; what follows is what runs

                i--; // start a new statement with this token
                continue;
            }

            if (leader == "WITH" && depth == 0 && token.IsWord && IsDml(token.Text))
            {
                leader = token.Text.ToUpperInvariant();
            }

            if (depth == 0 && token.Is("AS") && (leader is "CREATE" or "ALTER") && IsRoutine(current) &&
                i + 1 < tokens.Count && tokens[i + 1].Kind is not SqlTokenKind.String and not SqlTokenKind.DollarString)
            {
                bodyMode = BodyMode.UntilBatchEnd; // a T-SQL routine body: runs when called, not now
            }

            current.Add(token);
        }

        Flush();
        return statements;
    }

    private enum BodyMode
    {
        None,
        UntilBatchEnd,
    }

    private static bool IsDml(string word)
        => word.Equals("SELECT", StringComparison.OrdinalIgnoreCase) || word.Equals("INSERT", StringComparison.OrdinalIgnoreCase) ||
           word.Equals("UPDATE", StringComparison.OrdinalIgnoreCase) || word.Equals("DELETE", StringComparison.OrdinalIgnoreCase) ||
           word.Equals("MERGE", StringComparison.OrdinalIgnoreCase);

    private static bool NextIsTransactionWord(IReadOnlyList<SqlToken> tokens, int index)
        => index < tokens.Count && (tokens[index].Is("TRAN") || tokens[index].Is("TRANSACTION") || tokens[index].Is("TRY") ||
                                    tokens[index].Is("CATCH") || tokens[index].Is("DISTRIBUTED") || tokens[index].Is("WORK") ||
                                    tokens[index].Is("ISOLATION") || tokens[index].Is("DEFERRED") || tokens[index].Is("IMMEDIATE") ||
                                    tokens[index].Is("EXCLUSIVE") || tokens[index].Is("ATOMIC") ||
                                    tokens[index].IsPunctuation(";") || tokens[index].Kind == SqlTokenKind.BatchSeparator);

    private static bool StartsObject(SqlToken next)
        => next.Is("TABLE") || next.Is("VIEW") || next.Is("PROCEDURE") || next.Is("PROC") || next.Is("FUNCTION") ||
           next.Is("TRIGGER") || next.Is("DATABASE") || next.Is("SCHEMA") || next.Is("SEQUENCE") || next.Is("USER") ||
           next.Is("ROLE") || next.Is("LOGIN") || next.Is("TYPE") || next.Is("MATERIALIZED") || next.Is("UNIQUE") ||
           next.Is("CLUSTERED") || next.Is("NONCLUSTERED");

    private static bool IsRoutine(List<SqlToken> current)
    {
        for (var k = 1; k < current.Count && k < 5; k++)
        {
            if (current[k].Is("PROCEDURE") || current[k].Is("PROC") || current[k].Is("FUNCTION") || current[k].Is("TRIGGER"))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Continues(string leader, List<SqlToken> current, SqlToken token, IReadOnlyList<SqlToken> tokens, int index)
    {
        var previous = current[current.Count - 1];
        var word = token.Text.ToUpperInvariant();

        // START and SAVE begin statements only as START TRANSACTION / SAVE TRAN (CREATE SEQUENCE … START WITH 1).
        if (word is "START" or "SAVE" && !(index + 1 < tokens.Count && (tokens[index + 1].Is("TRANSACTION") || tokens[index + 1].Is("TRAN"))))
        {
            return true;
        }

        // WITH ( … ) is a table hint or an option list, never a new statement.
        if (word == "WITH" && index + 1 < tokens.Count && tokens[index + 1].IsPunctuation("("))
        {
            return true;
        }

        // PL/pgSQL: IF cond THEN stmt; WHILE cond LOOP stmt.
        if (leader is "IF" or "WHILE" or "ELSIF" && (previous.Is("THEN") || previous.Is("LOOP")))
        {
            return false;
        }

        // A statement cannot end on a keyword like FROM or SET, or on punctuation other than ) and *.
        if (previous.Kind == SqlTokenKind.Punctuation && previous.Text != ")" && previous.Text != "*")
        {
            return true;
        }

        if (previous.IsWord && NonTerminal.Contains(previous.Text) && !(previous.Is("ON") && leader is "SET"))
        {
            return true;
        }

        switch (leader)
        {
            case "GRANT":
            case "REVOKE":
            case "DENY":
            case "MERGE":
                return true;
            case "WITH":
                return true;
            case "IF":
            case "WHILE":
                return false;
            case "DROP":
            case "CREATE":
            case "ALTER":
                if (word == "IF" && index + 1 < tokens.Count && (tokens[index + 1].Is("EXISTS") || tokens[index + 1].Is("NOT")))
                {
                    return true;
                }

                if (word is "ALTER" or "DROP" or "CREATE" && index + 1 < tokens.Count && StartsObject(tokens[index + 1]))
                {
                    return false;
                }

                if (leader == "ALTER" && word is "DROP" or "ALTER" or "SET" or "WITH" or "RENAME" or "RESET")
                {
                    return true;
                }

                if (leader == "CREATE" && word is "SELECT" or "WITH" or "EXECUTE" or "EXEC")
                {
                    return true;
                }

                if (leader == "CREATE" && word is "INSERT" or "UPDATE" or "DELETE" && previous.Is("OR"))
                {
                    return true;
                }

                return false;
            case "INSERT":
                return word is "SELECT" or "WITH" or "EXEC" or "EXECUTE" ||
                       (word == "DO" && (previous.Is("CONFLICT") || (previous.IsPunctuation(")") && current.Exists(x => x.Is("CONFLICT"))))) ||
                       (word == "UPDATE" && (previous.Is("KEY") || previous.Is("DO"))) ||
                       (word == "SET" && previous.Kind is SqlTokenKind.Word or SqlTokenKind.QuotedIdentifier);
            case "REPLACE":
            case "UPSERT":
                return word is "SELECT" or "WITH" or "SET";
            case "UPDATE":
                return word is "SET" or "WITH";
            case "DELETE":
                return word is "WITH";
            case "SELECT":
                return false;
            case "DECLARE":
                return false;
            case "BEGIN":
            case "START":
            case "SET":
                return false;
            case "RETURN":
                return word is "SELECT";
            default:
                return false;
        }
    }
}
