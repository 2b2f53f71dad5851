using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;

namespace AutoMode.Analyzers;

/// <summary>
/// Reads and writes the accepted-risks file, <c>AutoMode.Accepted.json</c>: <c>{ "version": 1, "accepted": [ … ] }</c>,
/// one entry a line, sorted by file, member, rule, hash and occurrence, so that the same set always gives the same
/// bytes and a diff shows exactly the entries added or removed. The one reader and writer for the analyzers, the gate
/// and <c>automode accept</c> (analyzers cannot use System.Text.Json, hence the small JSON reader here).
/// </summary>
internal static class AcceptedRisksFile
{
    public const string FileName = "AutoMode.Accepted.json";
    public const int Version = 1;

    public static bool IsAcceptedRisksFile(string path)
    {
        var name = path.Substring(Math.Max(path.LastIndexOf('/'), path.LastIndexOf('\\')) + 1);
        return name.Equals(FileName, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The entries of a file's text, and a problem (with its 1-based line) for each part that cannot be read.</summary>
    public static (ImmutableArray<AcceptedRisk> Entries, ImmutableArray<(int Line, string Problem)> Problems) Parse(string? text)
    {
        var entries = ImmutableArray.CreateBuilder<AcceptedRisk>();
        var problems = ImmutableArray.CreateBuilder<(int, string)>();
        if (string.IsNullOrWhiteSpace(text))
        {
            return (entries.ToImmutable(), problems.ToImmutable());
        }

        object? root;
        try
        {
            root = new JsonReader(text!).ReadDocument();
        }
        catch (FormatException e)
        {
            problems.Add((JsonReader.LineOf(e), e.Message));
            return (entries.ToImmutable(), problems.ToImmutable());
        }

        if (root is not JsonReader.JsonObject document || !document.Values.TryGetValue("accepted", out var list) || list is not List<object?> items)
        {
            problems.Add((1, "expected an object with an \"accepted\" array"));
            return (entries.ToImmutable(), problems.ToImmutable());
        }

        foreach (var item in items)
        {
            if (item is not JsonReader.JsonObject entry)
            {
                problems.Add((1, "an entry of \"accepted\" is not an object"));
                continue;
            }

            string? Text(string key) => entry.Values.TryGetValue(key, out var v) ? v as string : null;
            var rule = Text("rule");
            var file = Text("file");
            var hash = Text("hash");
            var occurrence = entry.Values.TryGetValue("occurrence", out var o) && o is double d && d >= 0 && d == Math.Floor(d) ? (int)d : -1;
            if (string.IsNullOrEmpty(rule) || string.IsNullOrEmpty(file) || string.IsNullOrEmpty(hash) || occurrence < 0 || Text("member") is null)
            {
                problems.Add((entry.Line, "an entry needs \"rule\", \"file\", \"member\", \"hash\" and \"occurrence\" (a whole number from 0)"));
                continue;
            }

            entries.Add(new AcceptedRisk(rule!, Text("level") ?? string.Empty, file!.Replace('\\', '/'), Text("member")!, hash!, occurrence, Text("by") ?? string.Empty, Text("on") ?? string.Empty, Text("why") ?? string.Empty, entry.Line));
        }

        return (entries.ToImmutable(), problems.ToImmutable());
    }

    /// <summary>The file's text for a set of entries: deterministic order and formatting, one entry a line, a final newline.</summary>
    public static string Write(IEnumerable<AcceptedRisk> entries)
    {
        var sorted = entries
            .GroupBy(e => e.Key, StringComparer.Ordinal).Select(g => g.First())
            .OrderBy(e => e.File, StringComparer.Ordinal)
            .ThenBy(e => e.Member, StringComparer.Ordinal)
            .ThenBy(e => e.Rule, StringComparer.Ordinal)
            .ThenBy(e => e.Hash, StringComparer.Ordinal)
            .ThenBy(e => e.Occurrence)
            .ToList();
        var text = new StringBuilder();
        text.Append("{\n  \"version\": ").Append(Version.ToString(CultureInfo.InvariantCulture)).Append(",\n  \"accepted\": [");
        for (var i = 0; i < sorted.Count; i++)
        {
            var e = sorted[i];
            text.Append(i == 0 ? "\n    { " : ",\n    { ")
                .Append("\"rule\": ").Append(Quote(e.Rule))
                .Append(", \"level\": ").Append(Quote(e.Level))
                .Append(", \"file\": ").Append(Quote(e.File))
                .Append(", \"member\": ").Append(Quote(e.Member))
                .Append(", \"hash\": ").Append(Quote(e.Hash))
                .Append(", \"occurrence\": ").Append(e.Occurrence.ToString(CultureInfo.InvariantCulture))
                .Append(", \"by\": ").Append(Quote(e.By))
                .Append(", \"on\": ").Append(Quote(e.On))
                .Append(", \"why\": ").Append(Quote(e.Why))
                .Append(" }");
        }

        text.Append(sorted.Count == 0 ? "]\n}\n" : "\n  ]\n}\n");
        return text.ToString();
    }

    private static string Quote(string value)
    {
        var text = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': text.Append("\\\""); break;
                case '\\': text.Append("\\\\"); break;
                case '\n': text.Append("\\n"); break;
                case '\r': text.Append("\\r"); break;
                case '\t': text.Append("\\t"); break;
                default:
                    if (c < ' ')
                    {
                        text.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        text.Append(c);
                    }

                    break;
            }
        }

        return text.Append('"').ToString();
    }

