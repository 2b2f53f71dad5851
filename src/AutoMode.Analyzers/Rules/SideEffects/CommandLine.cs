using System.Collections.Generic;
using System.Collections.Immutable;
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
        => token.IndexOf(SymbolicString.UnknownMarker) >= 0 || token.Length == 0 ? null : Commands.CommandNames.Normalize(token, Commands.ShellKind.Bash);

    /// <summary>Splits an argument string as a shell would (<see cref="Commands.ShellParser"/>): whitespace outside quotes, and <c>&amp;&amp; || ; |</c> as tokens of their own.</summary>
    public static IEnumerable<string> Tokenize(string text) => Commands.ShellParser.Words(text);
}
