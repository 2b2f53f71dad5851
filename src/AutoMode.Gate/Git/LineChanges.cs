using DiffPlex;

namespace AutoMode.Gate.Git;

/// <summary>
/// The lines a change added (1-based line numbers in the new text) and the points where it removed lines (the new
/// line before which removed lines stood), computed with DiffPlex.
/// </summary>
public sealed class LineChanges
{
    private LineChanges(IReadOnlySet<int> added, IReadOnlyList<Removal> removals, IReadOnlyList<string> removedLines, bool wholeFile)
    {
        AddedLines = added;
        Removals = removals;
        RemovalPoints = removals.Select(r => r.Point).ToList();
        RemovedLines = removedLines;
        WholeFile = wholeFile;
    }

    /// <summary>Lines removed together: the new line before which they stood, and their old text.</summary>
    public sealed record Removal(int Point, IReadOnlyList<string> Lines);

    public IReadOnlySet<int> AddedLines { get; }

    public IReadOnlyList<int> RemovalPoints { get; }

    /// <summary>Each block of removed lines with the point where it stood.</summary>
    public IReadOnlyList<Removal> Removals { get; }

    public IReadOnlyList<string> RemovedLines { get; }

    /// <summary>The whole file is new (or gone): every line counts.</summary>
    public bool WholeFile { get; }

    public static LineChanges Compute(string? before, string? after)
    {
        if (before is null || after is null)
        {
            var lines = (after ?? before ?? string.Empty).Split('\n').Length;
            return new LineChanges(Enumerable.Range(1, after is null ? 0 : lines).ToHashSet(), Array.Empty<Removal>(), before?.Split('\n') ?? Array.Empty<string>(), wholeFile: true);
        }

        var diff = Differ.Instance.CreateLineDiffs(before, after, ignoreWhitespace: false, ignoreCase: false);
        var added = new HashSet<int>();
        var removals = new List<Removal>();
        var removed = new List<string>();
        foreach (var block in diff.DiffBlocks)
        {
            for (var i = 0; i < block.InsertCountB; i++)
            {
                added.Add(block.InsertStartB + i + 1);
            }

            if (block.DeleteCountA > 0)
            {
                var lines = new List<string>();
                for (var i = 0; i < block.DeleteCountA; i++)
                {
                    lines.Add(diff.PiecesOld[block.DeleteStartA + i]);
                }

                removals.Add(new Removal(block.InsertStartB + 1, lines));
                removed.AddRange(lines);
            }
        }

        return new LineChanges(added, removals, removed, wholeFile: false);
    }

    /// <summary>Whether the change added a line in [first, last] or removed lines strictly inside that range.</summary>
    public bool TouchesRange(int first, int last) =>
        WholeFile || AddedLines.Any(l => l >= first && l <= last) || RemovalPoints.Any(p => p > first && p <= last);

    public bool AddedAny(int first, int last) => WholeFile || AddedLines.Any(l => l >= first && l <= last);

    /// <summary>The blocks of removed lines that stood strictly inside [first, last] (after line first, up to line last).</summary>
    public IEnumerable<Removal> RemovedInside(int first, int last) => Removals.Where(r => r.Point > first && r.Point <= last);
}
