using AutoMode.Analyzers;

namespace AutoMode.Gate.Config;

/// <summary>
/// Finds the accepted-risks file a project uses: the nearest <c>AutoMode.Accepted.json</c> in its folder or above, as
/// the package's build props find it (<c>GetPathOfFileAbove</c>) — so that the gate honours the file also in projects
/// that do not reference the package.
/// </summary>
public static class AcceptedRisksLocator
{
    public static string? Find(string directory)
    {
        for (var current = new DirectoryInfo(directory); current is not null; current = current.Parent)
        {
            var candidate = Path.Combine(current.FullName, AcceptedRisksFile.FileName);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>A project's additional files with its accepted-risks file, when it has one and they do not already name one.</summary>
    public static IReadOnlyList<string> With(IEnumerable<string> additionalFiles, string directory)
    {
        var files = additionalFiles.ToList();
        if (!files.Any(AcceptedRisksFile.IsAcceptedRisksFile) && Find(directory) is { } accepted)
        {
            files.Add(accepted);
        }

        return files;
    }
}
