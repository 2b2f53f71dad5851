using System;
using System.Collections.Generic;
using System.Text;

namespace AutoMode.Analyzers.Sql;

/// <summary>Read helpers over the tokens of one statement (keywords match case-insensitively, at parenthesis depth 0).</summary>
internal sealed class SqlTokens
{
    private readonly IReadOnlyList<SqlToken> _tokens;
    private readonly int[] _depths;

    public SqlTokens(IReadOnlyList<SqlToken> tokens)
    {
        _tokens = tokens;
        _depths = new int[tokens.Count];
        var depth = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].IsPunctuation(")"))
            {
                depth = Math.Max(0, depth - 1);
            }

            _depths[i] = depth;
            if (tokens[i].IsPunctuation("("))
            {
                depth++;
            }
        }
    }

    public int Count => _tokens.Count;

    public SqlToken this[int index] => _tokens[index];

    public bool Is(int index, string keyword) => index >= 0 && index < _tokens.Count && _tokens[index].Is(keyword);

    public bool IsAny(int index, params string[] keywords)
    {
        foreach (var keyword in keywords)
        {
            if (Is(index, keyword))
            {
                return true;
            }
        }

        return false;
    }

    public int Depth(int index) => index < _depths.Length ? _depths[index] : 0;

    /// <summary>The index of the first <paramref name="keyword"/> at depth 0 at or after <paramref name="from"/>, or -1.</summary>
    public int Find(string keyword, int from = 0, int to = int.MaxValue)
    {
        for (var i = Math.Max(0, from); i < _tokens.Count && i < to; i++)
        {
            if (_depths[i] == 0 && _tokens[i].Is(keyword))
            {
                return i;
            }
        }

        return -1;
    }

    public bool Has(string keyword, int from = 0, int to = int.MaxValue) => Find(keyword, from, to) >= 0;

    /// <summary>Whether <paramref name="first"/> is directly followed by <paramref name="second"/> somewhere at depth 0.</summary>
    public bool HasPair(string first, string second, int from = 0, int to = int.MaxValue)
    {
        for (var i = Find(first, from, to); i >= 0; i = Find(first, i + 1, to))
        {
            if (Is(i + 1, second))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a hole (text built at run time) occurs in [from, to), including one inside a string literal or quoted
    /// identifier: <c>'{name}'</c> can close the quote and append any statement.
    /// </summary>
    public bool HasHole(int from = 0, int to = int.MaxValue)
    {
        for (var i = Math.Max(0, from); i < _tokens.Count && i < to; i++)
        {
            if (_tokens[i].Kind == SqlTokenKind.Hole || _tokens[i].Text.IndexOf(SqlTokenizer.HoleMarker) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Skips the given optional keywords in order, each at most once; returns the next index.</summary>
    public int Skip(int index, params string[] optional)
    {
        var moved = true;
        while (moved)
        {
            moved = false;
            foreach (var keyword in optional)
            {
                if (Is(index, keyword))
                {
                    index++;
                    moved = true;
                }
            }
        }

        return index;
    }

    /// <summary>Reads a possibly qualified name (<c>dbo.[Orders]</c>) at <paramref name="index"/>; the last part, unquoted, lower-cased.</summary>
    public string? ReadName(ref int index)
    {
        string? last = null;
        while (index < _tokens.Count)
        {
            var token = _tokens[index];
            if (token.Kind is SqlTokenKind.Word or SqlTokenKind.QuotedIdentifier or SqlTokenKind.Hole or SqlTokenKind.Parameter)
            {
                last = token.Kind == SqlTokenKind.Hole ? "\0" : token.Content.ToLowerInvariant();
                index++;
                if (index < _tokens.Count && _tokens[index].IsPunctuation("."))
                {
                    index++;
                    continue;
                }
            }

            break;
        }

        return last;
    }

    /// <summary>The statement for a message: whitespace collapsed, string literals masked, at most <paramref name="max"/> characters.</summary>
    public string Excerpt(int from = 0, int max = 80)
    {
        var text = new StringBuilder();
        for (var i = from; i < _tokens.Count; i++)
        {
            var token = _tokens[i];
            var piece = token.Kind switch
            {
                SqlTokenKind.String => "'…'",
                SqlTokenKind.DollarString => "$$…$$",
                SqlTokenKind.Hole => "…",
                _ => token.Text,
            };

            var previous = i > from ? _tokens[i - 1] : default;
            var glue = i == from || token.IsPunctuation(",") || token.IsPunctuation(")") || token.IsPunctuation(".") ||
                       previous.IsPunctuation("(") || previous.IsPunctuation(".") || token.IsPunctuation("::") || previous.IsPunctuation("::") ||
                       (token.IsPunctuation("(") && previous.Kind is SqlTokenKind.Word or SqlTokenKind.QuotedIdentifier && !IsKeywordBeforeParen(previous));
            if (!glue)
            {
                text.Append(' ');
            }

            text.Append(piece);
            if (text.Length > max)
            {
                return text.ToString(0, max - 1).TrimEnd() + "…";
            }
        }

        return text.ToString();
    }

    private static bool IsKeywordBeforeParen(SqlToken token)
        => token.Is("IN") || token.Is("EXISTS") || token.Is("VALUES") || token.Is("AS") || token.Is("ON") || token.Is("KEY") ||
           token.Is("CHECK") || token.Is("REFERENCES") || token.Is("WITH") || token.Is("TABLE");
}
