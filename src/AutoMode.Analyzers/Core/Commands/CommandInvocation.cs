using System;
using System.Collections.Generic;
using System.Linq;

namespace AutoMode.Analyzers.Commands;

/// <summary>
/// One program a command line runs, after <see cref="CommandWalker"/> looked through <c>sudo</c>, <c>env</c>, shells
/// and the like: its name, its arguments and the command it belongs to (redirections, standard input, pipeline).
/// </summary>
internal sealed class CommandInvocation
{
    public CommandInvocation(ShellKind shell, string program, IReadOnlyList<ShellWord> arguments, SimpleCommand command, ShellPipeline? pipeline, bool elevated)
    {
        Shell = shell;
        Program = program;
        Arguments = arguments;
        Command = command;
        Pipeline = pipeline;
        Elevated = elevated;
    }

    public ShellKind Shell { get; }

    /// <summary>The program's name, lower case, without folder and extension; PowerShell aliases as their cmdlet (<c>rm</c> → <c>remove-item</c>).</summary>
    public string Program { get; }

    public IReadOnlyList<ShellWord> Arguments { get; }

    public SimpleCommand Command { get; }

    public ShellPipeline? Pipeline { get; }

    /// <summary>Run through <c>sudo</c>/<c>doas</c>.</summary>
    public bool Elevated { get; }

    /// <summary>The command whose output this one reads through a pipe; null when it is first in its pipeline.</summary>
    public SimpleCommand? PipedFrom
    {
        get
        {
            var index = Pipeline?.Commands.IndexOf(Command) ?? -1;
            return index > 0 ? Pipeline!.Commands[index - 1] : null;
        }
    }

    /// <summary>The commands that read this one's output through pipes.</summary>
    public IEnumerable<SimpleCommand> PipedTo
    {
        get
        {
            var index = Pipeline?.Commands.IndexOf(Command) ?? -1;
            return index < 0 ? Enumerable.Empty<SimpleCommand>() : Pipeline!.Commands.Skip(index + 1);
        }
    }

    public bool Has(params string[] flags) => Arguments.Any(a => flags.Any(f => string.Equals(a.Text, f, Comparison)));

    /// <summary>A short flag in a cluster (<c>-rf</c> has <c>r</c>) or a long one.</summary>
    public bool HasShortFlag(char flag, string? longFlag = null)
        => Arguments.Any(a => (a.Text.Length > 1 && a.Text[0] == '-' && a.Text[1] != '-' && a.Text.IndexOf(flag) > 0) || (longFlag is not null && a.Text == longFlag));

    /// <summary>The value after a flag (<c>-X POST</c>, <c>--request=POST</c>, <c>-Method:Post</c>); null when absent.</summary>
    public string? Value(params string[] flags)
    {
        for (var i = 0; i < Arguments.Count; i++)
        {
            var text = Arguments[i].Text;
            foreach (var flag in flags)
            {
                if (string.Equals(text, flag, Comparison))
                {
                    return i + 1 < Arguments.Count ? Arguments[i + 1].Text : string.Empty;
                }

                if (text.Length > flag.Length + 1 && text.StartsWith(flag, Comparison) && (text[flag.Length] == '=' || text[flag.Length] == ':'))
                {
                    return text.Substring(flag.Length + 1);
                }

                // curl -XPOST, sqlcmd -Q"…": a short flag glued to its value.
                if (flag.Length == 2 && flag[0] == '-' && text.Length > 2 && text.StartsWith(flag, StringComparison.Ordinal) && Shell == ShellKind.Bash)
                {
                    return text.Substring(2);
                }
            }
        }

        return null;
    }

    /// <summary>The arguments that are not flags; <paramref name="flagsWithValue"/> name flags whose next word is their value.</summary>
    public List<ShellWord> Positional(params string[] flagsWithValue)
    {
        var result = new List<ShellWord>();
        for (var i = 0; i < Arguments.Count; i++)
        {
            var text = Arguments[i].Text;
            if (text == "--")
            {
                result.AddRange(Arguments.Skip(i + 1));
                break;
            }

            if (IsFlag(Arguments[i]))
            {
                if (flagsWithValue.Any(f => string.Equals(text, f, Comparison)))
                {
                    i++;
                }

                continue;
            }

            result.Add(Arguments[i]);
        }

        return result;
    }

    public bool IsFlag(ShellWord word)
        => !word.Quoted && word.Text.Length > 1 && (word.Text[0] == '-' || (Shell == ShellKind.Cmd && word.Text[0] == '/' && word.Text.Length <= 3));

    private StringComparison Comparison => Shell == ShellKind.Bash ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;

    public override string ToString() => Program + " " + string.Join(" ", Arguments.Select(a => a.Text));
}
