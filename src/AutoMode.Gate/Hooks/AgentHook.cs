using System.Text;
using AutoMode;
using AutoMode.Gate.Audit;
using AutoMode.Gate.Classification;
using AutoMode.Gate.Commands;
using AutoMode.Gate.Engine;
using AutoMode.Gate.Git;
using AutoMode.Gate.Model;
using AutoMode.Gate.Projects;

namespace AutoMode.Gate.Hooks;

/// <summary>
/// The agent hook, for every agent (<c>automode hook claude|codex|copilot|gemini|cursor</c>): an <see cref="IHookAgent"/>
/// reads the agent's input into an <see cref="AgentAction"/>; this applies each proposed file edit in memory to the
/// file as it is, classifies the change with <see cref="CheckEngine.ClassifyAsync"/> (exactly as <c>check</c> classifies
/// a change), and decides allow, ask or deny with the reason; the agent renders the decision in its own terms. It fails
/// closed: input it cannot use, an exception, a missing project, a binary file, a file outside the repository or a
/// timeout is an <c>ask</c> with the reason. Every answer is appended to the audit log.
/// </summary>
public sealed class AgentHook
{
    private readonly CheckEngine _engine;
    private readonly HookOptions _options;
    private readonly IHookAgent _agent;

    public AgentHook(CheckEngine engine, HookOptions options, IHookAgent agent)
    {
        _engine = engine;
        _options = options;
        _agent = agent;
    }

    public IHookAgent Agent => _agent;

    /// <summary>Reads the hook input, decides within the timeout, records the decision and returns the answer. Never throws.</summary>
    public async Task<HookResult> RunAsync(Func<Task<string>> readInput)
    {
        var context = new HookContext();
        using var cancellation = new CancellationTokenSource();
        var work = Task.Run(async () => await DecideAsync(await readInput().ConfigureAwait(false), context, cancellation.Token).ConfigureAwait(false));
        HookOutcome outcome;
        if (await Task.WhenAny(work, Task.Delay(_options.Timeout)).ConfigureAwait(false) == work)
        {
            try
            {
                outcome = await work.ConfigureAwait(false);
            }
            catch (Exception e)
            {
                outcome = HookOutcome.Failure(e is GateException or HookInputException ? e.Message : $"internal error: {e.GetType().Name}: {e.Message}");
            }
        }
        else
        {
            cancellation.Cancel();
            outcome = HookOutcome.Failure($"it did not decide within the hook's timeout of {_options.Timeout.TotalSeconds:0.#} s (automode hook {_agent.Name} --timeout)");
        }

        return outcome.PassThrough ? HookResult.NotJudged : Record(outcome, context);
    }

    /// <summary>
    /// Answers ask for a problem found outside the hook (its input did not arrive in time, or is too large), and
    /// records it in the repository of the input's <c>cwd</c> as far as <paramref name="input"/> tells it.
    /// </summary>
    public HookResult Fail(string problem, string? input = null)
    {
        var context = new HookContext();
        if (input is not null)
        {
            (context.Session, context.Tool, context.Cwd) = _agent.Header(input);
        }

        return Record(HookOutcome.Failure(problem), context);
    }

    /// <summary>The answer to input larger than <see cref="HookOptions.MaxInputBytes"/>: ask, never a classification (it would not finish in time).</summary>
    public static string TooLarge(long bytes) =>
        $"the hook input is {bytes / 1024.0 / 1024.0:0.#} MB, over the hook's limit of {HookOptions.MaxInputBytes / 1024 / 1024} MB: an edit that large is not classified";

