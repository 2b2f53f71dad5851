using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using AutoMode.Analyzers.Rules.DestructiveIO;

namespace AutoMode.Analyzers.Commands;

/// <summary>Where a command runs, for the targets it deletes or writes.</summary>
internal sealed class CommandContext
{
    public static readonly CommandContext Default = new(PathClassifier.Create(ImmutableArray<string>.Empty, ImmutableArray<string>.Empty), null, null);

    public CommandContext(PathClassifier paths, string? workingDirectory, Func<string, bool>? exists)
    {
        Paths = paths;
        WorkingDirectory = workingDirectory;
        Exists = exists;
    }

    /// <summary>The destructive-IO rules' path classifier, with <c>automode.io.protected_paths</c>/<c>safe_paths</c>.</summary>
    public PathClassifier Paths { get; }

    public string? WorkingDirectory { get; }

    /// <summary>Whether a file exists (full path); null when the file system is not consulted.</summary>
    public Func<string, bool>? Exists { get; }
}

/// <summary>
/// Judges a command line: every program it runs (<see cref="CommandWalker"/>), what each does
/// (<see cref="CommandTable"/>), and the targets it deletes, writes or reads through the destructive-IO path classifier
/// (<see cref="PathClassifier"/>): build output, the temp folder and safe paths are Low; the home folder, roots, .git,
/// configuration, secrets, databases and backups Critical. Reading or sending a secret file is Critical.
/// </summary>
internal static class CommandClassifier
{
    public static List<CommandFinding> Classify(string commandLine, ShellKind shell, CommandContext context)
    {
        var findings = new List<CommandFinding>();
        foreach (var invocation in CommandWalker.Walk(commandLine, shell))
        {
            foreach (var finding in CommandTable.Judge(invocation))
            {
                if (Resolve(finding, invocation.Shell, context) is { } resolved)
                {
                    findings.Add(resolved);
                }
            }
        }

        return findings;
    }

    /// <summary>The worst finding: highest risk, first in the line.</summary>
    public static CommandFinding? Worst(IEnumerable<CommandFinding> findings)
        => findings.Aggregate((CommandFinding?)null, (worst, next) => worst is null || next.Risk > worst.Risk ? next : worst);

