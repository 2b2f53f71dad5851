using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace AutoMode.Analyzers.Commands;

/// <summary>
/// Every program a parsed command line runs: each command of each pipeline, and through what only passes a command
/// on — <c>sudo</c>, <c>env X=1</c>, <c>nohup</c>, <c>time</c>, <c>xargs</c>, <c>timeout</c>, <c>find -exec</c>,
/// shell keywords (<c>if</c>, <c>do</c>) and variable assignments — and into code that runs nested: <c>bash -c</c>,
/// <c>sh -c</c>, <c>pwsh -Command</c>/<c>-EncodedCommand</c>, <c>cmd /c</c>, <c>eval</c>, <c>Invoke-Expression</c>,
/// a shell fed a heredoc, <c>$(…)</c>, backticks, subshells and script blocks.
/// </summary>
internal static class CommandWalker
{
    private const int MaxDepth = 6;

    private static readonly HashSet<string> PosixShells = new(StringComparer.Ordinal) { "bash", "sh", "zsh", "dash", "ash", "ksh", "fish" };
    private static readonly HashSet<string> Keywords = new(StringComparer.Ordinal) { "if", "then", "else", "elif", "fi", "do", "done", "while", "until", "!", "{", "}", "time", "coproc" };
    private static readonly HashSet<string> SkippedStatements = new(StringComparer.Ordinal) { "for", "case", "esac", "select", "function", "in", "foreach" };

    /// <summary>Wrappers and how many of their leading words (after options) are theirs.</summary>
    private static readonly Dictionary<string, string[]> Wrappers = new(StringComparer.Ordinal)
    {
        ["sudo"] = new[] { "-u", "-g", "-C", "-h", "-p", "-U", "-r", "-t", "-D" },
        ["doas"] = new[] { "-u", "-C" },
        ["nohup"] = Array.Empty<string>(),
        ["time"] = Array.Empty<string>(),
        ["command"] = Array.Empty<string>(),
        ["builtin"] = Array.Empty<string>(),
        ["exec"] = new[] { "-a" },
        ["nice"] = new[] { "-n" },
        ["ionice"] = new[] { "-c", "-n", "-p" },
        ["stdbuf"] = new[] { "-i", "-o", "-e" },
        ["chronic"] = Array.Empty<string>(),
        ["caffeinate"] = Array.Empty<string>(),
    };

    private static readonly string[] XargsOptionsWithValue = { "-I", "-n", "-P", "-d", "-a", "-L", "-s", "-E", "--max-args", "--max-procs", "--delimiter", "--arg-file" };

    public static IEnumerable<CommandInvocation> Walk(string text, ShellKind shell) => Walk(ShellParser.Parse(text, shell), false, 0);

    public static IEnumerable<CommandInvocation> Walk(ShellScript script, bool elevated, int depth)
    {
        if (depth > MaxDepth)
        {
            yield break;
        }

        foreach (var pipeline in script.Pipelines)
        {
            foreach (var command in pipeline.Commands)
            {
                foreach (var invocation in Unwrap(script.Shell, command, pipeline, command.Words, elevated, depth))
                {
                    yield return invocation;
                }
            }
        }

        foreach (var nested in script.Nested)
        {
            foreach (var invocation in Walk(ShellParser.Parse(nested, script.Shell), elevated, depth + 1))
            {
                yield return invocation;
            }
        }
    }

