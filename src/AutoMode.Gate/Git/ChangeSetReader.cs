using System.Text;
using AutoMode.Gate.Model;

namespace AutoMode.Gate.Git;

/// <summary>
/// Reads a change from git: the uncommitted changes (staged, unstaged and untracked) against HEAD, only the index,
/// or everything since a base revision (its merge base with HEAD) up to the working tree.
/// </summary>
public static class ChangeSetReader
{
    public static ChangeSet Read(GitRepository git, string? baseRevision, bool staged)
    {
        string from;
        string mode;
        string? baseCommit = null;
        if (baseRevision is not null)
        {
            var commit = git.ResolveCommit(baseRevision);
            from = git.HasHead ? git.MergeBase(commit, "HEAD") ?? commit : commit;
            baseCommit = from;
            mode = "base";
        }
        else
        {
            from = git.HasHead ? "HEAD" : GitRepository.EmptyTree;
            baseCommit = git.HasHead ? git.ResolveCommit("HEAD") : null;
            mode = staged ? "staged" : "working-tree";
        }

        var raw = git.Diff(from, cached: staged).ToList();
        if (!staged)
        {
            var known = raw.Select(r => r.Path).ToHashSet(StringComparer.Ordinal);
            raw.AddRange(git.Untracked().Where(p => !known.Contains(p) && !IsBuildOutput(p)).Select(p => new RawChange('A', p, null)));
        }

        raw = raw.OrderBy(r => r.Path, StringComparer.Ordinal).ToList();
        var objects = new HashSet<string>(StringComparer.Ordinal);
        foreach (var change in raw)
        {
            if (change.Status != 'A' && from != GitRepository.EmptyTree)
            {
                objects.Add($"{from}:{change.OldPath ?? change.Path}");
            }

            if (staged && change.Status != 'D')
            {
                objects.Add(":" + change.Path);
            }
        }

        var contents = git.ShowMany(objects);
        var files = raw
            .Select(r => Load(git, r, from, staged, contents))
            .Where(f => f is not null)
            .Select(f => f!)
            .ToList();
        return new ChangeSet(git.Root, mode, baseCommit, files);
    }

    /// <summary>Untracked files under bin/ or obj/ are build output (a restore, a build), not part of a change, even where .gitignore forgets them.</summary>
    private static bool IsBuildOutput(string path) =>
        path.Split('/').SkipLast(1).Any(segment => segment is "bin" or "obj");

    private static ChangedFile? Load(GitRepository git, RawChange change, string from, bool staged, IReadOnlyDictionary<string, byte[]?> contents)
    {
        var kind = change.Status switch
        {
            'A' or 'C' => ChangeKind.Added,
            'D' => ChangeKind.Deleted,
            'R' => ChangeKind.Renamed,
            _ => ChangeKind.Modified,
        };

        byte[]? before = null;
        if (kind != ChangeKind.Added && from != GitRepository.EmptyTree)
        {
            before = contents.GetValueOrDefault($"{from}:{change.OldPath ?? change.Path}");
        }

        byte[]? after = null;
        if (kind != ChangeKind.Deleted)
        {
            after = staged ? contents.GetValueOrDefault(":" + change.Path) : ReadWorkingTree(git.Root, change.Path);
        }

        if (kind == ChangeKind.Modified && before is null)
        {
            kind = ChangeKind.Added;
        }

        var binary = IsBinary(before) || IsBinary(after);
        return new ChangedFile(
            change.Path,
            kind,
            change.OldPath,
            binary || before is null ? null : Decode(before),
            binary || after is null ? null : Decode(after),
            binary);
    }

    private static byte[]? ReadWorkingTree(string root, string relative)
    {
        var full = Path.Combine(root, relative.Replace('/', Path.DirectorySeparatorChar));
        try
        {
            var info = new FileInfo(full);
            if (info.LinkTarget is { } target)
            {
                return Encoding.UTF8.GetBytes(target);
            }

            if (Directory.Exists(full))
            {
                return Array.Empty<byte>(); // a submodule: its pointer moved
            }

            return File.ReadAllBytes(full);
        }
        catch (FileNotFoundException)
        {
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new GateException($"cannot read {relative}: {e.Message}", e);
        }
    }

    private static bool IsBinary(byte[]? bytes) => bytes is not null && Array.IndexOf(bytes, (byte)0, 0, Math.Min(bytes.Length, 8000)) >= 0;

    private static string Decode(byte[] bytes) => new UTF8Encoding(false).GetString(bytes).TrimStart('\uFEFF');
}

/// <summary>What changed, and against what.</summary>
public sealed record ChangeSet(string Root, string Mode, string? Base, IReadOnlyList<ChangedFile> Files);
