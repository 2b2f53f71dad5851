using System.Collections.Generic;
using System.Text;

namespace AutoMode.Analyzers.Commands;

/// <summary>
/// The one shell tokenizer: reads a command line as bash, PowerShell or cmd.exe would split it — quotes, escapes,
/// <c>&amp;&amp; || ; &amp; |</c>, new lines, comments, redirections, heredocs and here-strings, and the code nested in
/// <c>$(…)</c>, backticks, subshells and script blocks (kept as text in <see cref="ShellScript.Nested"/>, read by
/// <see cref="CommandWalker"/>). It never throws: an unterminated quote or bracket runs to the end of the text.
/// </summary>
internal sealed class ShellParser
{
    private readonly string _text;
    private readonly ShellKind _shell;
    private readonly ShellScript _script;
    private readonly List<(SimpleCommand Command, string Delimiter, bool StripTabs)> _heredocs = new();
    private readonly StringBuilder _word = new();
    private int _i;
    private bool _inWord;
    private bool _quoted;
    private bool _expanded;
    private string? _pendingRedirect;
    private bool _pendingHereString;
    private bool _pendingHeredoc;
    private bool _pendingHeredocStrip;
    private ShellPipeline _pipeline = new();
    private SimpleCommand _command = new();

    private ShellParser(string text, ShellKind shell)
    {
        _text = text ?? string.Empty;
        _shell = shell;
        _script = new ShellScript(shell);
    }

    private char Escape => _shell switch { ShellKind.Bash => '\\', ShellKind.PowerShell => '`', _ => '^' };

    public static ShellScript Parse(string text, ShellKind shell)
    {
        var parser = new ShellParser(text, shell);
        parser.Run();
        return parser._script;
    }

    /// <summary>The words of a text as the shell splits them, operators (<c>&amp;&amp; || ; | &amp;</c>) as words of their own.</summary>
    public static IEnumerable<string> Words(string text, ShellKind shell = ShellKind.Bash)
    {
        var script = Parse(text, shell);
        var first = true;
        foreach (var pipeline in script.Pipelines)
        {
            if (!first)
            {
                yield return ";";
            }

            first = false;
            for (var c = 0; c < pipeline.Commands.Count; c++)
            {
                if (c > 0)
                {
                    yield return "|";
                }

                foreach (var word in pipeline.Commands[c].Words)
                {
                    yield return word.Text;
                }
            }
        }
    }

    private void Run()
    {
        while (_i < _text.Length)
        {
            var c = _text[_i];
            if (c == '\n')
            {
                EndWord();
                _i++;
                ReadHeredocBodies();
                EndPipeline();
                continue;
            }

            if (c == ' ' || c == '\t' || c == '\r')
            {
                EndWord();
                _i++;
                continue;
            }

            if (c == Escape)
            {
                ReadEscape();
                continue;
            }

            if (c == '\'' && _shell != ShellKind.Cmd)
            {
                ReadSingleQuoted();
                continue;
            }

            if (c == '"')
            {
                ReadDoubleQuoted();
                continue;
            }

            if (c == '#' && !_inWord && _shell != ShellKind.Cmd)
            {
                SkipComment();
                continue;
            }

            if (_shell == ShellKind.PowerShell && c == '<' && Peek(1) == '#')
            {
                var end = _text.IndexOf("#>", _i + 2, System.StringComparison.Ordinal);
                _i = end < 0 ? _text.Length : end + 2;
                continue;
            }

            if (c == '$' && _shell != ShellKind.Cmd)
            {
                ReadDollar(_word);
                continue;
            }

            if (c == '`' && _shell == ShellKind.Bash)
            {
                _script.Nested.Add(ReadUntil('`'));
                Append("$(…)", expanded: true);
                continue;
            }

            if (c == '%' && _shell == ShellKind.Cmd)
            {
                var end = _text.IndexOf('%', _i + 1);
                if (end > _i + 1)
                {
                    Append(_text.Substring(_i, end - _i + 1), expanded: true);
                    _i = end + 1;
                    continue;
                }
            }

            if (_shell == ShellKind.PowerShell && ReadPowerShellBlock(c))
            {
                continue;
            }

            if (c == '(' && _shell == ShellKind.Bash && !_inWord && _command.Words.Count == 0)
            {
                _i++;
                _script.Nested.Add(ReadBalanced('(', ')'));
                continue;
            }

            if (ReadOperator(c))
            {
                continue;
            }

            Append(c.ToString());
            _i++;
        }

        EndPipeline();
    }

