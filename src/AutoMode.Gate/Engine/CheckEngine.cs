using System.Diagnostics;
using AutoMode;
using AutoMode.Analyzers;
using AutoMode.Gate.Analysis;
using AutoMode.Gate.Classification;
using AutoMode.Gate.Config;
using AutoMode.Gate.Git;
using AutoMode.Gate.Model;
using AutoMode.Gate.Policy;
using AutoMode.Gate.Projects;

namespace AutoMode.Gate.Engine;

/// <summary>
/// <c>automode check</c>: classifies a change in a git repository. C# files are analyzed in their project's
/// compilation and only the findings that touch the change are kept; other files are classified by kind; policy
/// tampering is always Critical. The change's risk is the highest effective risk, its decision the strictest file
/// decision under the .editorconfig policy of that file's path.
/// </summary>
public sealed class CheckEngine
{
    private readonly AnalyzerCatalog _catalog;
    private readonly ISqlScriptClassifier _sql;
    private readonly PolicyTamperingDetector _tampering;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string Root, string? Sensitive, string? Own), DependencyRules> _dependencyRules = new();

    public CheckEngine(AnalyzerCatalog catalog, ISqlScriptClassifier? sqlClassifier = null)
    {
        _catalog = catalog;
        _sql = sqlClassifier ?? new SqlStatementScriptClassifier();
        _tampering = new PolicyTamperingDetector(catalog);
    }

    public Task<CheckReport> CheckAsync(CheckOptions options, CancellationToken cancellationToken = default)
    {
        var stopwatch = Stopwatch.StartNew();
        var git = GitRepository.Open(options.Path);
        var changes = ChangeSetReader.Read(git, options.Base, options.Staged);
        var restoreNotes = options.Restore ? RestoreProjectsOf(changes) : Array.Empty<string>();
        return ClassifyAsync(changes, stopwatch, cancellationToken, restoreNotes);
    }

    /// <summary>Restores the projects that own the changed C# files (and, through the restore, what they reference).</summary>
    private static IReadOnlyList<string> RestoreProjectsOf(ChangeSet changes)
    {
        var projects = changes.Files
            .Where(f => FileKinds.Of(f.Path) == FileKinds.CSharp && f.Kind != ChangeKind.Deleted)
            .Select(f => SourceFolders.OwningProject(Full(changes.Root, f.Path), changes.Root))
            .Where(p => p is not null)
            .Select(p => p!)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return ProjectRestorer.RestoreMissing(projects, changes.Root);
    }

    /// <summary>
    /// Classifies a change given in memory — the agent hooks' proposed edit (before: the file as it is, after: the
    /// edit applied) — exactly as <see cref="CheckAsync"/> classifies a change read from git.
    /// </summary>
    public Task<CheckReport> ClassifyAsync(ChangeSet changes, CancellationToken cancellationToken = default) =>
        ClassifyAsync(changes, Stopwatch.StartNew(), cancellationToken, null);

    private async Task<CheckReport> ClassifyAsync(ChangeSet changes, Stopwatch stopwatch, CancellationToken cancellationToken, IReadOnlyList<string>? restoreNotes = null)
    {
        var root = changes.Root;
        var notes = new List<string>(restoreNotes ?? Array.Empty<string>());
        var locator = new ConfigFileLocator();
        using var loader = new ProjectLoader(root, locator);
        var configFiles = locator.EditorConfigsFor(changes.Files.Select(f => Full(root, f.Path)).Append(Path.Combine(root, "_")))
            .Concat(locator.GlobalConfigsFor(root))
            .ToList();
        var config = ConfigSet.Load(configFiles);
        notes.AddRange(config.Problems.Select(p => "configuration: " + p));
        var basePolicy = new PolicyReader(config, root, notes);
        var presetPolicies = new Dictionary<string, PolicyReader>(StringComparer.Ordinal);
        PolicyReader PolicyFor(string relative)
        {
            var project = SourceFolders.OwningProject(Full(root, relative), root);
            var presetNotes = new List<string>();
            var preset = project is null || !File.Exists(project) ? null : loader.PolicyPreset(project, presetNotes);
            notes.AddRange(presetNotes.Select(n => $"{AnalysisRunner.RelativePath(project!, root)}: {n}"));
            if (preset is null)
            {
                return basePolicy;
            }

            if (!presetPolicies.TryGetValue(preset, out var reader))
            {
                var withPreset = ConfigSet.Load(configFiles, new[] { (PolicyPresets.VirtualPath(preset), PolicyPresets.Text(preset)!) });
                reader = new PolicyReader(withPreset, root, notes);
                presetPolicies[preset] = reader;
            }

            return reader;
        }

        var lines = changes.Files.ToDictionary(f => f.Path, f => LineChanges.Compute(f.OldText, f.NewText), StringComparer.Ordinal);
        var kinds = changes.Files.ToDictionary(f => f.Path, f => FileKinds.Of(f.Path), StringComparer.Ordinal);
        var findings = changes.Files.ToDictionary(f => f.Path, _ => new List<Finding>(), StringComparer.Ordinal);

        foreach (var file in changes.Files)
        {
            var kind = kinds[file.Path];
            var atRoot = !file.Path.Contains('/');
            findings[file.Path].AddRange(_tampering.Detect(file, lines[file.Path], kind, atRoot));
            findings[file.Path].AddRange(Classify(file, kind, lines[file.Path], key => config.Get(Full(root, file.Path), key), root));
        }

        await new CSharpChangeAnalyzer(_catalog, root, loader).AnalyzeAsync(
            changes.Files.Where(f => kinds[f.Path] == FileKinds.CSharp).ToList(), lines, findings, notes, cancellationToken).ConfigureAwait(false);

        foreach (var list in findings.Values)
        {
            OneFindingPerSuppression(list);
        }

        foreach (var file in changes.Files.Where(f => kinds[f.Path] == FileKinds.CSharp))
        {
            AuthorizationChanges.OneFindingPerChange(findings[file.Path], file);
            CertificateValidationChanges.OneFindingPerLine(findings[file.Path]);
        }

        var reports = new List<FileReport>();
        foreach (var file in changes.Files)
        {
            var full = Full(root, file.Path);
            var policy = PolicyFor(file.Path);
            var effective = findings[file.Path]
                .Select(f => (Finding: f, Risk: policy.EffectiveRisk(f, full)))
                .Where(x => x.Risk is not null)
                .Select(x => x.Finding with { Risk = x.Risk!.Value })
                .OrderByDescending(f => f.Risk).ThenBy(f => f.Line).ThenBy(f => f.RuleId, StringComparer.Ordinal)
                .ToList();
            var risk = effective.Count == 0 ? RiskLevel.Low : effective.Max(f => f.Risk);
            var (decision, line) = policy.For(full).Decide(risk, effective.Select(f => f.Category).Distinct(StringComparer.OrdinalIgnoreCase));
            reports.Add(new FileReport(file.Path, file.Kind, file.OldPath, file.Binary ? kinds[file.Path] + ", binary" : kinds[file.Path], risk, decision, line, effective));
        }

        var worst = reports
            .OrderByDescending(r => r.Decision)
            .ThenByDescending(r => r.Risk)
            .FirstOrDefault();
        var overall = worst is null
            ? (Risk: RiskLevel.Low, Decision: Decision.Allow, Line: basePolicy.For(Path.Combine(root, "_")).Decide(RiskLevel.Low, Array.Empty<string>()).Line with { Reason = "nothing changed" })
            : (Risk: reports.Max(r => r.Risk), Decision: worst.Decision, Line: worst.DecidedBy with { Reason = $"{worst.Path}: {worst.DecidedBy.Reason}" });

        return new CheckReport(
            root,
            changes.Mode,
            changes.Base,
            overall.Risk,
            overall.Decision,
            overall.Line,
            reports.OrderByDescending(r => r.Risk).ThenBy(r => r.Path, StringComparer.Ordinal).ToList(),
            notes.Distinct().ToList(),
            stopwatch.Elapsed)
        {
            Changes = changes,
        };
    }

    /// <summary>
    /// A new <c>#pragma warning disable</c> or <c>[SuppressMessage]</c> of AutoMode ids is reported by the gate as
    /// tampering (AMG904/AMG905, Critical) and by the analyzers as a suppression (AM9101/AM9102) on the same line: the
    /// tampering finding stands for both, so one suppression is one finding.
    /// </summary>
    private static void OneFindingPerSuppression(List<Finding> findings)
    {
        var tampered = findings
            .Where(f => f.RuleId == GateRules.PragmaSuppression.Id || f.RuleId == GateRules.AttributeSuppression.Id)
            .Select(f => f.Line)
            .ToHashSet();
        if (tampered.Count > 0)
        {
            findings.RemoveAll(f => f.RuleId is RuleIdentifiers.UnjustifiedSuppression or RuleIdentifiers.JustifiedSuppression && tampered.Contains(f.Line));
        }
    }

    private IEnumerable<Finding> Classify(ChangedFile file, string kind, LineChanges lines, Func<string, string?> option, string root)
    {
        DependencyRules Dependencies() => _dependencyRules.GetOrAdd(
            (root, option(DependencyRules.SensitiveKey), option(DependencyRules.OwnKey)),
            key => DependencyRules.ForRepository(key.Root, key.Sensitive, key.Own));

        switch (kind)
        {
            case FileKinds.CSharp:
                return TestChangeClassifier.Classify(file, lines).Concat(AuthorizationChanges.Classify(file)).Concat(AuthenticationChanges.Classify(file)).Concat(ProtectionChanges.Classify(file))
                    .Concat(CertificateValidationChanges.Classify(file)).Concat(CorsPolicyChanges.Classify(file));
            case FileKinds.AnalyzerConfig:
            case FileKinds.RiskDeclarations:
            case FileKinds.AcceptedRisks:
            case FileKinds.AuditLog:
            case FileKinds.AgentSettings:
                return Array.Empty<Finding>();
            case FileKinds.MsBuild:
            case FileKinds.LockFile:
                return DependencyClassifier.Classify(file, Dependencies());
            case FileKinds.Sql:
                return _sql.Classify(file, lines);
            case FileKinds.Configuration:
                return ConfigurationClassifier.Classify(file, lines, option);
            case FileKinds.Infrastructure:
                return InfrastructureCosmetics.IsCosmetic(file.Path, file.OldText, file.NewText)
                    ? new[] { GateRules.CosmeticInfrastructureChange.At(file, 0, $"{file.Path} changed only in comments, blank lines or step names: what runs is the same.") }
                    : CiWorkflows.IsCiDefinition(file.Path) ? new[] { CiWorkflows.Classify(file, lines) }
                    : new[] { GateRules.InfrastructureChange.At(file, 0, $"{file.Path} is CI/CD or infrastructure: it runs with deployment credentials or changes what runs in production.") };
            case FileKinds.Documentation:
                return new[] { GateRules.DocumentationChange.At(file, 0, $"{file.Path} is documentation.") };
        }

        return SideFiles.Classify(file, kind, lines, kind is FileKinds.NpmManifest or FileKinds.SdkPin ? Dependencies() : DependencyRules.Default, option);
    }

    internal static string Full(string root, string relative) => Path.GetFullPath(Path.Combine(root, relative.Replace('/', Path.DirectorySeparatorChar)));
}