    private static IEnumerable<CommandInvocation> Unwrap(ShellKind shell, SimpleCommand command, ShellPipeline? pipeline, IReadOnlyList<ShellWord> words, bool elevated, int depth)
    {
        var start = 0;
        while (start < words.Count && (IsAssignment(words[start]) || (shell == ShellKind.Bash && !words[start].Quoted && Keywords.Contains(words[start].Text))))
        {
            start++;
        }

        // PowerShell: "$x = Get-Content a" runs Get-Content; "$x" alone is an expression.
        if (shell == ShellKind.PowerShell && start + 1 < words.Count && words[start].Text.StartsWith("$", StringComparison.Ordinal) && words[start + 1].Text is "=" or "+=")
        {
            start += 2;
        }

        if (start >= words.Count || (shell == ShellKind.Bash && !words[start].Quoted && SkippedStatements.Contains(words[start].Text)))
        {
            yield break;
        }

        var programWord = words[start];
        var arguments = words.Skip(start + 1).ToList();
        if (shell == ShellKind.PowerShell && (programWord.Quoted || IsExpression(programWord.Text)) && !IsCalled(words, start))
        {
            yield break; // a string, number or variable on its own is output, not a program
        }

        var program = CommandNames.Normalize(programWord.Text, shell);
        if (program.Length == 0)
        {
            yield break;
        }

        var invocation = new CommandInvocation(shell, program, arguments, command, pipeline, elevated);
        if (depth >= MaxDepth)
        {
            yield return invocation;
            yield break;
        }

        if (Wrappers.TryGetValue(program, out var optionsWithValue))
        {
            var inner = SkipOptions(arguments, optionsWithValue, allowAssignments: false);
            var elevates = program is "sudo" or "doas";
            if (inner.Count == 0)
            {
                yield return invocation;
                yield break;
            }

            foreach (var found in Unwrap(shell, command, pipeline, inner, elevated || elevates, depth + 1))
            {
                yield return found;
            }

            yield break;
        }

        var nested = NestedCode(invocation);
        if (nested is { } code)
        {
            foreach (var found in Walk(ShellParser.Parse(code.Text, code.Shell), elevated, depth + 1))
            {
                yield return found;
            }

            yield break;
        }

        switch (program)
        {
            case "env":
                var afterEnv = SkipOptions(arguments, new[] { "-u", "-C", "-S", "--unset", "--chdir" }, allowAssignments: true);
                if (afterEnv.Count == 0)
                {
                    yield return invocation;
                    yield break;
                }

                foreach (var found in Unwrap(shell, command, pipeline, afterEnv, elevated, depth + 1))
                {
                    yield return found;
                }

                yield break;
            case "timeout":
                var afterTimeout = SkipOptions(arguments, new[] { "-s", "-k", "--signal", "--kill-after" }, allowAssignments: false);
                if (afterTimeout.Count > 1)
                {
                    foreach (var found in Unwrap(shell, command, pipeline, afterTimeout.Skip(1).ToList(), elevated, depth + 1))
                    {
                        yield return found;
                    }

                    yield break;
                }

                break;
            case "watch":
                var afterWatch = SkipOptions(arguments, new[] { "-n", "-d", "--interval" }, allowAssignments: false);
                if (afterWatch.Count > 0)
                {
                    foreach (var found in Walk(ShellParser.Parse(string.Join(" ", afterWatch.Select(w => w.Text)), shell), elevated, depth + 1))
                    {
                        yield return found;
                    }

                    yield break;
                }

                break;
            case "xargs":
                var afterXargs = SkipOptions(arguments, XargsOptionsWithValue, allowAssignments: false);
                if (afterXargs.Count > 0)
                {
                    // The items come from the input: an argument known only when it runs.
                    var withInput = afterXargs.Concat(new[] { new ShellWord("$(xargs input)", false, true) }).ToList();
                    foreach (var found in Unwrap(shell, command, pipeline, withInput, elevated, depth + 1))
                    {
                        yield return found;
                    }

                    yield break;
                }

                break;
            case "find":
                foreach (var found in FindExec(invocation, depth))
                {
                    yield return found;
                }

                break;
            case "start-process":
                var target = invocation.Value("-FilePath") ?? invocation.Positional("-ArgumentList", "-WorkingDirectory", "-Verb", "-WindowStyle").Select(w => w.Text).FirstOrDefault();
                if (target is not null)
                {
                    var rest = invocation.Value("-ArgumentList") ?? string.Empty;
                    foreach (var found in Walk(ShellParser.Parse(Quote(target) + " " + rest, shell), elevated, depth + 1))
                    {
                        yield return found;
                    }

                    yield break;
                }

                break;
        }

        yield return invocation;
    }

