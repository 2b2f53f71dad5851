using System.Collections.Immutable;
using System.Diagnostics;
using AutoMode;
using AutoMode.Analyzers.Commands;
using AutoMode.Analyzers.Rules.DestructiveIO;
using AutoMode.Gate.Classification;
using AutoMode.Gate.Config;
using AutoMode.Gate.Git;
using AutoMode.Gate.Hooks;
using AutoMode.Gate.Hooks.Server;
using AutoMode.Gate.Model;
using AutoMode.Gate.Policy;

namespace AutoMode.Gate.Commands;

/// <summary>
/// Judges a command an agent is about to run — <c>automode check-command</c>, <c>automode hook claude</c> for the
/// Bash and PowerShell tools, and the other agents' adapters — with the analyzers' command classifier (the shell
/// tokenizer and the command risk table AM5003 uses, the destructive-IO path classifier, the SQL statement
/// classifier), and decides under the .editorconfig policy of the working folder, as <c>check</c> decides a change.
/// No compilation, no MSBuild: a command is judged in milliseconds.
/// </summary>
public sealed class CommandGate
{
    public const string Mode = "command";

    private const int MaxSubject = 120;

    /// <summary>Judges the command. Never throws for odd command text; a working folder that does not exist is a <see cref="GateException"/>.</summary>
    public CheckReport Judge(ProposedCommand command)
    {
        var clock = Stopwatch.StartNew();
        var cwd = Path.GetFullPath(command.WorkingDirectory);
        if (!Directory.Exists(cwd))
        {
            throw new GateException($"the command's working folder {cwd} does not exist");
        }

        var root = AutoMode.Hook.Client.HookEndpoint.RepositoryRoot(cwd) ?? cwd;
        var notes = new List<string>();
        var locator = new ConfigFileLocator();
        var here = Path.Combine(cwd, "_");
        var config = ConfigSet.Load(locator.EditorConfigsFor(new[] { here }).Concat(locator.GlobalConfigsFor(cwd)).Distinct().ToList());
        notes.AddRange(config.Problems.Select(p => "configuration: " + p));
        var policyReader = new PolicyReader(config, root, notes);
        var paths = PathClassifier.Create(List(config.Get(here, PathClassifier.ProtectedPathsOption)), List(config.Get(here, PathClassifier.SafePathsOption)));
        var context = new CommandContext(paths, cwd, path => File.Exists(path) || Directory.Exists(path));

        var subject = Subject(command);
        var file = new ChangedFile(subject, ChangeKind.Modified, null, null, null, false);
        var findings = new List<Finding>();
        foreach (var found in CommandClassifier.Classify(command.CommandLine, Shell(command.Shell), context))
        {
            findings.Add(RuleFor(found.Effect).At(file, 0, Message(found), FindingSource.File, found.Risk));
            if (Tampering(found, cwd, root) is { } what)
            {
                findings.Add(GateRules.PolicyFileEditedByAgent.At(file, 0, $"'{found.What}' writes {what} through the shell: an agent must not change it; ask the user to make this change.", FindingSource.PolicyTampering));
            }
        }

        if (findings.Count == 0)
        {
            findings.Add(GateRules.ReadOnlyCommand.At(file, 0, "The command runs no program (empty, a comment or only variable assignments)."));
        }

        var effective = findings
            .Select(f => (Finding: f, Risk: policyReader.EffectiveRisk(f, here)))
            .Where(x => x.Risk is not null)
            .Select(x => x.Finding with { Risk = x.Risk!.Value })
            .OrderByDescending(f => f.Risk)
            .GroupBy(f => (f.RuleId, f.Message)).Select(g => g.First())
            .ToList();
        var risk = effective.Count == 0 ? RiskLevel.Low : effective.Max(f => f.Risk);
        var (decision, line) = policyReader.For(here).Decide(risk, effective.Select(f => f.Category).Distinct(StringComparer.OrdinalIgnoreCase));
        var kind = "command (" + command.Shell.ToString().ToLowerInvariant() + ")";
        var report = new FileReport(subject, ChangeKind.Modified, null, kind, risk, decision, line, effective);
        return new CheckReport(root, Mode, null, risk, decision, line with { Reason = $"{subject}: {line.Reason}" }, new[] { report }, notes.Distinct().ToList(), clock.Elapsed)
        {
            Command = command with { WorkingDirectory = cwd },
        };
    }

