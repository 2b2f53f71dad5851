namespace AutoMode.Gate.Projects;

/// <summary>Walks folders for sources and projects, skipping build output, VCS and dependency folders.</summary>
public static class SourceFolders
{
    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "bin", "obj", ".git", ".vs", ".idea", "node_modules", "packages", "artifacts", "TestResults",
    };

    public static bool IsSkipped(string directoryName) => Skipped.Contains(directoryName);

    /// <summary>
    /// Files matching <paramref name="pattern"/> under <paramref name="root"/>; with <paramref name="stopAtProjects"/>,
    /// sub-folders that hold their own project are left out. Links to folders are never followed (no loops, no way
    /// out); a linked file that resolves outside <paramref name="boundary"/> is left out. Both are told in
    /// <paramref name="skipped"/>.
    /// </summary>
    public static IEnumerable<string> Files(string root, string pattern, bool stopAtProjects, PathBoundary? boundary = null, ICollection<string>? skipped = null)
    {
        var pending = new Stack<string>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var directory = pending.Pop();
            IEnumerable<string> files;
            IEnumerable<string> children;
            try
            {
                files = Directory.EnumerateFiles(directory, pattern).ToList();
                children = Directory.EnumerateDirectories(directory).ToList();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                continue;
            }

            foreach (var file in files.OrderBy(f => f, StringComparer.Ordinal))
            {
                if (boundary is not null && boundary.Escapes(file))
                {
                    skipped?.Add($"not analyzed: {file} is a link to outside {boundary.Root}");
                    continue;
                }

                yield return file;
            }

            foreach (var child in children.OrderByDescending(c => c, StringComparer.Ordinal))
            {
                var name = Path.GetFileName(child);
                if (IsSkipped(name))
                {
                    continue;
                }

                if (PathBoundary.IsLink(child))
                {
                    skipped?.Add($"not followed: {child} is a link to a folder");
                    continue;
                }

                if (stopAtProjects && Directory.EnumerateFiles(child, "*.csproj").Any())
                {
                    continue;
                }

                pending.Push(child);
            }
        }
    }

    /// <summary>The project that owns a C# file: the nearest folder upwards (not above <paramref name="stopAt"/>) with a .csproj.</summary>
    public static string? OwningProject(string file, string stopAt)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(file));
        var limit = Path.GetFullPath(stopAt).TrimEnd(Path.DirectorySeparatorChar);
        while (directory is not null)
        {
            if (Directory.Exists(directory))
            {
                var project = Directory.EnumerateFiles(directory, "*.csproj").OrderBy(p => p, StringComparer.Ordinal).FirstOrDefault();
                if (project is not null)
                {
                    return project;
                }
            }

            if (string.Equals(directory.TrimEnd(Path.DirectorySeparatorChar), limit, StringComparison.Ordinal))
            {
                break;
            }

            directory = Path.GetDirectoryName(directory);
        }

        return null;
    }
}