    /// <summary>A strict reader of JSON values: objects (with the line they start on), arrays, strings, numbers, true, false, null.</summary>
    private sealed class JsonReader
    {
        private readonly string _text;
        private int _position;
        private int _line = 1;

        public JsonReader(string text) => _text = text;

        public sealed class JsonObject
        {
            public JsonObject(int line) => Line = line;

            public int Line { get; }

            public Dictionary<string, object?> Values { get; } = new(StringComparer.Ordinal);
        }

        public static int LineOf(FormatException e) => e.Data["line"] is int line ? line : 1;

        public object? ReadDocument()
        {
            var value = ReadValue();
            SkipWhitespace();
            if (_position < _text.Length)
            {
                throw Error("unexpected text after the JSON value");
            }

            return value;
        }

        private object? ReadValue()
        {
            SkipWhitespace();
            if (_position >= _text.Length)
            {
                throw Error("unexpected end of the file");
            }

            var c = _text[_position];
            switch (c)
            {
                case '{':
                    return ReadObject();
                case '[':
                    return ReadArray();
                case '"':
                    return ReadString();
                case 't':
                    return ReadWord("true", true);
                case 'f':
                    return ReadWord("false", false);
                case 'n':
                    return ReadWord("null", null);
                default:
                    if (c == '-' || char.IsDigit(c))
                    {
                        return ReadNumber();
                    }

                    throw Error($"unexpected '{c}'");
            }
        }

        private JsonObject ReadObject()
        {
            var result = new JsonObject(_line);
            _position++;
            SkipWhitespace();
            if (Peek() == '}')
            {
                _position++;
                return result;
            }

            while (true)
            {
                SkipWhitespace();
                if (Peek() != '"')
                {
                    throw Error("expected a property name");
                }

                var name = ReadString();
                SkipWhitespace();
                Expect(':');
                result.Values[name] = ReadValue();
                SkipWhitespace();
                if (Peek() == ',')
                {
                    _position++;
                    continue;
                }

                Expect('}');
                return result;
            }
        }

        private List<object?> ReadArray()
        {
            var result = new List<object?>();
            _position++;
            SkipWhitespace();
            if (Peek() == ']')
            {
                _position++;
                return result;
            }

            while (true)
            {
                result.Add(ReadValue());
                SkipWhitespace();
                if (Peek() == ',')
                {
                    _position++;
                    continue;
                }

                Expect(']');
                return result;
            }
        }

        private string ReadString()
        {
            _position++;
            var text = new StringBuilder();
            while (_position < _text.Length)
            {
                var c = _text[_position++];
                if (c == '"')
                {
                    return text.ToString();
                }

                if (c == '\n')
                {
                    throw Error("a string does not end on its line");
                }

                if (c != '\\')
                {
                    text.Append(c);
                    continue;
                }

                if (_position >= _text.Length)
                {
                    break;
                }

                var escaped = _text[_position++];
                switch (escaped)
                {
                    case '"': text.Append('"'); break;
                    case '\\': text.Append('\\'); break;
                    case '/': text.Append('/'); break;
                    case 'b': text.Append('\b'); break;
                    case 'f': text.Append('\f'); break;
                    case 'n': text.Append('\n'); break;
                    case 'r': text.Append('\r'); break;
                    case 't': text.Append('\t'); break;
                    case 'u' when _position + 4 <= _text.Length &&
                        int.TryParse(_text.Substring(_position, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var code):
                        text.Append((char)code);
                        _position += 4;
                        break;
                    default:
                        throw Error($"unknown escape '\\{escaped}'");
                }
            }

            throw Error("a string does not end");
        }

        private double ReadNumber()
        {
            var start = _position;
            while (_position < _text.Length && "+-0123456789.eE".IndexOf(_text[_position]) >= 0)
            {
                _position++;
            }

            if (!double.TryParse(_text.Substring(start, _position - start), NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
            {
                throw Error("not a number");
            }

            return number;
        }

        private object? ReadWord(string word, object? value)
        {
            if (string.CompareOrdinal(_text, _position, word, 0, word.Length) != 0)
            {
                throw Error($"unexpected '{_text[_position]}'");
            }

            _position += word.Length;
            return value;
        }

        private char Peek() => _position < _text.Length ? _text[_position] : '\0';

        private void Expect(char c)
        {
            if (Peek() != c)
            {
                throw Error(_position < _text.Length ? $"expected '{c}' but found '{_text[_position]}'" : $"expected '{c}' but the file ends");
            }

            _position++;
        }

        private void SkipWhitespace()
        {
            while (_position < _text.Length && char.IsWhiteSpace(_text[_position]))
            {
                if (_text[_position] == '\n')
                {
                    _line++;
                }

                _position++;
            }
        }

        private FormatException Error(string message)
        {
            var e = new FormatException($"{message} (line {_line})");
            e.Data["line"] = _line;
            return e;
        }
    }
}
