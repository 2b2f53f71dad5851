namespace AutoMode.Analyzers.Sql;

/// <summary>One classified statement: its kind, its risk, and what to say about it.</summary>
internal sealed class SqlStatement
{
    public SqlStatement(SqlStatementKind kind, RiskLevel risk, string text, string consequence, string alternative, int index, bool hasRuntimeText, bool needsNoRollback = false)
    {
        NeedsNoRollback = needsNoRollback;
        Kind = kind;
        Risk = risk;
        Text = text;
        Consequence = consequence;
        Alternative = alternative;
        Index = index;
        HasRuntimeText = hasRuntimeText;
    }

    public SqlStatementKind Kind { get; }

    public RiskLevel Risk { get; }

    /// <summary>The statement, whitespace collapsed, string literals masked (never prints a value or a secret), shortened.</summary>
    public string Text { get; }

    /// <summary>What it does to the database, e.g. "deletes the table and every row in it".</summary>
    public string Consequence { get; }

    /// <summary>The safe way to get the same result; empty for Low statements.</summary>
    public string Alternative { get; }

    /// <summary>0-based position among the statements of the text.</summary>
    public int Index { get; }

    /// <summary>Whether a part of this statement was built at run time (a hole the compiler could not see).</summary>
    public bool HasRuntimeText { get; }

    /// <summary>
    /// Whether the statement changes nothing a rollback would need (it only fills columns that are still empty, replaces
    /// NULLs, or deletes rows that reference nothing): a migration's Down need not undo it (AM2005).
    /// </summary>
    public bool NeedsNoRollback { get; }

    public override string ToString() => $"{Kind} ({Risk}): {Text}";
}