    /// <summary>The code a shell, <c>eval</c> or <c>Invoke-Expression</c> is given to run, and its syntax.</summary>
    private static (string Text, ShellKind Shell)? NestedCode(CommandInvocation invocation)
    {
        var args = invocation.Arguments;
        switch (invocation.Program)
        {
            case var p when PosixShells.Contains(p):
                for (var i = 0; i < args.Count; i++)
                {
                    var a = args[i].Text;
                    if (a.Length > 1 && a[0] == '-' && a[1] != '-' && a.IndexOf('c') > 0)
                    {
                        return i + 1 < args.Count ? (args[i + 1].Text, ShellKind.Bash) : null;
                    }
                }

                // bash <<EOF … EOF, bash -s: the script is the standard input.
                return invocation.Command.Stdin is { } stdin && !args.Any(a => !a.Text.StartsWith("-", StringComparison.Ordinal)) ? (stdin, ShellKind.Bash) : null;
            case "pwsh":
            case "powershell":
                for (var i = 0; i < args.Count; i++)
                {
                    var a = args[i].Text.ToLowerInvariant();
                    if (a is "-c" or "-command" or "/c" or "-com" or "-comm" or "-comma" or "-comman")
                    {
                        return (string.Join(" ", args.Skip(i + 1).Select(w => args.Count - i - 1 == 1 ? w.Text : QuoteIfNeeded(w))), ShellKind.PowerShell);
                    }

                    if (a is "-e" or "-ec" or "-enc" or "-encodedcommand" && i + 1 < args.Count)
                    {
                        return (DecodeUtf16(args[i + 1].Text), ShellKind.PowerShell);
                    }
                }

                return null;
            case "cmd":
                for (var i = 0; i < args.Count; i++)
                {
                    var a = args[i].Text.ToLowerInvariant();
                    if (a is "/c" or "/k" or "/r")
                    {
                        return (string.Join(" ", args.Skip(i + 1).Select(w => args.Count - i - 1 == 1 ? w.Text : QuoteIfNeeded(w))), ShellKind.Cmd);
                    }
                }

                return null;
            case "eval":
                return args.Count > 0 ? (string.Join(" ", args.Select(w => w.Text)), invocation.Shell) : null;
            case "invoke-expression":
                var command = invocation.Value("-Command") ?? (args.Count > 0 ? args[0].Text : null);
                return command is null ? null : (command, ShellKind.PowerShell);
        }

        return null;
    }

    private static IEnumerable<CommandInvocation> FindExec(CommandInvocation find, int depth)
    {
        var args = find.Arguments;
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i].Text is not ("-exec" or "-execdir" or "-ok" or "-okdir"))
            {
                continue;
            }

            var inner = new List<ShellWord>();
            for (i++; i < args.Count && args[i].Text is not (";" or "+"); i++)
            {
                inner.Add(args[i].Text == "{}" ? new ShellWord("$(find result)", false, true) : args[i]);
            }

            foreach (var found in Unwrap(find.Shell, find.Command, find.Pipeline, inner, find.Elevated, depth + 1))
            {
                yield return found;
            }
        }
    }

    private static List<ShellWord> SkipOptions(IReadOnlyList<ShellWord> words, string[] optionsWithValue, bool allowAssignments)
    {
        var i = 0;
        while (i < words.Count)
        {
            var text = words[i].Text;
            if (allowAssignments && IsAssignment(words[i]))
            {
                i++;
                continue;
            }

            if (text == "--")
            {
                i++;
                break;
            }

            if (text.Length > 1 && text[0] == '-' && !words[i].Quoted)
            {
                i += optionsWithValue.Contains(text, StringComparer.Ordinal) ? 2 : 1;
                continue;
            }

            break;
        }

        return words.Skip(i).ToList();
    }

    private static bool IsAssignment(ShellWord word)
    {
        var text = word.Text;
        var equals = text.IndexOf('=');
        if (equals <= 0)
        {
            return false;
        }

        for (var i = 0; i < equals; i++)
        {
            if (!(char.IsLetterOrDigit(text[i]) || text[i] == '_') || (i == 0 && char.IsDigit(text[i])))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsExpression(string text)
        => text.Length > 0 && (text[0] == '$' || text[0] == '[' || text[0] == '(' || text[0] == '@' || char.IsDigit(text[0]) || text == "{…}");

    /// <summary>PowerShell's <c>&amp; "C:\tools\x.exe"</c>: the call operator was dropped by the parser; a quoted path with a folder or extension is a program.</summary>
    private static bool IsCalled(IReadOnlyList<ShellWord> words, int start)
        => words[start].Quoted && (words[start].Text.IndexOfAny(new[] { '\\', '/' }) >= 0 || words[start].Text.EndsWith(".exe", StringComparison.OrdinalIgnoreCase));

    private static string QuoteIfNeeded(ShellWord word) => word.Quoted && word.Text.IndexOf(' ') >= 0 ? Quote(word.Text) : word.Text;

    private static string Quote(string text) => "'" + text.Replace("'", "''") + "'";

    private static string DecodeUtf16(string base64)
    {
        try
        {
            return Encoding.Unicode.GetString(Convert.FromBase64String(base64));
        }
        catch (FormatException)
        {
            return "pwsh-encoded-command-unreadable";
        }
    }
}
