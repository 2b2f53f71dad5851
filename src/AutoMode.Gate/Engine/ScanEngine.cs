using System.Diagnostics;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using AutoMode.Gate.Analysis;
using AutoMode.Gate.Config;
using AutoMode.Gate.Model;
using AutoMode.Gate.Projects;

namespace AutoMode.Gate.Engine;

/// <summary>
/// <c>automode scan</c>: every finding in a solution, a project, or a folder of C# files. Projects are analyzed one at
/// a time (progress is reported per project); a project that cannot be loaded or an analyzer that throws is
/// reported and the scan goes on.
/// </summary>
public sealed partial class ScanEngine
{
    private readonly AnalyzerCatalog _catalog;
    private readonly Action<string> _progress;

    public ScanEngine(AnalyzerCatalog catalog, Action<string>? progress = null)
    {
        _catalog = catalog;
        _progress = progress ?? (_ => { });
    }

    /// <summary>Also compile each project fully and note its compiler errors (how faithful the compilation is; costs a full bind).</summary>
    public bool ReportCompilerErrors { get; init; }

    /// <summary>Restore the projects that are not restored before analyzing them, as <c>dotnet build</c> does (off: <c>--no-restore</c>).</summary>
    public bool Restore { get; init; } = true;

    public async Task<ScanReport> ScanAsync(string path, CancellationToken cancellationToken = default)
    {
        var stopwatch = Stopwatch.StartNew();
        var full = Path.GetFullPath(path);
        if (!File.Exists(full) && !Directory.Exists(full))
        {
            throw new GateException($"'{path}' does not exist");
        }

        // Paths are reported relative to the current folder when the scan is under it (clickable in a terminal), else to the scanned folder.
        var scanned = Directory.Exists(full) ? full : Path.GetDirectoryName(full)!;
        var current = Directory.GetCurrentDirectory();
        var root = (scanned + Path.DirectorySeparatorChar).StartsWith(current.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal) ? current : scanned;
        var notes = new List<string>();
        var boundary = new PathBoundary(scanned);
        var (projects, looseFiles) = Targets(full, boundary, notes);
        var findings = new List<Finding>();
        var fileCount = 0;
        var runner = new AnalysisRunner(_catalog);
        using var loader = new ProjectLoader(root, new ConfigFileLocator()) { Boundary = boundary };
        if (Restore)
        {
            notes.AddRange(ProjectRestorer.RestoreMissing(projects, root, _progress));
        }

        notes.AddRange(DecideSdkResolution(projects, root));
        var total = projects.Count + (looseFiles.Count > 0 ? 1 : 0);
        var index = 0;

        foreach (var project in projects)
        {
            cancellationToken.ThrowIfCancellationRequested();
            index++;
            var name = AnalysisRunner.RelativePath(project, root);
            var step = Stopwatch.StartNew();
            _progress($"[{index}/{total}] {name}: loading");
            LoadedProject loaded;
            try
            {
                loaded = loader.LoadProject(project);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                notes.Add($"{name}: not analyzed: {e.Message}");
                continue;
            }

            var loadTime = step.Elapsed;
            var files = await AnalyzeAsync(loaded, name, root, runner, findings, notes, cancellationToken).ConfigureAwait(false);
            fileCount += files;
            _progress($"[{index}/{total}] {name}: {files} files in {step.Elapsed.TotalSeconds:0.0}s (loaded in {loadTime.TotalSeconds:0.0}s)");
        }

        if (looseFiles.Count > 0)
        {
            index++;
            var step = Stopwatch.StartNew();
            _progress($"[{index}/{total}] {looseFiles.Count} C# files outside any project: loading");
            var loaded = loader.LoadFolder(Path.GetFileName(root), null, looseFiles, null);
            fileCount += await AnalyzeAsync(loaded, "files outside any project", root, runner, findings, notes, cancellationToken).ConfigureAwait(false);
            _progress($"[{index}/{total}] {looseFiles.Count} loose files in {step.Elapsed.TotalSeconds:0.0}s");
        }

        var unique = findings
            .DistinctBy(f => (f.RuleId, f.Path, f.Line, f.Column, f.Message))
            .OrderBy(f => f.Path, StringComparer.Ordinal).ThenBy(f => f.Line).ThenBy(f => f.Column).ThenBy(f => f.RuleId, StringComparer.Ordinal)
            .ToList();
        return new ScanReport(full, projects.Select(p => AnalysisRunner.RelativePath(p, root)).ToList(), fileCount, unique, notes, stopwatch.Elapsed) { Root = root };
    }

    private async Task<int> AnalyzeAsync(LoadedProject loaded, string name, string root, AnalysisRunner runner, List<Finding> findings, List<string> notes, CancellationToken cancellationToken)
    {
        if (ReportCompilerErrors)
        {
            var errors = loaded.Compilation.GetDiagnostics(cancellationToken).Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error).ToList();
            notes.Add(errors.Count == 0
                ? $"{name}: compiles without errors"
                : $"{name}: {errors.Count} compiler error(s): " + string.Join("; ", errors.GroupBy(e => e.Id).OrderByDescending(g => g.Count()).Take(3)
                    .Select(g => $"{g.Count()} x {g.Key} (e.g. {g.First().GetMessage(System.Globalization.CultureInfo.InvariantCulture)})")));
        }