    private char Peek(int offset) => _i + offset < _text.Length ? _text[_i + offset] : '\0';

    private void Append(string text, bool expanded = false, bool quoted = false)
    {
        _word.Append(text);
        _inWord = true;
        _expanded |= expanded;
        _quoted |= quoted;
    }

    private void ReadEscape()
    {
        var next = Peek(1);
        if (next == '\n' || (next == '\r' && Peek(2) == '\n'))
        {
            _i += next == '\r' ? 3 : 2; // line continuation
            return;
        }

        if (_i + 1 >= _text.Length)
        {
            _i++;
            return;
        }

        Append(next.ToString(), quoted: true);
        _i += 2;
    }

    private void ReadSingleQuoted()
    {
        _i++;
        var text = new StringBuilder();
        while (_i < _text.Length)
        {
            if (_text[_i] == '\'')
            {
                if (_shell == ShellKind.PowerShell && Peek(1) == '\'')
                {
                    text.Append('\'');
                    _i += 2;
                    continue;
                }

                _i++;
                break;
            }

            text.Append(_text[_i++]);
        }

        Append(text.ToString(), quoted: true);
    }

    private void ReadDoubleQuoted()
    {
        _i++;
        var text = new StringBuilder();
        var expanded = false;
        while (_i < _text.Length)
        {
            var c = _text[_i];
            if (c == '"')
            {
                if (_shell != ShellKind.Bash && Peek(1) == '"')
                {
                    text.Append('"');
                    _i += 2;
                    continue;
                }

                _i++;
                break;
            }

            if (c == '\\' && _shell == ShellKind.Bash && _i + 1 < _text.Length && "$`\"\\\n".IndexOf(_text[_i + 1]) >= 0)
            {
                if (_text[_i + 1] != '\n')
                {
                    text.Append(_text[_i + 1]);
                }

                _i += 2;
                continue;
            }

            if (c == '`' && _shell == ShellKind.PowerShell && _i + 1 < _text.Length)
            {
                text.Append(_text[_i + 1]);
                _i += 2;
                continue;
            }

            if (c == '`' && _shell == ShellKind.Bash)
            {
                _script.Nested.Add(ReadUntil('`'));
                text.Append("$(…)");
                expanded = true;
                continue;
            }

            if (c == '$' && _shell != ShellKind.Cmd)
            {
                expanded |= ReadDollar(text);
                continue;
            }

            text.Append(c);
            _i++;
        }

        Append(text.ToString(), expanded, quoted: true);
    }

    /// <summary>At a <c>$</c>: a substitution (nested code), a variable (kept as written) or a plain dollar sign.</summary>
    private bool ReadDollar(StringBuilder into)
    {
        var next = Peek(1);
        if (next == '(' && Peek(2) == '(' && _shell == ShellKind.Bash)
        {
            _i += 1;
            ReadBalancedAt('(', ')');
            into.Append("$((…))");
            MarkExpanded(into);
            return true;
        }

        if (next == '(')
        {
            _i += 2;
            _script.Nested.Add(ReadBalanced('(', ')'));
            into.Append("$(…)");
            MarkExpanded(into);
            return true;
        }

        if (next == '{')
        {
            var start = _i;
            _i += 2;
            var end = _text.IndexOf('}', _i);
            _i = end < 0 ? _text.Length : end + 1;
            into.Append(_text, start, _i - start);
            MarkExpanded(into);
            return true;
        }

        if (IsNameChar(next) || (_shell == ShellKind.Bash && (next == '?' || next == '@' || next == '*' || next == '#' || next == '$' || next == '!')))
        {
            var start = _i;
            _i++;
            if (!IsNameChar(next))
            {
                _i++;
            }
            else
            {
                while (_i < _text.Length && (IsNameChar(_text[_i]) || (_shell == ShellKind.PowerShell && _text[_i] == ':' && IsNameChar(Peek(1)))))
                {
                    _i++;
                }
            }

            into.Append(_text, start, _i - start);
            MarkExpanded(into);
            return true;
        }

        into.Append('$');
        _i++;
        if (ReferenceEquals(into, _word))
        {
            _inWord = true;
        }

        return false;
    }

