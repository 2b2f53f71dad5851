using System.Collections.Generic;

namespace AutoMode.Analyzers.Commands;

/// <summary>The shell whose syntax a command line is read with.</summary>
internal enum ShellKind
{
    /// <summary>POSIX shells: <c>\</c> escapes, <c>'…'</c> literal, <c>$(…)</c> and backticks, heredocs.</summary>
    Bash,

    /// <summary>PowerShell: <c>`</c> escapes, backslashes are path separators, <c>$(…)</c>, <c>(…)</c> and <c>{…}</c> run code.</summary>
    PowerShell,

    /// <summary>cmd.exe: <c>^</c> escapes, only double quotes.</summary>
    Cmd,
}

/// <summary>One word of a command after quote removal. Expansions are kept as written (<c>$HOME</c>, <c>$(…)</c>).</summary>
internal sealed class ShellWord
{
    public ShellWord(string text, bool quoted, bool expanded)
    {
        Text = text;
        Quoted = quoted;
        Expanded = expanded;
    }

    public string Text { get; }

    /// <summary>Some part of the word was quoted or escaped.</summary>
    public bool Quoted { get; }

    /// <summary>The word holds a variable or a command substitution: part of its value is known only when it runs.</summary>
    public bool Expanded { get; }

    public override string ToString() => Text;
}

/// <summary>A redirection: <c>&gt; file</c>, <c>&gt;&gt; file</c>, <c>&lt; file</c>.</summary>
internal sealed class Redirection
{
    public Redirection(string op, ShellWord target)
    {
        Operator = op;
        Target = target;
    }

    /// <summary><c>&gt;</c>, <c>&gt;&gt;</c> or <c>&lt;</c>.</summary>
    public string Operator { get; }

    public ShellWord Target { get; }

    public bool Writes => Operator != "<";

    public bool Appends => Operator == ">>";
}

/// <summary>A simple command: words, redirections, and what a heredoc or here-string feeds it.</summary>
internal sealed class SimpleCommand
{
    public List<ShellWord> Words { get; } = new();

    public List<Redirection> Redirections { get; } = new();

    /// <summary>Heredoc bodies and here-strings given to the command's standard input; null when none.</summary>
    public string? Stdin { get; set; }

    public bool IsEmpty => Words.Count == 0 && Redirections.Count == 0;
}

/// <summary>Commands joined by pipes: each one's output is the next one's input.</summary>
internal sealed class ShellPipeline
{
    public List<SimpleCommand> Commands { get; } = new();
}

/// <summary>
/// A parsed command line: its pipelines (separated by <c>;</c>, <c>&amp;&amp;</c>, <c>||</c>, <c>&amp;</c>, new lines)
/// and the code nested in it that also runs — <c>$(…)</c>, backticks, subshells, process substitutions, and in
/// PowerShell <c>(…)</c>, <c>$(…)</c>, <c>@(…)</c> and script blocks — each with the shell that reads it.
/// </summary>
internal sealed class ShellScript
{
    public ShellScript(ShellKind shell) => Shell = shell;

    public ShellKind Shell { get; }

    public List<ShellPipeline> Pipelines { get; } = new();

    public List<string> Nested { get; } = new();
}
