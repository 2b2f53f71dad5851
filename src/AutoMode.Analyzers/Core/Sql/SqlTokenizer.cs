using System.Collections.Generic;
using System.Text;

namespace AutoMode.Analyzers.Sql;

/// <summary>
/// Splits SQL text into tokens the way the major dialects read it: <c>--</c> and (nested) <c>/* */</c> comments
/// are dropped; <c>'…'</c> strings (with <c>N</c>/<c>E</c>/<c>X</c>/<c>B</c> prefixes), <c>"…"</c>, <c>[…]</c>
/// and <c>`…`</c> quoted identifiers, and PostgreSQL dollar quoting are single tokens, so no keyword is ever
/// found inside them. <see cref="Values.SymbolicString.UnknownMarker"/> becomes a <see cref="SqlTokenKind.Hole"/>.
/// </summary>
internal static class SqlTokenizer
{
    public const char HoleMarker = '\0';

    public static List<SqlToken> Tokenize(string text)
    {
        var tokens = new List<SqlToken>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            var start = i;
            if (c == HoleMarker)
            {
                i++;
                tokens.Add(new SqlToken(SqlTokenKind.Hole, "…", start));
            }
            else if (c == '-' && Peek(text, i + 1) == '-')
            {
                while (i < text.Length && text[i] != '\n')
                {
                    i++;
                }
            }
            else if (c == '/' && Peek(text, i + 1) == '*')
            {
                i = SkipBlockComment(text, i);
            }
            else if (c == '\'')
            {
                i = ReadQuoted(text, i, '\'', '\'', backslashEscapes: false, out var content);
                tokens.Add(new SqlToken(SqlTokenKind.String, text.Substring(start, i - start), start, content));
            }
            else if (c == '"' || c == '`')
            {
                i = ReadQuoted(text, i, c, c, backslashEscapes: false, out var content);
                tokens.Add(new SqlToken(SqlTokenKind.QuotedIdentifier, text.Substring(start, i - start), start, content));
            }
            else if (c == '[')
            {
                i = ReadQuoted(text, i, '[', ']', backslashEscapes: false, out var content);
                tokens.Add(new SqlToken(SqlTokenKind.QuotedIdentifier, text.Substring(start, i - start), start, content));
            }
            else if (c == '$' && TryReadDollarQuote(text, i, out var end, out var body))
            {
                i = end;
                tokens.Add(new SqlToken(SqlTokenKind.DollarString, text.Substring(start, i - start), start, body));
            }
            else if (c == '$' && char.IsDigit(Peek(text, i + 1)))
            {
                i++;
                while (i < text.Length && char.IsDigit(text[i]))
                {
                    i++;
                }

                tokens.Add(new SqlToken(SqlTokenKind.Parameter, text.Substring(start, i - start), start));
            }
            else if ((c == '@' || c == ':') && IsWordStart(Peek(text, i + 1)) || c == '@' && Peek(text, i + 1) == '@')
            {
                i++;
                while (i < text.Length && (IsWordPart(text[i]) || text[i] == '@'))
                {
                    i++;
                }

                tokens.Add(new SqlToken(SqlTokenKind.Parameter, text.Substring(start, i - start), start));
            }
            else if (c == '?')
            {
                i++;
                tokens.Add(new SqlToken(SqlTokenKind.Parameter, "?", start));
            }
            else if (char.IsDigit(c) || (c == '.' && char.IsDigit(Peek(text, i + 1))))
            {
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] == '.' || text[i] == '_'))
                {
                    i++;
                }

                tokens.Add(new SqlToken(SqlTokenKind.Number, text.Substring(start, i - start), start));
            }
            else if (IsWordStart(c))
            {
                while (i < text.Length && IsWordPart(text[i]))
                {
                    i++;
                }

                var word = text.Substring(start, i - start);
                if (word.Length == 1 && Peek(text, i) == '\'' && "NnEeXxBb".IndexOf(word[0]) >= 0)
                {
                    var escapes = word[0] is 'E' or 'e';
                    i = ReadQuoted(text, i, '\'', '\'', escapes, out var content);
                    tokens.Add(new SqlToken(SqlTokenKind.String, text.Substring(start, i - start), start, content));
                }
                else if (IsBatchSeparator(text, start, i, word))
                {
                    while (i < text.Length && text[i] != '\n')
                    {
                        i++;
                    }

                    tokens.Add(new SqlToken(SqlTokenKind.BatchSeparator, word, start));
                }
                else
                {
                    tokens.Add(new SqlToken(SqlTokenKind.Word, word, start));
                }
            }
            else if (c == ':' && Peek(text, i + 1) == ':')
            {
                i += 2;
                tokens.Add(new SqlToken(SqlTokenKind.Punctuation, "::", start));
            }
            else
            {
                i++;
                tokens.Add(new SqlToken(SqlTokenKind.Punctuation, c.ToString(), start));
            }
        }

        return tokens;
    }

    private static char Peek(string text, int index) => index < text.Length ? text[index] : '\uffff';

    private static bool IsWordStart(char c) => char.IsLetter(c) || c == '_' || c == '#';

    private static bool IsWordPart(char c) => char.IsLetterOrDigit(c) || c == '_' || c == '#' || c == '$';

    private static int SkipBlockComment(string text, int i)
    {
        var depth = 0;
        while (i < text.Length)
        {
            if (text[i] == '/' && Peek(text, i + 1) == '*')
            {
                depth++;
                i += 2;
            }
            else if (text[i] == '*' && Peek(text, i + 1) == '/')
            {
                depth--;
                i += 2;
                if (depth == 0)
                {
                    return i;
                }
            }
            else
            {
                i++;
            }
        }

        return i;
    }

    /// <summary>Reads from the opening quote at <paramref name="i"/>; a doubled closing quote is an escaped one.</summary>
    private static int ReadQuoted(string text, int i, char open, char close, bool backslashEscapes, out string content)
    {
        var builder = new StringBuilder();
        i++;
        while (i < text.Length)
        {
            var c = text[i];
            if (backslashEscapes && c == '\\' && i + 1 < text.Length)
            {
                builder.Append(text[i + 1]);
                i += 2;
                continue;
            }

            if (c == close)
            {
                if (Peek(text, i + 1) == close)
                {
                    builder.Append(close);
                    i += 2;
                    continue;
                }

                content = builder.ToString();
                return i + 1;
            }

            builder.Append(c);
            i++;
        }

        content = builder.ToString();
        return i;
    }

    private static bool TryReadDollarQuote(string text, int i, out int end, out string body)
    {
        end = i;
        body = string.Empty;
        var j = i + 1;
        while (j < text.Length && (char.IsLetterOrDigit(text[j]) || text[j] == '_'))
        {
            if (j == i + 1 && char.IsDigit(text[j]))
            {
                return false;
            }

            j++;
        }

        if (j >= text.Length || text[j] != '$')
        {
            return false;
        }

        var tag = text.Substring(i, j - i + 1);
        var close = text.IndexOf(tag, j + 1, System.StringComparison.Ordinal);
        if (close < 0)
        {
            body = text.Substring(j + 1);
            end = text.Length;
            return true;
        }

        body = text.Substring(j + 1, close - j - 1);
        end = close + tag.Length;
        return true;
    }

    private static bool IsBatchSeparator(string text, int start, int end, string word)
    {
        if (!string.Equals(word, "GO", System.StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        for (var k = start - 1; k >= 0 && text[k] != '\n'; k--)
        {
            if (!char.IsWhiteSpace(text[k]))
            {
                return false;
            }
        }

        for (var k = end; k < text.Length && text[k] != '\n'; k++)
        {
            if (!char.IsWhiteSpace(text[k]) && !char.IsDigit(text[k]))
            {
                return false;
            }
        }

        return true;
    }
}