    private void MarkExpanded(StringBuilder into)
    {
        if (ReferenceEquals(into, _word))
        {
            _inWord = true;
            _expanded = true;
        }
    }

    private static bool IsNameChar(char c) => char.IsLetterOrDigit(c) || c == '_';

    /// <summary>PowerShell's code in brackets and its here-strings: <c>(…)</c>, <c>@(…)</c>, <c>{…}</c>, <c>@'…'@</c>.</summary>
    private bool ReadPowerShellBlock(char c)
    {
        if (c == '@' && (Peek(1) == '\'' || Peek(1) == '"') && (Peek(2) == '\n' || (Peek(2) == '\r' && Peek(3) == '\n')))
        {
            var quote = Peek(1);
            var start = _text.IndexOf('\n', _i) + 1;
            var end = _text.IndexOf("\n" + quote + "@", start - 1, System.StringComparison.Ordinal);
            var body = end < 0 ? _text.Substring(start) : _text.Substring(start, System.Math.Max(0, end - start));
            Append(body.TrimEnd('\r'), quoted: true);
            _i = end < 0 ? _text.Length : end + 3;
            return true;
        }

        if (c == '@' && Peek(1) == '(')
        {
            _i += 2;
            _script.Nested.Add(ReadBalanced('(', ')'));
            Append("@(…)", expanded: true);
            return true;
        }

        if (c == '(' || c == '{')
        {
            _i++;
            _script.Nested.Add(ReadBalanced(c, c == '(' ? ')' : '}'));
            Append(c == '(' ? "(…)" : "{…}", expanded: true);
            return true;
        }

        return false;
    }

    private bool ReadOperator(char c)
    {
        switch (c)
        {
            case ';':
                EndWord();
                _i += Peek(1) == ';' ? 2 : 1;
                EndPipeline();
                return true;
            case '|':
                EndWord();
                if (Peek(1) == '|')
                {
                    _i += 2;
                    EndPipeline();
                }
                else
                {
                    _i += Peek(1) == '&' ? 2 : 1;
                    EndCommand();
                }

                return true;
            case '&':
                if (Peek(1) == '>' && _shell == ShellKind.Bash)
                {
                    EndWord();
                    var append = Peek(2) == '>';
                    _i += append ? 3 : 2;
                    _pendingRedirect = append ? ">>" : ">";
                    return true;
                }

                EndWord();
                if (Peek(1) == '&')
                {
                    _i += 2;
                    EndPipeline();
                    return true;
                }

                _i++;
                if (_shell == ShellKind.PowerShell && _command.Words.Count == 0)
                {
                    return true; // the call operator: the next word is the program
                }

                EndPipeline();
                return true;
            case '>':
            case '<':
                return ReadRedirection(c);
        }

        return false;
    }

    private bool ReadRedirection(char c)
    {
        // "2>", "1>>", "*>": a file descriptor written against the operator is not a word.
        if (_inWord && !_quoted && !_expanded && (IsDigits(_word.ToString()) || (_shell == ShellKind.PowerShell && _word.ToString() == "*")))
        {
            ResetWord();
        }
        else
        {
            EndWord();
        }

        if (_shell == ShellKind.Bash && Peek(1) == '(')
        {
            _i += 2;
            _script.Nested.Add(ReadBalanced('(', ')'));
            Append("$(…)", expanded: true);
            return true;
        }

        if (c == '<' && Peek(1) == '<')
        {
            if (Peek(2) == '<')
            {
                _i += 3;
                _pendingHereString = true;
                return true;
            }

            _i += 2;
            _pendingHeredocStrip = Peek(0) == '-';
            if (_pendingHeredocStrip)
            {
                _i++;
            }

            _pendingHeredoc = true;
            return true;
        }

        var op = c.ToString();
        _i++;
        if (c == '>' && Peek(0) == '>')
        {
            op = ">>";
            _i++;
        }
        else if (Peek(0) == '|')
        {
            _i++;
        }

        if (Peek(0) == '&' && (char.IsDigit(Peek(1)) || Peek(1) == '-'))
        {
            _i += 2; // 2>&1: a descriptor, not a file
            return true;
        }

        _pendingRedirect = op;
        return true;
    }