    private static CommandFinding? Resolve(CommandFinding finding, ShellKind shell, CommandContext context)
    {
        if (finding.Target is not { } target)
        {
            return finding;
        }

        var text = target.Text;
        if (finding.Effect == CommandEffect.Read)
        {
            return ShellPaths.IsSecretFile(text)
                ? new CommandFinding(CommandEffect.Secrets, RiskLevel.Critical, $"{finding.What}: a secret file; its content reaches the agent and leaves the machine", target)
                : null;
        }

        var verb = finding.Effect == CommandEffect.Delete ? "deletes" : finding.Recursive ? "appends to" : "overwrites";
        if (ShellPaths.IsBuildOutput(target, shell))
        {
            return finding.With(RiskLevel.Low, $"{finding.What} ({verb} build output, which a build makes again)");
        }

        var symbolic = ShellPaths.ToSymbolic(target, shell);
        var (kind, reason) = context.Paths.Classify(symbolic, folder: finding.Recursive && finding.Effect == CommandEffect.Delete);
        if (ShellPaths.IsSecretFile(text) && kind is PathKind.Ordinary or PathKind.ProtectedKind)
        {
            (kind, reason) = (PathKind.ProtectedKind, "a secret file");
        }

        switch (kind)
        {
            case PathKind.Scratch:
                return finding.With(RiskLevel.Low, $"{finding.What} ({verb} {reason})");
            case PathKind.Protected:
                return finding.With(finding.Recursive && finding.Effect != CommandEffect.Delete ? RiskLevel.High : RiskLevel.Critical, $"{finding.What} ({verb} {reason})");
            case PathKind.ProtectedKind when finding.Effect == CommandEffect.Write && !Exists(FullPath(text, shell, context.WorkingDirectory), context):
                return finding.With(RiskLevel.Medium, $"{finding.What} (creates {reason}: the edit gate does not see its content)");
            case PathKind.ProtectedKind:
                var inTests = text.Replace('\\', '/').Split('/').Any(s => s.Equals("test", StringComparison.OrdinalIgnoreCase) || s.Equals("tests", StringComparison.OrdinalIgnoreCase) || s.EndsWith(".Tests", StringComparison.OrdinalIgnoreCase));
                var appends = finding.Recursive && finding.Effect != CommandEffect.Delete;
                return finding.With(inTests || appends ? RiskLevel.High : RiskLevel.Critical, $"{finding.What} ({verb} {reason}{(inTests ? ", in a test folder" : string.Empty)})");
        }

        if (symbolic.HasUnknown || target.Expanded)
        {
            return finding.With(finding.Effect == CommandEffect.Delete && finding.Recursive ? RiskLevel.High : RiskLevel.Medium, $"{finding.What} ({verb} a path chosen when it runs)");
        }

        var full = FullPath(text, shell, context.WorkingDirectory);
        var outside = full is not null && context.WorkingDirectory is { } cwd && !IsUnder(full, cwd);
        if (finding.Effect == CommandEffect.Delete)
        {
            var risk = finding.Recursive || outside ? RiskLevel.High : RiskLevel.Medium;
            return finding.With(risk, $"{finding.What} ({verb} {(finding.Recursive ? "a folder" : "a file")}{(outside ? " outside the working folder" : string.Empty)})");
        }

        if (finding.Recursive)
        {
            return finding.With(RiskLevel.Low, $"{finding.What} (appends to a file)");
        }

        if (Exists(full, context))
        {
            return finding.With(RiskLevel.Medium, $"{finding.What} (overwrites {(outside ? "a file outside the working folder" : "an existing file")}: the edit gate does not see this change)");
        }

        return IsOutputFile(text)
            ? finding.With(RiskLevel.Low, $"{finding.What} (creates a new output file)")
            : finding.With(RiskLevel.Medium, $"{finding.What} (creates a file whose content the edit gate does not see; write code and configuration with the agent's edit tool)");
    }

    private static bool Exists(string? full, CommandContext context) => full is null || context.Exists is null || context.Exists(full);

    /// <summary>Logs, text and data output: what a command writes for a person to read (<c>dotnet test &gt; test.log</c>).</summary>
    private static bool IsOutputFile(string path)
    {
        var dot = path.LastIndexOf('.');
        var extension = dot < 0 || dot < path.Replace('\\', '/').LastIndexOf('/') ? string.Empty : path.Substring(dot).ToLowerInvariant();
        return extension is ".log" or ".txt" or ".out" or ".csv" or ".tmp" or ".md" or ".html" or ".trx" or ".diff" or ".patch" or ".tgz" or ".zip" or ".gz" or ".tar";
    }

    /// <summary>The target as a full path with forward slashes (no file system access: an analyzer may not touch it); null when it cannot be told.</summary>
    private static string? FullPath(string text, ShellKind shell, string? workingDirectory)
    {
        var path = shell == ShellKind.Bash ? text : text.Replace('\\', '/');
        var rooted = path.StartsWith("/", StringComparison.Ordinal) || (path.Length > 1 && path[1] == ':');
        if (!rooted && workingDirectory is null)
        {
            return null;
        }

        var combined = rooted ? path : workingDirectory!.Replace('\\', '/').TrimEnd('/') + "/" + path;
        return LexicalPath.Normalize(combined);
    }

    private static bool IsUnder(string full, string folder)
    {
        var root = folder.Replace('\\', '/').TrimEnd('/');
        return full.Equals(root, StringComparison.OrdinalIgnoreCase) || full.StartsWith(root + "/", StringComparison.OrdinalIgnoreCase);
    }
}
