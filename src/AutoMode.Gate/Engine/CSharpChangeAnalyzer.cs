using AutoMode.Analyzers;
using AutoMode.Gate.Classification;
using AutoMode.Gate.Analysis;
using AutoMode.Gate.Config;
using AutoMode.Gate.Git;
using AutoMode.Gate.Model;
using AutoMode.Gate.Projects;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AutoMode.Gate.Engine;

/// <summary>
/// Analyzes the changed C# files of a change in their projects' compilations and keeps the diagnostics the change is
/// responsible for (<see cref="ChangeAttribution"/>): on an added or changed line, or where the change modified what
/// decides them (their arguments and data flow, a guard on their path, their target, a migration's <c>Down</c>), or
/// anywhere in an added or deleted file (a deleted file's last version is compiled with its project and its findings
/// are marked as removed code).
/// </summary>
internal sealed class CSharpChangeAnalyzer
{
    private readonly AnalyzerCatalog _catalog;
    private readonly string _root;
    private readonly ProjectLoader _loader;

    public CSharpChangeAnalyzer(AnalyzerCatalog catalog, string root, ProjectLoader loader)
    {
        _catalog = catalog;
        _root = root;
        _loader = loader;
    }

    public async Task AnalyzeAsync(
        IReadOnlyList<ChangedFile> files,
        IReadOnlyDictionary<string, LineChanges> lines,
        Dictionary<string, List<Finding>> findings,
        List<string> notes,
        CancellationToken cancellationToken)
    {
        if (files.Count == 0)
        {
            return;
        }

        var runner = new AnalysisRunner(_catalog);
        var loader = _loader;
        var groups = files.GroupBy(f => SourceFolders.OwningProject(CheckEngine.Full(_root, f.Path), _root) ?? string.Empty, StringComparer.Ordinal);
        foreach (var group in groups)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var byFullPath = group.ToDictionary(f => CheckEngine.Full(_root, f.Path), StringComparer.Ordinal);
            var texts = byFullPath
                .Select(p => (Path: p.Key, Text: p.Value.Kind == ChangeKind.Deleted ? p.Value.OldText : p.Value.NewText))
                .Where(p => p.Text is not null)
                .ToDictionary(p => p.Path, p => p.Text!, StringComparer.Ordinal);
            var sources = texts.Keys.ToList();
            if (sources.Count == 0)
            {
                continue;
            }

            var loaded = group.Key.Length == 0
                ? loader.LoadFolder("changed-files", null, sources, texts)
                : loader.LoadProject(group.Key, texts, sources);
            var name = group.Key.Length == 0 ? "files outside any project" : AnalysisRunner.RelativePath(group.Key, _root);
            notes.AddRange(loaded.Notes.Select(n => $"{name}: {n.Replace(_root + Path.DirectorySeparatorChar, string.Empty, StringComparison.Ordinal)}"));

            var trees = loaded.Compilation.SyntaxTrees.Where(t => byFullPath.ContainsKey(t.FilePath)).ToList();
            // Analyzers that report at the end of a whole-project analysis run it only when their findings can matter here.
            var mayRename = trees.Any(t => DeclarationRenames.MayRename(t, lines[byFullPath[t.FilePath].Path]));
            var mayMigrateAtStartup = trees.Any(t => StartupMigrations.MayReportIn(t, loaded.Compilation));
            var result = await runner.RunAsync(loaded, trees, cancellationToken, analyzer =>
                DeclarationRenames.OnlyForRenames(analyzer) ? mayRename :
                !StartupMigrations.OnlyForStartupMigrations(analyzer) || mayMigrateAtStartup).ConfigureAwait(false);
            foreach (var diagnostic in result.Diagnostics)
            {
                if (diagnostic.Location.SourceTree is not { } tree || !byFullPath.TryGetValue(tree.FilePath, out var file))
                {
                    continue;
                }

                if (ChangeAttribution.Counts(tree, diagnostic.Location.SourceSpan, diagnostic.Id, lines[file.Path]))
                {
                    var finding = AnalysisRunner.ToFinding(diagnostic, _root) with { InRemovedCode = file.Kind == ChangeKind.Deleted };
                    findings[file.Path].Add(finding);
                    if (RenamedRuntimeName(finding, lines[file.Path], file.NewText))
                    {
                        findings[file.Path].Add(GateRules.RuntimeNameChanged.At(file, finding.Line,
                            $"Line {finding.Line} renames or retypes a member whose name is observable at run time ({finding.RuleId}): {finding.Message}",
                            FindingSource.Analyzer));
                    }
                }
            }

            foreach (var crash in result.Crashes)
            {
                var file = crash.Path is not null && byFullPath.TryGetValue(crash.Path, out var crashed) ? crashed : group.First();
                findings[file.Path].Add(AnalysisRunner.ToFinding(crash, _root, CheckEngine.Full(_root, file.Path)));
            }
        }
    }

    /// <summary>
    /// AM4009/AM4010 (a member name that is part of a serialized contract or database mapping) on a line that replaced
    /// an old line: the member was renamed or retyped, not added. The analyzer reports the fact at Low; the change makes
    /// it High.
    /// </summary>
    private static bool RenamedRuntimeName(Finding finding, LineChanges lines, string? newText)
    {
        if (finding.RuleId is not (RuleIdentifiers.SerializedMemberName or RuleIdentifiers.PersistedMemberName) || lines.WholeFile || newText is null || !lines.AddedLines.Contains(finding.Line) ||
            !(lines.RemovalPoints.Contains(finding.Line) || lines.RemovalPoints.Contains(finding.Line + 1)))
        {
            return false;
        }

        // The member's name as it stands now: when the replaced lines already had it, this member was not renamed
        // (another member on the same line was, or only its type or default changed).
        var text = newText.Split('\n');
        var line = finding.Line <= text.Length ? text[finding.Line - 1] : string.Empty;
        var start = Math.Clamp(finding.Column - 1, 0, line.Length);
        var end = start;
        while (end < line.Length && (char.IsLetterOrDigit(line[end]) || line[end] == '_'))
        {
            end++;
        }

        var name = line[start..end];
        return name.Length > 0 && !lines.RemovedLines.Any(removed => System.Text.RegularExpressions.Regex.IsMatch(removed, @"\b" + System.Text.RegularExpressions.Regex.Escape(name) + @"\b"));
    }
}