        notes.AddRange(loaded.Notes.Select(n => $"{name}: {n}").Select(n => n.Replace(root + Path.DirectorySeparatorChar, string.Empty, StringComparison.Ordinal)));
        var result = await runner.RunAsync(loaded, trees: null, cancellationToken).ConfigureAwait(false);
        findings.AddRange(result.Diagnostics.Select(d => AnalysisRunner.ToFinding(d, root, loaded.ProjectPath)));
        findings.AddRange(result.Crashes.Select(c => AnalysisRunner.ToFinding(c, root, loaded.ProjectPath)));
        return loaded.Compilation.SyntaxTrees.Count(t => !t.FilePath.EndsWith(".g.cs", StringComparison.Ordinal));
    }

    /// <summary>
    /// MSBuild's NuGet SDK resolver reads its switch once per process: decide before the first evaluation. When an SDK
    /// that some project pins is in no local cache (after the restore), it is turned off for the whole scan, so no
    /// evaluation waits for a feed; otherwise it stays on and resolves the cached SDKs offline.
    /// </summary>
    private static IEnumerable<string> DecideSdkResolution(IReadOnlyList<string> projects, string root)
    {
        if (projects.Count == 0 || !MsBuildHost.TryRegister(root, out _))
        {
            return Array.Empty<string>();
        }

        var fallback = MsBuildHost.Fallback is { } sdk ? new[] { sdk } : Array.Empty<string>();
        if (MsBuildSdks.NuGetResolverDisabled)
        {
            return fallback;
        }

        var missing = projects.SelectMany(p => MsBuildSdks.Missing(p, MsBuildHost.MsBuildPath)).Where(m => m.Pinned).Select(m => m.Sdk).Distinct(StringComparer.OrdinalIgnoreCase).OrderBy(m => m, StringComparer.OrdinalIgnoreCase).ToList();
        if (missing.Count == 0)
        {
            return fallback;
        }

        MsBuildSdks.DisableNuGetResolver();
        return fallback.Concat(new[]
        {
            $"MSBuild SDKs not in the local NuGet cache: {string.Join(", ", missing)}. MSBuild's NuGet SDK resolver is off for this scan " +
            "(no evaluation waits for a feed); a project whose own SDK is a NuGet package is read from its folder, with a note",
        });
    }

    /// <summary>The projects to compile and the C# files that belong to none.</summary>
    private static (IReadOnlyList<string> Projects, IReadOnlyList<string> LooseFiles) Targets(string full, PathBoundary boundary, List<string> notes)
    {
        if (File.Exists(full))
        {
            return Path.GetExtension(full).ToLowerInvariant() switch
            {
                ".sln" => (SolutionProjects(full), Array.Empty<string>()),
                ".slnx" => (SlnxProjects(full), Array.Empty<string>()),
                ".csproj" => (new[] { full }, Array.Empty<string>()),
                ".cs" => (Array.Empty<string>(), new[] { full }),
                _ => throw new GateException($"'{full}' is not a solution, a C# project, a C# file or a folder"),
            };
        }

        var skipped = new List<string>();
        var projects = SourceFolders.Files(full, "*.csproj", stopAtProjects: false, boundary, skipped).ToList();
        var loose = Directory.EnumerateFiles(full, "*.csproj").Any()
            ? new List<string>()
            : SourceFolders.Files(full, "*.cs", stopAtProjects: true, boundary, skipped).ToList();
        notes.AddRange(skipped.Distinct(StringComparer.Ordinal).Select(n => n.Replace(full + Path.DirectorySeparatorChar, string.Empty, StringComparison.Ordinal)));
        return (projects, loose);
    }

    private static IReadOnlyList<string> SolutionProjects(string solution)
    {
        var directory = Path.GetDirectoryName(solution)!;
        return SolutionProjectLine().Matches(File.ReadAllText(solution))
            .Select(m => Path.GetFullPath(Path.Combine(directory, m.Groups[1].Value.Replace('\\', Path.DirectorySeparatorChar))))
            .Where(File.Exists)
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }

    private static IReadOnlyList<string> SlnxProjects(string solution)
    {
        var directory = Path.GetDirectoryName(solution)!;
        return XDocument.Load(solution).Descendants("Project")
            .Select(e => (string?)e.Attribute("Path"))
            .Where(p => p is not null && p.EndsWith(".csproj", StringComparison.OrdinalIgnoreCase))
            .Select(p => Path.GetFullPath(Path.Combine(directory, p!.Replace('\\', Path.DirectorySeparatorChar))))
            .Where(File.Exists)
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }

    [GeneratedRegex("""^Project\("\{[^}]+\}"\)\s*=\s*"[^"]*",\s*"([^"]+\.csproj)"\s*,""", RegexOptions.Multiline)]
    private static partial Regex SolutionProjectLine();
}
