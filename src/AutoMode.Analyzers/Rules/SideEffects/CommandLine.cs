using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text;
using AutoMode.Analyzers.Values;

namespace AutoMode.Analyzers.Rules.SideEffects;

/// <summary>
/// What the compiler can see of a process's command line: the program and its arguments as tokens, parts
/// that are only known at run time marked with <see cref="SymbolicString.UnknownMarker"/>.
/// </summary>
internal sealed class CommandLine
{
    public static readonly CommandLine Unknown = new(ImmutableArray.Create(SymbolicString.UnknownMarker.ToString()));

    public CommandLine(ImmutableArray<string> tokens) => Tokens = tokens;

    public ImmutableArray<string> Tokens { get; }

    /// <summary>The program's name without folder and extension ("kubectl"), or null when it is not visible.</summary>
    public string? Program => Tokens.Length == 0 ? null : ProgramName(Tokens[0]);

    public static CommandLine From(SymbolicString fileName, IEnumerable<string> arguments)
    {
        var tokens = ImmutableArray.CreateBuilder<string>();
        tokens.Add(fileName.Render());
        tokens.AddRange(arguments);
        return new CommandLine(tokens.ToImmutable());
    }

    public static string? ProgramName(string token)
    {
        if (token.IndexOf(SymbolicString.UnknownMarker) >= 0 || token.Length == 0)
        {
            return null;
        }

        var name = token.Replace('\\', '/');
        name = name.Substring(name.LastIndexOf('/') + 1).ToLowerInvariant();
        foreach (var extension in new[] { ".exe", ".cmd", ".bat", ".com", ".ps1", ".sh" })
        {
            if (name.EndsWith(extension, System.StringComparison.Ordinal))
            {
                return name.Substring(0, name.Length - extension.Length);
            }
        }

        return name;
    }

    /// <summary>Splits an argument string as a shell would: whitespace outside quotes, and <c>&amp;&amp; || ; |</c> as tokens of their own.</summary>
    public static IEnumerable<string> Tokenize(string text)
    {
        var current = new StringBuilder();
        var inToken = false;
        char quote = '\0';
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quote != '\0')
            {
                if (c == quote)
                {
                    quote = '\0';
                }
                else
                {
                    current.Append(c);
                }

                continue;
            }

            if (c == '"' || c == '\'')
            {
                quote = c;
                inToken = true;
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                if (inToken)
                {
                    yield return current.ToString();
                    current.Clear();
                    inToken = false;
                }

                continue;
            }

            if (c == ';' || c == '|' || c == '&')
            {
                if (inToken)
                {
                    yield return current.ToString();
                    current.Clear();
                    inToken = false;
                }

                var op = c.ToString();
                if (i + 1 < text.Length && text[i + 1] == c && c != ';')
                {
                    op += c;
                    i++;
                }

                yield return op;
                continue;
            }

            current.Append(c);
            inToken = true;
        }

        if (inToken)
        {
            yield return current.ToString();
        }
    }
}