    private async Task<HookOutcome> DecideAsync(string json, HookContext context, CancellationToken cancellationToken)
    {
        (context.Session, context.Tool, context.Cwd) = _agent.Header(json);
        if (System.Text.Encoding.UTF8.GetByteCount(json) is var size && size > HookOptions.MaxInputBytes)
        {
            return HookOutcome.Failure(TooLarge(size));
        }

        AgentAction? action;
        try
        {
            action = _agent.Parse(json);
        }
        catch (HookInputException e)
        {
            return HookOutcome.Failure(e.Message);
        }

        if (action is null)
        {
            return HookOutcome.NotJudged;
        }

        (context.Session, context.Tool) = (action.Session ?? context.Session, action.Tool);
        var cwd = action.Cwd ?? _options.WorkingDirectory;
        if (!Directory.Exists(cwd))
        {
            return HookOutcome.Failure($"the session's folder {cwd} does not exist");
        }

        if (action.Command is not null)
        {
            // A command needs no compilation and no repository: the .editorconfig policy of its folder decides.
            var command = new ProposedCommand(action.Command, action.Shell, cwd);
            var judged = new CommandGate().Judge(command);
            (context.Root, context.Path) = (judged.Repository, judged.Files[0].Path);
            return new HookOutcome(judged.Decision, HookReason.ForReport(judged.Decision, judged, CommandGate.Subject(command), null), judged, null);
        }

        GitRepository git;
        try
        {
            git = GitRepository.Open(cwd);
        }
        catch (GateException e)
        {
            return HookOutcome.Failure($"no repository, so no project or policy: {e.Message}");
        }

        var root = git.Root;
        context.Root = root;
        if (action.Edits.Count == 0)
        {
            return HookOutcome.Failure($"{action.Tool} changes no file");
        }

        var files = new ProposedFiles(root, cwd);
        foreach (var edit in action.Edits)
        {
            if (await files.ApplyAsync(edit, context, cancellationToken).ConfigureAwait(false) is { } problem)
            {
                return HookOutcome.Failure(problem);
            }
        }

        var changed = files.Changes();
        foreach (var file in changed.Where(f => f.NewText is not null))
        {
            if (FileKinds.Of(file.Path) == FileKinds.CSharp && SourceFolders.OwningProject(Path.Combine(root, file.Path), root) is null)
            {
                return HookOutcome.Failure($"{file.Path} belongs to no project (no .csproj in its folder or above it in the repository): the gate cannot compile it as the build would");
            }
        }

        var report = await _engine.ClassifyAsync(new ChangeSet(root, "hook", null, changed), cancellationToken).ConfigureAwait(false);
        return Guard(report, HookReason.Label(changed.Select(f => f.Path).ToList()));
    }

    /// <summary>An agent never edits the gate's policy files or git's own files: at least ask, with AMG909 unless a Critical tampering finding already says why.</summary>
    private static HookOutcome Guard(CheckReport report, string label)
    {
        var guarded = report.Files.Select(f => (f.Path, What: ProtectedWhat(f.Path))).Where(f => f.What is not null).ToDictionary(f => f.Path, f => f.What!, StringComparer.Ordinal);
        if (guarded.Count == 0)
        {
            return new HookOutcome(report.Decision, HookReason.ForReport(report.Decision, report, label, null), report, null);
        }

        var guard = $"Decided by the hook: an agent's edit of {guarded.Values.First()} is never auto-approved, whichever way it moves.";
        // A Critical tampering finding already says why; a Medium one (AMG911: the policy made stricter) does not
        // make an agent's edit of a policy file any less the agent's.
        var files = report.Files.Select(f => !guarded.TryGetValue(f.Path, out var what) ? f
            : f.Findings.Any(x => GateRules.IsTampering(x.RuleId) && x.Risk == RiskLevel.Critical)
            ? f with { Decision = Max(f.Decision, Decision.Ask) }
            : f with
            {
                Risk = RiskLevel.Critical,
                Decision = Max(f.Decision, Decision.Ask),
                Findings = f.Findings.Prepend(GateRules.PolicyFileEditedByAgent.At(
                    new ChangedFile(f.Path, f.Change, null, null, null, false), 0, $"{f.Path} is {what}: an agent must not change it; ask the user to make this change.", FindingSource.PolicyTampering)).ToList(),
            }).ToList();
        var decision = Max(report.Decision, Decision.Ask);
        var result = report with
        {
            Files = files,
            Risk = RiskLevel.Critical,
            Decision = decision,
            DecidedBy = report.Decision >= Decision.Ask ? report.DecidedBy : new DecidingLine("hook", "policy files are never auto-approved", "automode", guard),
        };
        return new HookOutcome(decision, HookReason.ForReport(decision, result, label, report.Decision >= Decision.Ask ? null : guard), result, null);
    }

    /// <summary>What a protected file is (the gate's policy, git's own files), or null for any other file.</summary>
    private static string? ProtectedWhat(string relative)
    {
        if (HookRules.IsGitInternal(relative))
        {
            return "git's own files (hooks, configuration)";
        }

        var kind = FileKinds.Of(relative);
        return HookRules.PolicyKinds.Contains(kind) ? $"the gate's policy ({kind})" : null;
    }

