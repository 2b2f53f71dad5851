using System.Text.RegularExpressions;
using AutoMode.Analyzers.Commands;
using AutoMode.Gate.Git;
using AutoMode.Gate.Model;

namespace AutoMode.Gate.Classification;

/// <summary>
/// A developer script (tools/, scripts/, the root… — not CI or deployment folders) and a package.json's scripts,
/// judged by what they run: the command lines the change adds, through the command classifier the agents' shell
/// commands are judged by (<see cref="CommandClassifier"/>). A line that was already in the file (moved, re-indented)
/// and an npm script that only calls another script of the same file add no command. No new command, or only Low
/// ones, is Low; otherwise the risk of the worst command, named in the reason.
/// </summary>
public static partial class ScriptCommands
{
    public static IEnumerable<Finding> Script(ChangedFile file, LineChanges lines)
    {
        var shell = ShellOf(file.Name);
        var old = new HashSet<string>((file.OldText ?? string.Empty).Split('\n').Select(l => l.Trim()), StringComparer.Ordinal);
        var text = file.NewText?.Split('\n') ?? Array.Empty<string>();
        var added = lines.AddedLines.Order().Where(n => n - 1 < text.Length)
            .Select(n => (Line: n, Text: text[n - 1].Trim()))
            .Where(l => l.Text.Length > 0 && !old.Contains(l.Text) && !IsComment(l.Text, shell) && !Structure().IsMatch(l.Text) && !LiteralAssignment().IsMatch(l.Text));
        var replaced = lines.RemovedLines.Select(l => l.Trim()).Where(l => l.Length > 0 && !IsComment(l, shell))
            .Select(l => (Program: Program(l), Risk: Risk(l, shell))).ToList();
        var worst = Worst(added, shell, (command, risk) => replaced.Any(r => r.Program == Program(command) && r.Risk >= risk));
        return new[]
        {
            worst is null
                ? GateRules.DeveloperScriptChange.At(file, 0, $"{file.Path} is a developer script; the change adds no command that is not Low (comments, structure, moved lines or read-only commands).", risk: RiskLevel.Low)
                : GateRules.DeveloperScriptChange.At(file, worst.Value.Line, $"{file.Path} line {worst.Value.Line} runs '{Shorten(worst.Value.Command)}': {worst.Value.Finding.What}.", risk: worst.Value.Finding.Risk),
        };
    }

    /// <summary>The package.json scripts that changed, judged by the command parts they add (parts already in the old scripts and calls of the file's own scripts add none).</summary>
    public static Finding NpmScripts(ChangedFile file, IReadOnlyDictionary<string, string> before, IReadOnlyDictionary<string, string> after, IReadOnlyList<string> changed)
    {
        var oldParts = new HashSet<string>(before.Values.SelectMany(Parts), StringComparer.Ordinal);
        var parts = changed.Where(after.ContainsKey)
            .SelectMany(name => Parts(after[name]))
            .Where(p => !oldParts.Contains(p) && !(OwnScriptCall().Match(p) is { Success: true } call && after.ContainsKey(call.Groups["name"].Value)) && !FrontEndTool().IsMatch(p))
            .Distinct(StringComparer.Ordinal)
            .Select(p => (Line: 0, Text: p));
        var names = string.Join(", ", changed.Select(s => $"'{s}'"));
        var worst = Worst(parts, ShellKind.Bash, (_, _) => false);
        return worst is null
            ? GateRules.NpmScriptsChanged.At(file, 0, $"{file.Name}: the scripts {names} changed, adding no command that is not Low (renames, calls of the file's own scripts, commands it already ran).", risk: RiskLevel.Low)
            : GateRules.NpmScriptsChanged.At(file, 0, $"{file.Name}: the scripts {names} changed; '{Shorten(worst.Value.Command)}' {worst.Value.Finding.What}.", risk: worst.Value.Finding.Risk);
    }

    /// <summary>
    /// The worst non-Low command finding of the lines, or null. A line that runs the same program at no higher risk
    /// than a line the change removes (<paramref name="replaces"/>) is an edit of that command — a changed argument,
    /// path or flag — not a new one.
    /// </summary>
    private static (int Line, string Command, CommandFinding Finding)? Worst(IEnumerable<(int Line, string Text)> commands, ShellKind shell, Func<string, RiskLevel, bool> replaces)
    {
        (int Line, string Command, CommandFinding Finding)? worst = null;
        foreach (var (line, command) in commands)
        {
            if (CommandClassifier.Worst(CommandClassifier.Classify(command, shell, CommandContext.Default)) is { Risk: > RiskLevel.Low } finding &&
                !replaces(command, finding.Risk) && (worst is null || finding.Risk > worst.Value.Finding.Risk))
            {
                worst = (line, command, finding);
            }
        }

        return worst;
    }

