using System.Collections.Generic;

namespace AutoMode.Analyzers;

/// <summary>Paths as text, without touching the file system (an analyzer may not).</summary>
internal static class LexicalPath
{
    /// <summary>
    /// The path (with forward slashes) with its <c>.</c> and <c>..</c> segments resolved: the compiler keeps a source file
    /// as the project names it, so a file linked from a sibling folder (<c>..\Shared\X.cs</c>) arrives as
    /// <c>/repo/src/Api/../Shared/X.cs</c>. A <c>..</c> never climbs above the root.
    /// </summary>
    public static string Normalize(string path)
    {
        var segments = new List<string>();
        foreach (var segment in path.Split('/'))
        {
            if (segment == "..")
            {
                if (segments.Count > 1)
                {
                    segments.RemoveAt(segments.Count - 1);
                }
            }
            else if (segment != "." && (segment.Length > 0 || segments.Count == 0))
            {
                segments.Add(segment);
            }
        }

        return string.Join("/", segments);
    }
}