    /// <summary>What the reason and the audit log show in place of a file path: <c>$ git push --force</c>, on one line, shortened.</summary>
    public static string Subject(ProposedCommand command)
    {
        var text = string.Join(" ⏎ ", command.CommandLine.Trim().Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0));
        return "$ " + (text.Length > MaxSubject ? text[..(MaxSubject - 1)] + "…" : text);
    }

    private static ShellKind Shell(CommandShell shell) => shell switch
    {
        CommandShell.PowerShell => ShellKind.PowerShell,
        CommandShell.Cmd => ShellKind.Cmd,
        _ => ShellKind.Bash,
    };

    private static ImmutableArray<string> List(string? value) =>
        value is null ? ImmutableArray<string>.Empty : value.Split(',').Select(v => v.Trim()).Where(v => v.Length > 0).ToImmutableArray();

    private static GateRule RuleFor(CommandEffect effect) => effect switch
    {
        CommandEffect.ReadOnly => GateRules.ReadOnlyCommand,
        CommandEffect.LocalChange => GateRules.LocalChangeCommand,
        CommandEffect.Delete or CommandEffect.Write or CommandEffect.Read => GateRules.FileDeletingCommand,
        CommandEffect.Database => GateRules.DatabaseCommand,
        CommandEffect.VersionControl => GateRules.VersionControlCommand,
        CommandEffect.Deployment => GateRules.DeploymentCommand,
        CommandEffect.Network => GateRules.NetworkCommand,
        CommandEffect.Secrets => GateRules.SecretsCommand,
        CommandEffect.Packages => GateRules.PackageCommand,
        CommandEffect.Machine => GateRules.MachineCommand,
        _ => GateRules.UnknownCommand,
    };

    /// <summary>What the finding does, and above Low the safe alternative.</summary>
    private static string Message(CommandFinding finding)
    {
        var what = char.ToUpperInvariant(finding.What[0]) + finding.What[1..];
        if (finding.Risk == RiskLevel.Low)
        {
            return what + ".";
        }

        var alternative = finding.Effect switch
        {
            CommandEffect.Unknown => "A person checks what it does before it runs.",
            CommandEffect.Delete or CommandEffect.Write => "Unattended, delete or overwrite only build output and temp files; ask the user for anything else.",
            CommandEffect.Database => "Change databases through a reviewed migration and pipeline, not from an agent's shell.",
            CommandEffect.VersionControl => "Push to a feature branch and open a pull request; never force-push, delete or reset shared work unattended.",
            CommandEffect.Deployment => "Deploy and publish from a reviewed pipeline, not from an agent's shell.",
            CommandEffect.Network => "Send data to other systems from reviewed code, or with the user watching.",
            CommandEffect.Secrets => "Never print or send secrets; refer to them by name (user secrets, a vault, CI variables).",
            CommandEffect.Packages => "Change dependencies in a reviewed project-file edit.",
            CommandEffect.Machine => "Leave machine-level changes to the user.",
            _ => "A person checks it before it runs.",
        };
        return $"{what}. {alternative}";
    }

    /// <summary>The policy file or git internal a delete or write touches ("the gate's policy (analyzer configuration)"); null when none.</summary>
    private static string? Tampering(CommandFinding finding, string cwd, string root)
    {
        if (finding.Target is not { } target || finding.Effect is not (CommandEffect.Delete or CommandEffect.Write) || target.Expanded)
        {
            return null;
        }

        string relative;
        try
        {
            var full = Path.GetFullPath(target.Text.Replace('\\', '/'), cwd);
            relative = Path.GetRelativePath(root, full).Replace('\\', '/');
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return null;
        }

        if (relative.StartsWith("../", StringComparison.Ordinal) || relative == "..")
        {
            return null;
        }

        if (HookRules.IsGitInternal(relative))
        {
            return $"{relative}, git's own files (hooks, configuration)";
        }

        var kind = FileKinds.Of(relative);
        return HookRules.PolicyKinds.Contains(kind) ? $"{relative}, the gate's policy ({kind})" : null;
    }
}
