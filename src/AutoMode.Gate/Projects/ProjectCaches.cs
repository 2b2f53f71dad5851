using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace AutoMode.Gate.Projects;

/// <summary>
/// Caches for a long-lived process (the hook server): project evaluations, syntax trees and metadata references,
/// each reused only while the files it was made from are unchanged (last write time and length). Off by default: a
/// one-shot <c>automode</c> process reads everything fresh.
/// </summary>
public static class ProjectCaches
{
    /// <summary>Set by the hook server; null in a one-shot process.</summary>
    public static EvaluationCache? Evaluations { get; private set; }

    public static SyntaxTreeCache? Trees { get; private set; }

    public static bool Enabled => Trees is not null;

    public static void Enable()
    {
        Evaluations ??= new EvaluationCache();
        Trees ??= new SyntaxTreeCache();
    }

    /// <summary>A file's identity for the caches: last write time (UTC ticks) and length (-1 for a folder); null when it does not exist.</summary>
    public static (long Ticks, long Length)? Stamp(string path)
    {
        try
        {
            var file = new FileInfo(path);
            if (file.Exists)
            {
                return (file.LastWriteTimeUtc.Ticks, file.Length);
            }

            var folder = new DirectoryInfo(path);
            return folder.Exists ? (folder.LastWriteTimeUtc.Ticks, -1) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}

/// <summary>Parsed files, by path, parse options and stamp.</summary>
public sealed class SyntaxTreeCache
{
    private const int MaxEntries = 50_000;

    private readonly ConcurrentDictionary<string, (long Ticks, long Length, CSharpParseOptions Options, SyntaxTree Tree)> _trees = new(StringComparer.Ordinal);

    public bool TryGet(string path, (long Ticks, long Length) stamp, CSharpParseOptions options, out SyntaxTree tree)
    {
        if (_trees.TryGetValue(path, out var entry) && entry.Ticks == stamp.Ticks && entry.Length == stamp.Length && entry.Options.Equals(options))
        {
            tree = entry.Tree;
            return true;
        }

        tree = null!;
        return false;
    }

    /// <param name="stamp">The file's stamp taken before its text was read (a change while reading makes the next stamp differ).</param>
    public void Add(string path, (long Ticks, long Length) stamp, CSharpParseOptions options, SyntaxTree tree)
    {
        if (_trees.Count > MaxEntries)
        {
            _trees.Clear();
        }

        _trees[path] = (stamp.Ticks, stamp.Length, options, tree);
    }
}

/// <summary>
/// MSBuild evaluations, by project, reused while their inputs are unchanged: the project file, every file it imports
/// (Directory.Build.props, the SDK's targets, NuGet's generated props…), the restore's assets file, and the folders
/// its items can come from (adding, removing or renaming a file changes its folder's write time).
/// </summary>
public sealed class EvaluationCache
{
    private readonly ConcurrentDictionary<string, (EvaluatedProject Project, IReadOnlyList<(string Path, (long, long)? Stamp)> Inputs)> _projects = new(StringComparer.Ordinal);

    public bool TryGet(string projectPath, out EvaluatedProject project)
    {
        if (_projects.TryGetValue(projectPath, out var entry) && entry.Inputs.All(i => ProjectCaches.Stamp(i.Path) == i.Stamp))
        {
            project = entry.Project;
            return true;
        }

        project = null!;
        return false;
    }

    /// <param name="stamps">The inputs' stamps taken before the evaluation started.</param>
    public void Add(EvaluatedProject project, IReadOnlyList<(string Path, (long, long)? Stamp)> stamps) => _projects[project.FullPath] = (project, stamps);

    /// <summary>The inputs of an evaluation whose result is not known yet: the project file, its folder tree, and (from the previous evaluation) its imports, assets file and item folders.</summary>
    public static IReadOnlyList<(string Path, (long, long)? Stamp)> StampInputs(string projectPath, EvaluatedProject? previous)
    {
        var paths = new List<string> { projectPath };
        paths.AddRange(Folders(Path.GetDirectoryName(projectPath)!));
        if (previous is not null)
        {
            paths.AddRange(previous.Imports);
            if (previous.AssetsFile is not null)
            {
                paths.Add(previous.AssetsFile);
            }

            paths.AddRange(previous.CompileFiles.Select(Path.GetDirectoryName).Where(d => d is not null).Select(d => d!));
        }

        return paths.Distinct(StringComparer.Ordinal).Select(p => (p, ProjectCaches.Stamp(p))).ToList();
    }

    /// <summary>The stamps of an evaluated project's inputs, completed with what the evaluation revealed (imports, assets file, item folders).</summary>
    public static IReadOnlyList<(string Path, (long, long)? Stamp)> Complete(IReadOnlyList<(string Path, (long, long)? Stamp)> before, EvaluatedProject project)
    {
        var known = before.Select(i => i.Path).ToHashSet(StringComparer.Ordinal);
        var more = project.Imports
            .Concat(project.AssetsFile is null ? Array.Empty<string>() : new[] { project.AssetsFile })
            .Concat(project.CompileFiles.Select(Path.GetDirectoryName).Where(d => d is not null).Select(d => d!))
            .Distinct(StringComparer.Ordinal)
            .Where(known.Add)
            .Select(p => (p, ProjectCaches.Stamp(p)));
        return before.Concat(more).ToList();
    }

    private static IEnumerable<string> Folders(string root)
    {
        var pending = new Stack<string>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var directory = pending.Pop();
            yield return directory;
            IEnumerable<string> children;
            try
            {
                children = Directory.EnumerateDirectories(directory).ToList();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                continue;
            }

            foreach (var child in children)
            {
                if (!SourceFolders.IsSkipped(Path.GetFileName(child)))
                {
                    pending.Push(child);
                }
            }
        }
    }
}
