using System;
using System.Collections.Generic;
using System.Linq;
using AutoMode.Analyzers.Values;

namespace AutoMode.Analyzers.Rules.SideEffects;

/// <summary>
/// Decides whether a fully visible command line only reads: a program asked for its version, help or environment
/// (<c>dotnet --version</c>, <c>node -v</c>), or git plumbing that inspects the repository (<c>git rev-parse HEAD</c>,
/// <c>git status</c>, <c>git log -1</c>), or a program that only prints system information (<c>uname -a</c>,
/// <c>sw_vers</c>, <c>id -u</c>, <c>scutil --get ComputerName</c>, <c>wmic shadowcopy get ID</c>). Anything not fully visible
/// (except the arguments of a program that only prints system information), chained, run through a shell, or with an
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

    /// <summary>
    /// Programs that only print information about the system whatever visible arguments they get (duplicati's
    /// <c>uname -a</c>, <c>sw_vers</c>, <c>lsb_release -a</c>, <c>id -u</c>, <c>findmnt</c> through its own helpers).
    /// </summary>
    private static readonly HashSet<string> SystemInformationPrograms = new(StringComparer.Ordinal)
    {
        "uname", "sw_vers", "lsb_release", "id", "whoami", "which", "findmnt", "ps", "ioreg", "lsblk", "nproc", "arch",
    };

    /// <summary>Arguments that make an otherwise reading git command write (<c>git diff --output=…</c>) or run other programs.</summary>
    private static readonly string[] GitWritingArguments = { "--output", "-o", "--ext-diff", "-c" };

    /// <summary>"git rev-parse (reads the repository)", or null when the command may change something.</summary>
    public static string? Describe(CommandLine commandLine)
    {
        var tokens = commandLine.Tokens;
        if (commandLine.Program is not { } program || tokens.Any(IsShellSyntax))
        {
            return null;
        }

        if (SystemInformationPrograms.Contains(program))
        {
            // Whatever it is given (Utility.Which(appname): 'which' and the caller's name), it only prints; no shell runs it.
            return $"{program} (prints system information)";
        }

        if (tokens.Any(t => t.Length == 0 || t.IndexOf(SymbolicString.UnknownMarker) >= 0))
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

        if ((program == "scutil" && arguments.Count == 2 && arguments[0] == "--get") || (program == "pmset" && arguments.Count >= 1 && arguments[0] == "-g"))
        {
            return $"{program} {arguments[0]} (prints system information)";
        }

        if (program == "wmic" && arguments.Count >= 2 && arguments[1] is "get" or "list" && !arguments.Any(a => a is "call" or "set" or "delete" or "create"))
        {
            // duplicati's 'wmic shadowcopy get ID, DeviceObject' lists; 'wmic shadowcopy call create' stays a launch.
            return $"wmic {arguments[0]} {arguments[1]} (prints system information)";
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
