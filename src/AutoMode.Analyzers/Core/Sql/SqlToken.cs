namespace AutoMode.Analyzers.Sql;

internal enum SqlTokenKind
{
    /// <summary>An unquoted word: a keyword or an identifier (<c>DROP</c>, <c>Orders</c>, <c>#temp</c>).</summary>
    Word,

    /// <summary><c>"x"</c>, <c>[x]</c> or <c>`x`</c>: never a keyword.</summary>
    QuotedIdentifier,

    /// <summary><c>'…'</c>, <c>N'…'</c>, <c>E'…'</c>: a value, never SQL.</summary>
    String,

    /// <summary>PostgreSQL <c>$$…$$</c> / <c>$tag$…$tag$</c>: a function body or a value.</summary>
    DollarString,

    Number,

    /// <summary><c>@p</c>, <c>@@ROWCOUNT</c>, <c>:name</c>, <c>$1</c>, <c>?</c>.</summary>
    Parameter,

    /// <summary>One punctuation character (<c>;</c>, <c>(</c>, <c>,</c>, <c>=</c>…) or <c>::</c>.</summary>
    Punctuation,

    /// <summary>The T-SQL batch separator <c>GO</c> alone on its line.</summary>
    BatchSeparator,

    /// <summary>A part of the text the compiler could not see (built at run time).</summary>
    Hole,
}

/// <summary>One significant token of SQL text; comments and whitespace are dropped.</summary>
internal readonly struct SqlToken
{
    public SqlToken(SqlTokenKind kind, string text, int start, string? content = null)
    {
        Kind = kind;
        Text = text;
        Start = start;
        Content = content ?? text;
    }

    public SqlTokenKind Kind { get; }

    /// <summary>The token as written.</summary>
    public string Text { get; }

    /// <summary>Offset in the classified text.</summary>
    public int Start { get; }

    /// <summary>The inner text of a string or quoted identifier (quotes and escapes removed).</summary>
    public string Content { get; }

    public bool IsWord => Kind == SqlTokenKind.Word;

    /// <summary>Whether this is the unquoted keyword <paramref name="keyword"/> (case-insensitive).</summary>
    public bool Is(string keyword) => Kind == SqlTokenKind.Word && string.Equals(Text, keyword, System.StringComparison.OrdinalIgnoreCase);

    public bool IsPunctuation(string punctuation) => Kind == SqlTokenKind.Punctuation && Text == punctuation;

    public override string ToString() => Text;
}
