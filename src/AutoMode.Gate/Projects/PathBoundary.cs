namespace AutoMode.Gate.Projects;

/// <summary>
/// A folder the gate must not leave through a symbolic link: a file under it whose path, or a folder on its way down
/// from the boundary, is a link that resolves outside (or cannot be resolved) "escapes". Used by the hook (an edit
/// through a link out of the repository) and by project loading (a scan never reads outside the scanned root).
/// </summary>
public sealed class PathBoundary
{
    private readonly string _prefix;
    private readonly Dictionary<string, bool> _escapes = new(StringComparer.Ordinal);

    public PathBoundary(string root)
    {
        Root = Path.GetFullPath(root).TrimEnd(Path.DirectorySeparatorChar);
        _prefix = Root + Path.DirectorySeparatorChar;
    }

    public string Root { get; }

    /// <summary>Whether <paramref name="path"/> (under the boundary) is, or goes through, a link to outside it. Paths outside the boundary are not its business: false.</summary>
    public bool Escapes(string path)
    {
        var full = Path.GetFullPath(path);
        return full.StartsWith(_prefix, StringComparison.Ordinal) && EscapesFrom(full);
    }

    public static bool EscapesThroughLink(string root, string path) => new PathBoundary(root).Escapes(path);

    /// <summary>Whether a path is a link (file or folder).</summary>
    public static bool IsLink(string path)
    {
        try
        {
            FileSystemInfo info = Directory.Exists(path) ? new DirectoryInfo(path) : new FileInfo(path);
            return info.Exists && info.LinkTarget is not null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private bool EscapesFrom(string full)
    {
        if (!full.StartsWith(_prefix, StringComparison.Ordinal))
        {
            return false;
        }

        if (_escapes.TryGetValue(full, out var known))
        {
            return known;
        }

        var escapes = LinksOut(full) || (Path.GetDirectoryName(full) is { } parent && EscapesFrom(parent));
        _escapes[full] = escapes;
        return escapes;
    }

    private bool LinksOut(string path)
    {
        try
        {
            FileSystemInfo info = Directory.Exists(path) ? new DirectoryInfo(path) : new FileInfo(path);
            if (!info.Exists || info.LinkTarget is null)
            {
                return false;
            }

            var target = info.ResolveLinkTarget(returnFinalTarget: true);
            return target is null || !Path.GetFullPath(target.FullName).StartsWith(_prefix, StringComparison.Ordinal);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return true;
        }
    }
}
