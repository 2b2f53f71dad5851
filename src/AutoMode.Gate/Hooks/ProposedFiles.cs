using System.Text;
using AutoMode.Gate.Git;
using AutoMode.Gate.Model;
using AutoMode.Gate.Projects;

namespace AutoMode.Gate.Hooks;

/// <summary>
/// The files of an agent's action, edited in memory: each <see cref="FileEdit"/> is applied to the file's text as it is
/// on disk (or as an earlier edit of the same action left it), nothing is written. A path outside the repository (also
/// through a symbolic link), a folder, an unreadable or binary file, or an edit that does not apply is a problem the
/// hook answers with (fail closed). <see cref="Changes"/> is the change as <c>check</c> would see it.
/// </summary>
internal sealed class ProposedFiles
{
    private readonly string _root;
    private readonly string _cwd;
    private readonly Dictionary<string, State> _files = new(StringComparer.Ordinal);
    private readonly List<string> _order = new();

    public ProposedFiles(string root, string cwd)
    {
        _root = root;
        _cwd = cwd;
    }

    /// <summary>Applies one edit; returns the problem, or null when it applied.</summary>
    public async Task<string?> ApplyAsync(FileEdit edit, AgentHook.HookContext context, CancellationToken cancellationToken)
    {
        var (relative, problem) = Resolve(edit.Path);
        context.Path ??= relative;
        if (problem is not null)
        {
            return problem;
        }

        var (state, readProblem) = await ReadAsync(relative!, cancellationToken).ConfigureAwait(false);
        if (readProblem is not null)
        {
            return readProblem;
        }

        string? after;
        try
        {
            after = edit.Kind switch
            {
                FileEditKind.Delete => state.Current is null ? throw new HookInputException($"{relative} does not exist, so it cannot be deleted") : null,
                FileEditKind.Modify when state.Current is null && edit.MoveTo is not null => throw new HookInputException($"{relative} does not exist, so it cannot be moved"),
                _ => edit.Transform!(state.Current),
            };
        }
        catch (HookInputException e)
        {
            return e.Message;
        }

        if (after is not null && after.Contains('\0', StringComparison.Ordinal))
        {
            return $"the new content of {relative} is binary: the gate cannot classify it";
        }

        if (edit.MoveTo is null)
        {
            state.Current = after;
            return null;
        }

        var (target, targetProblem) = Resolve(edit.MoveTo);
        if (targetProblem is not null)
        {
            return targetProblem;
        }

        var (moved, movedProblem) = await ReadAsync(target!, cancellationToken).ConfigureAwait(false);
        if (movedProblem is not null)
        {
            return movedProblem;
        }

        state.Current = null;
        moved.Current = after;
        moved.MovedFrom = relative;
        return null;
    }

    /// <summary>The files whose text the action changes: added, modified, deleted, or renamed (a move).</summary>
    public IReadOnlyList<ChangedFile> Changes()
    {
        var changes = new List<ChangedFile>();
        var movedAway = _files.Values.Where(s => s.MovedFrom is not null).Select(s => s.MovedFrom!).ToHashSet(StringComparer.Ordinal);
        foreach (var path in _order)
        {
            var state = _files[path];
            if (state.MovedFrom is { } from && state.Current is not null)
            {
                changes.Add(new ChangedFile(path, ChangeKind.Renamed, from, _files[from].Original, state.Current, Binary: false));
                continue;
            }

            if ((movedAway.Contains(path) && state.Current is null) || (state.Original is null && state.Current is null))
            {
                continue; // the rename's source, or a file the action adds and removes again
            }

            var kind = state.Original is null ? ChangeKind.Added : state.Current is null ? ChangeKind.Deleted : ChangeKind.Modified;
            changes.Add(new ChangedFile(path, kind, null, state.Original, state.Current, Binary: false));
        }

        return changes;
    }

    private (string? Relative, string? Problem) Resolve(string path)
    {
        var full = Path.GetFullPath(path, _cwd);
        var relative = Path.GetRelativePath(_root, full).Replace('\\', '/');
        if (relative == "." || relative.StartsWith("../", StringComparison.Ordinal) || relative == ".." || Path.IsPathRooted(relative) || PathBoundary.EscapesThroughLink(_root, full))
        {
            return (full, $"{path} is outside the repository {_root}, so no policy applies to it");
        }

        return Directory.Exists(full) ? (relative, $"{relative} is a folder, not a file") : (relative, null);
    }

    private async Task<(State State, string? Problem)> ReadAsync(string relative, CancellationToken cancellationToken)
    {
        if (_files.TryGetValue(relative, out var known))
        {
            return (known, null);
        }

        var full = Path.Combine(_root, relative);
        byte[]? bytes;
        try
        {
            bytes = File.Exists(full) ? await File.ReadAllBytesAsync(full, cancellationToken).ConfigureAwait(false) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (new State(null), $"{relative} cannot be read: {e.Message}");
        }

        if (bytes is not null && IsBinary(bytes))
        {
            return (new State(null), $"{relative} is a binary file: the gate cannot see what a text edit does to it");
        }

        var state = new State(bytes is null ? null : new UTF8Encoding(false).GetString(bytes).TrimStart('\uFEFF'));
        _files[relative] = state;
        _order.Add(relative);
        return (state, null);
    }

    private static bool IsBinary(byte[] bytes) => Array.IndexOf(bytes, (byte)0, 0, Math.Min(bytes.Length, 8000)) >= 0;

    private sealed class State
    {
        public State(string? original)
        {
            Original = original;
            Current = original;
        }

        /// <summary>The text on disk; null when the file does not exist.</summary>
        public string? Original { get; }

        /// <summary>The text after the edits so far; null when deleted or moved away.</summary>
        public string? Current { get; set; }

        /// <summary>The rename's source, when this file is a move's target.</summary>
        public string? MovedFrom { get; set; }
    }
}
