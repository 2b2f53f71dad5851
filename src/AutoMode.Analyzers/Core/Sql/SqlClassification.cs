using System.Collections.Immutable;

namespace AutoMode.Analyzers.Sql;

/// <summary>The result of <see cref="SqlClassifier.Classify(string)"/>: every statement, and the worst one.</summary>
internal sealed class SqlClassification
{
    public SqlClassification(ImmutableArray<SqlStatement> statements)
    {
        Statements = statements;
        SqlStatement? worst = null;
        foreach (var statement in statements)
        {
            if (worst is null || statement.Risk > worst.Risk || (statement.Risk == worst.Risk && IsScaffolding(worst.Kind) && !IsScaffolding(statement.Kind)))
            {
                worst = statement;
            }

            HasRuntimeText |= statement.HasRuntimeText;
        }

        Worst = worst;
    }

    public ImmutableArray<SqlStatement> Statements { get; }

    /// <summary>Control flow, session and transaction statements name the text only when nothing else has their risk.</summary>
    private static bool IsScaffolding(SqlStatementKind kind)
        => kind is SqlStatementKind.Control or SqlStatementKind.Session or SqlStatementKind.Transaction;

    /// <summary>The first statement of the highest risk; null when the text has no statement.</summary>
    public SqlStatement? Worst { get; }

    /// <summary>The worst statement's risk; Low for an empty text.</summary>
    public RiskLevel Risk => Worst?.Risk ?? RiskLevel.Low;

    /// <summary>The worst statement's kind; Unknown for an empty text.</summary>
    public SqlStatementKind Kind => Worst?.Kind ?? SqlStatementKind.Unknown;

    /// <summary>Whether some part of the text was built at run time (only for text resolved from C#).</summary>
    public bool HasRuntimeText { get; }

    public bool IsEmpty => Statements.IsEmpty;
}