    private static RiskLevel Risk(string command, ShellKind shell) =>
        CommandClassifier.Worst(CommandClassifier.Classify(command, shell, CommandContext.Default))?.Risk ?? RiskLevel.Low;

    /// <summary>The program a line runs: its first word after environment assignments and sudo.</summary>
    private static string Program(string line) =>
        line.Split(' ', StringSplitOptions.RemoveEmptyEntries).SkipWhile(w => EnvironmentAssignment().IsMatch(w) || w == "sudo").FirstOrDefault() ?? string.Empty;

    private static IEnumerable<string> Parts(string script) =>
        Separator().Split(script).Select(p => p.Trim()).Where(p => p.Length > 0);

    private static ShellKind ShellOf(string name)
    {
        var lower = name.ToLowerInvariant();
        return lower.EndsWith(".ps1", StringComparison.Ordinal) || lower.EndsWith(".psm1", StringComparison.Ordinal) ? ShellKind.PowerShell :
            lower.EndsWith(".cmd", StringComparison.Ordinal) || lower.EndsWith(".bat", StringComparison.Ordinal) ? ShellKind.Cmd : ShellKind.Bash;
    }

    private static bool IsComment(string line, ShellKind shell) => shell == ShellKind.Cmd
        ? line.StartsWith("::", StringComparison.Ordinal) || line.StartsWith("rem ", StringComparison.OrdinalIgnoreCase) || line.Equals("rem", StringComparison.OrdinalIgnoreCase) || line.StartsWith("@echo off", StringComparison.OrdinalIgnoreCase)
        : line.StartsWith('#') || line.StartsWith("<#", StringComparison.Ordinal) || line.StartsWith("#>", StringComparison.Ordinal);

    private static string Shorten(string command) => command.Length <= 80 ? command : command[..77] + "...";

    [GeneratedRegex(@"^[A-Za-z_][A-Za-z0-9_]*=")]
    private static partial Regex EnvironmentAssignment();

    /// <summary>A variable or hashtable entry set to a literal (<c>Name = "../util/x"</c>, <c>$Path = 'a'</c>, <c>X=1</c>): no command runs.</summary>
    [GeneratedRegex(@"^\$?[\w.:-]+\s*=\s*(""[^""`$]*""|'[^']*'|[\w./:-]*)\s*[;,]?$")]
    private static partial Regex LiteralAssignment();

    [GeneratedRegex(@"\s*(&&|\|\||;)\s*")]
    private static partial Regex Separator();

    /// <summary>
    /// An npm script part that only runs a front-end build, lint or test tool from node_modules/.bin, or node on a
    /// script file of the repository (judged itself when it changes), with no redirection or pipe.
    /// </summary>
    [GeneratedRegex(@"^(?!.*(0\.0\.0\.0|--host\b|--disable-host-check|--public\b))(ng|tsc|vite|webpack|webpack-cli|webpack-bundle-analyzer|rollup|esbuild|eslint|prettier|stylelint|jest|vitest|karma|mocha|nx|vue-cli-service|next|react-scripts|svelte-kit|astro|npx\s+(tsc|eslint|prettier|jest|vitest)|node\s+(\./)?[\w./-]+\.(c|m)?js|ts-node\s+(\./)?[\w./-]+\.ts)(\s+[^|<>&;`$]*)?$")]
    private static partial Regex FrontEndTool();

    [GeneratedRegex(@"^(npm\s+run(-script)?|yarn(\s+run)?|pnpm(\s+run)?)\s+(?<name>[\w:.-]+)$")]
    private static partial Regex OwnScriptCall();

    /// <summary>Lines that are only shell structure: braces, fi/done/esac/else/then/do, a function header, param( blocks.</summary>
    [GeneratedRegex(@"^([{}()\[\]]|fi|done|esac|else|then|do|;;|end|\)|\}\s*else\s*\{|function\s+[\w-]+\s*(\(\s*\))?\s*\{?|[\w-]+\s*\(\)\s*\{?|param\s*\(|set\s+-[euxo]+( pipefail)?|set -o pipefail|\$ErrorActionPreference\s*=.*|Set-StrictMode.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex Structure();
}