    private static bool IsDigits(string text)
    {
        if (text.Length == 0)
        {
            return false;
        }

        foreach (var ch in text)
        {
            if (!char.IsDigit(ch))
            {
                return false;
            }
        }

        return true;
    }

    private void SkipComment()
    {
        while (_i < _text.Length && _text[_i] != '\n')
        {
            _i++;
        }
    }

    /// <summary>Text up to the unescaped <paramref name="end"/> (the position is at the opening character).</summary>
    private string ReadUntil(char end)
    {
        _i++;
        var text = new StringBuilder();
        while (_i < _text.Length && _text[_i] != end)
        {
            if (_text[_i] == '\\' && _i + 1 < _text.Length)
            {
                text.Append(_text[_i + 1]);
                _i += 2;
                continue;
            }

            text.Append(_text[_i++]);
        }

        _i++;
        return text.ToString();
    }

    /// <summary>At <paramref name="open"/>: skips to after its match.</summary>
    private void ReadBalancedAt(char open, char close)
    {
        _i++;
        ReadBalanced(open, close);
    }

    /// <summary>The text up to the <paramref name="close"/> that matches an opening already read; quotes are skipped whole.</summary>
    private string ReadBalanced(char open, char close)
    {
        var start = _i;
        var depth = 1;
        while (_i < _text.Length)
        {
            var c = _text[_i];
            if (c == '\'' && _shell != ShellKind.Cmd)
            {
                var end = _text.IndexOf('\'', _i + 1);
                _i = end < 0 ? _text.Length : end + 1;
                continue;
            }

            if (c == '"')
            {
                _i++;
                while (_i < _text.Length && _text[_i] != '"')
                {
                    _i += _text[_i] == Escape ? 2 : 1;
                }

                _i++;
                continue;
            }

            if (c == Escape)
            {
                _i += 2;
                continue;
            }

            if (c == open)
            {
                depth++;
            }
            else if (c == close && --depth == 0)
            {
                var inner = _text.Substring(start, _i - start);
                _i++;
                return inner;
            }

            _i++;
        }

        _i = System.Math.Min(_i, _text.Length);
        return _text.Substring(System.Math.Min(start, _text.Length));
    }

    private void ReadHeredocBodies()
    {
        foreach (var (command, delimiter, strip) in _heredocs)
        {
            var body = new StringBuilder();
            while (_i < _text.Length)
            {
                var end = _text.IndexOf('\n', _i);
                var line = end < 0 ? _text.Substring(_i) : _text.Substring(_i, end - _i);
                _i = end < 0 ? _text.Length : end + 1;
                var compared = (strip ? line.TrimStart('\t') : line).TrimEnd('\r');
                if (compared == delimiter)
                {
                    break;
                }

                body.Append(line).Append('\n');
            }

            command.Stdin = (command.Stdin ?? string.Empty) + body;
        }

        _heredocs.Clear();
    }

    private void ResetWord()
    {
        _word.Clear();
        _inWord = false;
        _quoted = false;
        _expanded = false;
    }

    private void EndWord()
    {
        if (!_inWord)
        {
            return;
        }

        var word = new ShellWord(_word.ToString(), _quoted, _expanded);
        ResetWord();
        if (_pendingHeredoc)
        {
            _pendingHeredoc = false;
            _heredocs.Add((_command, word.Text, _pendingHeredocStrip));
        }
        else if (_pendingHereString)
        {
            _pendingHereString = false;
            _command.Stdin = (_command.Stdin ?? string.Empty) + word.Text + "\n";
        }
        else if (_pendingRedirect is { } op)
        {
            _pendingRedirect = null;
            _command.Redirections.Add(new Redirection(op, word));
        }
        else
        {
            _command.Words.Add(word);
        }
    }

    private void EndCommand()
    {
        EndWord();
        if (!_command.IsEmpty || _command.Stdin is not null)
        {
            _pipeline.Commands.Add(_command);
        }

        _command = new SimpleCommand();
    }

    private void EndPipeline()
    {
        EndCommand();
        if (_pipeline.Commands.Count > 0)
        {
            _script.Pipelines.Add(_pipeline);
        }

        _pipeline = new ShellPipeline();
    }
}