    private HookResult Record(HookOutcome outcome, HookContext context)
    {
        if (!_options.Audit)
        {
            return new HookResult(outcome.Decision, outcome.Reason, null);
        }

        string? path = null;
        try
        {
            // The session's repository: the one the classification found, else the input's cwd, else the process's folder.
            var root = context.Root ?? TryRoot(context.Cwd) ?? TryRoot(_options.WorkingDirectory);
            if (root is null && _options.AuditLogPath is null)
            {
                return new HookResult(outcome.Decision, HookReason.WithAudit(outcome.Reason, null, null, "no repository to keep the audit log in"), null);
            }

            path = AuditLocation.Resolve(root ?? _options.WorkingDirectory, _options.AuditLogPath is null ? null : Path.GetFullPath(_options.AuditLogPath, _options.WorkingDirectory));
            if (path is null)
            {
                return new HookResult(outcome.Decision, outcome.Reason, null);
            }

            var actor = context.Session is null ? _agent.Actor : _agent.Actor + ":" + context.Session;
            var entry = outcome.Report is { } report
                ? AuditEntries.ForReport(report, _agent.Source, actor, context.Tool, context.Session, outcome.Reason)
                : AuditEntries.ForFailure(_agent.Source, actor, context.Tool, context.Session, context.Path, "ask", outcome.Reason);
            if (root is not null)
            {
                entry["user"] = AuditLocation.GitActor(root);
            }

            var line = new AuditLog(path) { LockTimeout = _options.AuditLockTimeout }.Append(entry);
            var shown = root is not null && path.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal) ? Path.GetRelativePath(root, path).Replace('\\', '/') : path;
            return new HookResult(outcome.Decision, HookReason.WithAudit(outcome.Reason, line.Id, shown, null), line.Id);
        }
        catch (Exception e)
        {
            // An unaudited decision must not let an edit through unattended.
            var decision = outcome.Decision == Decision.Allow ? Decision.Ask : outcome.Decision;
            var reason = decision == outcome.Decision ? outcome.Reason : outcome.Reason.Replace("AutoMode: allow", "AutoMode: ask", StringComparison.Ordinal);
            return new HookResult(decision, HookReason.WithAudit(reason, null, null, $"the audit log {path} could not be written ({e.Message}); an unaudited edit is not auto-approved"), null);
        }
    }

    private static string? TryRoot(string? directory)
    {
        if (string.IsNullOrEmpty(directory) || !Directory.Exists(directory))
        {
            return null;
        }

        try
        {
            return GitRepository.Open(directory).Root;
        }
        catch (GateException)
        {
            return null;
        }
    }

    private static Decision Max(Decision a, Decision b) => a > b ? a : b;

    internal sealed class HookContext
    {
        public string? Session { get; set; }

        public string? Tool { get; set; }

        public string? Root { get; set; }

        /// <summary>The input's <c>cwd</c>, read before anything else (even from input the hook cannot use).</summary>
        public string? Cwd { get; set; }

        public string? Path { get; set; }
    }
}

/// <summary>What the hook decided, before it is recorded: the classification (null when it failed closed) and the reason.</summary>
internal sealed record HookOutcome(Decision Decision, string Reason, CheckReport? Report, string? Problem, bool PassThrough = false)
{
    /// <summary>A tool the gate does not judge, which the agent lets through on its own permissions: not recorded.</summary>
    public static readonly HookOutcome NotJudged = new(Decision.Allow, string.Empty, null, null, PassThrough: true);

    public static HookOutcome Failure(string problem) => new(Decision.Ask, HookReason.ForFailure(problem), null, problem);
}

/// <summary>Options of <c>automode hook &lt;agent&gt;</c>.</summary>
public sealed record HookOptions
{
    /// <summary>The default timeout: well under Claude Code's own hook timeout (60 s).</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(AutoMode.Hook.Client.HookWire.DefaultTimeoutSeconds);

    /// <summary>
    /// The largest hook input classified: 4 MiB of JSON. Larger input (a multi-megabyte Write) answers ask: classifying
    /// it would not finish within any sensible timeout, and no source file an agent should write unattended is that big.
    /// </summary>
    public const int MaxInputBytes = AutoMode.Hook.Client.HookWire.MaxInputBytes;

    public TimeSpan Timeout { get; init; } = DefaultTimeout;

    /// <summary>The audit log (default: <see cref="AuditLocation"/>).</summary>
    public string? AuditLogPath { get; init; }

    public bool Audit { get; init; } = true;

    /// <summary>The folder the hook was started in (the hook server runs hooks for clients started elsewhere).</summary>
    public string WorkingDirectory { get; init; } = Environment.CurrentDirectory;

    public TimeSpan AuditLockTimeout { get; init; } = TimeSpan.FromSeconds(10);
}
