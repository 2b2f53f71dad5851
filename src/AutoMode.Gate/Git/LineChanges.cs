using DiffPlex;

namespace AutoMode.Gate.Git;

/// <summary>
/// The lines a change added (1-based line numbers in the new text) and the points where it removed lines (the new
/// line before which removed lines stood), computed with DiffPlex.
/// </summary>
public sealed class LineChanges
{
    private LineChanges(IReadOnlySet<int> added, IReadOnlyList<int> removalPoints, IReadOnlyList<string> removedLines, bool wholeFile)
    {
        AddedLines = added;
        RemovalPoints = removalPoints;
        RemovedLines = removedLines;
        WholeFile = wholeFile;
    }

    public IReadOnlySet<int> AddedLines { get; }

    public IReadOnlyList<int> RemovalPoints { get; }

    public IReadOnlyList<string> RemovedLines { get; }

    /// <summary>The whole file is new (or gone): every line counts.</summary>
    public bool WholeFile { get; }

    public static LineChanges Compute(string? before, string? after)
    {
        if (before is null || after is null)
        {
            var lines = (after ?? before ?? string.Empty).Split('\n').Length;
            return new LineChanges(Enumerable.Range(1, after is null ? 0 : lines).ToHashSet(), Array.Empty<int>(), before?.Split('\n') ?? Array.Empty<string>(), wholeFile: true);
        }

        var diff = Differ.Instance.CreateLineDiffs(before, after, ignoreWhitespace: false, ignoreCase: false);
        var added = new HashSet<int>();
        var removals = new List<int>();
        var removed = new List<string>();
        foreach (var block in diff.DiffBlocks)
        {
            for (var i = 0; i < block.InsertCountB; i++)
            {
                added.Add(block.InsertStartB + i + 1);
            }

            if (block.DeleteCountA > 0)
            {
                removals.Add(block.InsertStartB + 1);
                for (var i = 0; i < block.DeleteCountA; i++)
                {
                    removed.Add(diff.PiecesOld[block.DeleteStartA + i]);
                }
            }
        }

        return new LineChanges(added, removals, removed, wholeFile: false);
    }

    /// <summary>Whether the change added a line in [first, last] or removed lines strictly inside that range.</summary>
    public bool TouchesRange(int first, int last) =>
        WholeFile || AddedLines.Any(l => l >= first && l <= last) || RemovalPoints.Any(p => p > first && p <= last);

    public bool AddedAny(int first, int last) => WholeFile || AddedLines.Any(l => l >= first && l <= last);
}
