using System;
using System.Collections.Generic;
using System.Linq;
using AutoMode.Analyzers.Values;

namespace AutoMode.Analyzers.Rules.SideEffects;

/// <summary>
/// Decides whether a fully visible command line only reads: a program asked for its version, help or environment
/// (<c>dotnet --version</c>, <c>node -v</c>), or git plumbing that inspects the repository (<c>git rev-parse HEAD</c>,
/// <c>git status</c>, <c>git log -1</c>). Anything not fully visible, chained, run through a shell, or with an
/// argument that is not in the list is not read-only.
/// </summary>
internal static class ReadOnlyCommands
{
    private static readonly HashSet<string> InformationFlags = new(StringComparer.Ordinal)
    {
        "--version", "-v", "-V", "version", "--help", "-h", "help", "--info", "--list-sdks", "--list-runtimes",
    };

    private static readonly HashSet<string> GitReadCommands = new(StringComparer.Ordinal)
    {
        "status", "log", "rev-parse", "describe", "show", "diff", "ls-files", "rev-list", "blame", "shortlog", "cat-file", "ls-tree",
    };

    /// <summary>Arguments that make an otherwise reading git command write (<c>git diff --output=…</c>) or run other programs.</summary>
    private static readonly string[] GitWritingArguments = { "--output", "-o", "--ext-diff", "-c" };

    /// <summary>"git rev-parse (reads the repository)", or null when the command may change something.</summary>
    public static string? Describe(CommandLine commandLine)
    {
        var tokens = commandLine.Tokens;
        if (commandLine.Program is not { } program ||
            tokens.Any(t => t.Length == 0 || t.IndexOf(SymbolicString.UnknownMarker) >= 0 || IsShellSyntax(t)))
        {
            return null;
        }

        var arguments = tokens.Skip(1).ToList();
        if (arguments.Count == 1 && InformationFlags.Contains(arguments[0]))
        {
            return $"{program} {arguments[0]} (prints information)";
        }

        if (program == "git" && arguments.Count >= 1 && GitReadCommands.Contains(arguments[0]) &&
            !arguments.Any(a => GitWritingArguments.Any(w => a == w || a.StartsWith(w + "=", StringComparison.Ordinal))))
        {
            return $"git {arguments[0]} (reads the repository)";
        }

        if (program == "git" && arguments.Count == 2 && arguments[0] == "branch" && arguments[1] == "--show-current")
        {
            return "git branch --show-current (reads the repository)";
        }

        return null;
    }

    private static bool IsShellSyntax(string token)
        => token.IndexOfAny(new[] { '|', '&', ';', '>', '<', '`', '$' }) >= 0;
}
