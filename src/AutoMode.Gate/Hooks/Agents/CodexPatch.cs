namespace AutoMode.Gate.Hooks.Agents;

/// <summary>
/// An OpenAI Codex <c>apply_patch</c> patch, parsed into per-file edits. The format is Codex's own (openai/codex,
/// <c>codex-rs/apply-patch/apply_patch_tool_instructions.md</c> and the grammar in <c>codex-rs/apply-patch/src/parser.rs</c>):
/// <code>
/// *** Begin Patch
/// *** Add File: path        then "+" lines: the new file's content
/// *** Delete File: path
/// *** Update File: path     optionally "*** Move to: new path", then chunks: "@@ [context line]" followed by
///                           " " context, "-" removed and "+" added lines, optionally ending in "*** End of File"
/// *** End Patch
/// </code>
/// As Codex's parser does, marker lines may carry surrounding whitespace, a patch wrapped in a heredoc
/// (<c>&lt;&lt;'EOF'</c> … <c>EOF</c>) is unwrapped, and the first chunk of an update may leave out its <c>@@</c>.
/// Applying an update follows <c>compute_replacements</c> in <c>codex-rs/apply-patch/src/lib.rs</c>: each chunk's
/// context line and old lines are looked for from where the previous chunk ended — exactly, then ignoring trailing
/// whitespace, then ignoring surrounding whitespace — and a chunk with no old lines appends at the end. Codex also
/// matches some Unicode punctuation look-alikes; this does not, so such a patch fails closed here.
/// </summary>
public static class CodexPatch
{
    private const string Begin = "*** Begin Patch";
    private const string End = "*** End Patch";
    private const string AddFile = "*** Add File: ";
    private const string DeleteFile = "*** Delete File: ";
    private const string UpdateFile = "*** Update File: ";
    private const string MoveTo = "*** Move to: ";
    private const string EndOfFile = "*** End of File";

    /// <summary>The patch's file edits, in order.</summary>
    /// <exception cref="HookInputException">The text is not a patch Codex would apply.</exception>
    public static IReadOnlyList<FileEdit> Parse(string patch)
    {
        var lines = Body(patch.Trim().Split('\n').Select(l => l.TrimEnd('\r')).ToArray());
        var edits = new List<FileEdit>();
        var i = 0;
        while (i < lines.Length)
        {
            var header = lines[i].Trim();
            if (header.StartsWith(AddFile, StringComparison.Ordinal))
            {
                var path = PathOf(header, AddFile, i);
                var content = new System.Text.StringBuilder();
                for (i++; i < lines.Length && lines[i].StartsWith('+'); i++)
                {
                    content.Append(lines[i], 1, lines[i].Length - 1).Append('\n');
                }

                edits.Add(FileEdit.Write(path, content.ToString()));
            }
            else if (header.StartsWith(DeleteFile, StringComparison.Ordinal))
            {
                edits.Add(FileEdit.Delete(PathOf(header, DeleteFile, i)));
                i++;
            }
            else if (header.StartsWith(UpdateFile, StringComparison.Ordinal))
            {
                var path = PathOf(header, UpdateFile, i);
                i++;
                string? moveTo = null;
                if (i < lines.Length && lines[i].StartsWith(MoveTo, StringComparison.Ordinal))
                {
                    moveTo = lines[i][MoveTo.Length..].Trim();
                    i++;
                }

                var chunks = Chunks(lines, ref i, path);
                edits.Add(new FileEdit(path, FileEditKind.Modify, current => Apply(current, chunks, path), moveTo));
            }
            else
            {
                throw Invalid($"line {i + 2}: '{header}' is not a file header (*** Add File:, *** Delete File:, *** Update File:)");
            }
        }

        return edits.Count > 0 ? edits : throw Invalid("it changes no file");
    }

    /// <summary>The lines between the begin and end markers (unwrapping a heredoc around the patch).</summary>
    private static string[] Body(string[] lines)
    {
        if (lines.Length >= 4 && lines[0] is "<<EOF" or "<<'EOF'" or "<<\"EOF\"" && lines[^1].EndsWith("EOF", StringComparison.Ordinal))
        {
            lines = lines[1..^1];
        }

        if (lines.Length == 0 || lines[0].Trim() != Begin)
        {
            throw Invalid("the first line is not '*** Begin Patch'");
        }

        if (lines.Length < 2 || lines[^1].Trim() != End)
        {
            throw Invalid("the last line is not '*** End Patch'");
        }

        return lines[1..^1];
    }

    private static List<Chunk> Chunks(string[] lines, ref int i, string path)
    {
        var chunks = new List<Chunk>();
        while (i < lines.Length)
        {
            var line = lines[i];
            if (line.Trim().Length == 0)
            {
                i++;
                continue;
            }

            if (line.StartsWith('*'))
            {
                break;
            }

            string? context = null;
            if (line == "@@")
            {
                i++;
            }
            else if (line.StartsWith("@@ ", StringComparison.Ordinal))
            {
                context = line[3..];
                i++;
            }
            else if (chunks.Count > 0)
            {
                throw Invalid($"line {i + 2}: an update chunk of {path} does not start with @@");
            }

            var chunk = new Chunk(context);
            for (; i < lines.Length; i++)
            {
                line = lines[i];
                if (line == EndOfFile)
                {
                    chunk.EndOfFile = true;
                    i++;
                    break;
                }

                if (line.Length == 0)
                {
                    chunk.Old.Add(string.Empty);
                    chunk.New.Add(string.Empty);
                    continue;
                }

                var (marker, text) = (line[0], line[1..]);
                if (marker is ' ' or '-')
                {
                    chunk.Old.Add(text);
                }

                if (marker is ' ' or '+')
                {
                    chunk.New.Add(text);
                }

                if (marker is not (' ' or '-' or '+'))
                {
                    break; // the next chunk or file
                }
            }

            if (chunk.Old.Count == 0 && chunk.New.Count == 0)
            {
                throw Invalid($"an update chunk of {path} has no lines");
            }

            chunks.Add(chunk);
        }

        return chunks.Count > 0 ? chunks : throw Invalid($"the update of {path} has no chunks");
    }

    private static string Apply(string? current, IReadOnlyList<Chunk> chunks, string path)
    {
        if (current is null)
        {
            throw new HookInputException($"apply_patch: {path} does not exist, so it cannot be updated");
        }

        var lines = current.Split('\n').ToList();
        if (lines.Count > 0 && lines[^1].Length == 0)
        {
            lines.RemoveAt(lines.Count - 1);
        }

        var replacements = new List<(int Start, int Length, List<string> With)>();
        var from = 0;
        foreach (var chunk in chunks)
        {
            if (chunk.Context is not null)
            {
                from = Seek(lines, new[] { chunk.Context }, from, endOfFile: false) + 1;
                if (from == 0)
                {
                    throw new HookInputException($"apply_patch: the context line '{chunk.Context}' does not occur in {path}, so what the patch changes is unknown");
                }
            }

            if (chunk.Old.Count == 0)
            {
                replacements.Add((lines.Count, 0, chunk.New));
                continue;
            }

            var (old, @new) = (chunk.Old, chunk.New);
            var at = Seek(lines, old, from, chunk.EndOfFile);
            if (at < 0 && old[^1].Length == 0)
            {
                // The trailing empty line stands for the file's last newline.
                old = old[..^1];
                @new = @new.Count > 0 && @new[^1].Length == 0 ? @new[..^1] : @new;
                at = Seek(lines, old, from, chunk.EndOfFile);
            }

            if (at < 0)
            {
                throw new HookInputException($"apply_patch: the lines a chunk of {path} replaces do not occur in it, so what the patch changes is unknown");
            }

            replacements.Add((at, old.Count, @new));
            from = at + old.Count;
        }

        foreach (var (start, length, with) in replacements.OrderByDescending(r => r.Start))
        {
            lines.RemoveRange(start, Math.Min(length, lines.Count - start));
            lines.InsertRange(start, with);
        }

        return string.Join('\n', lines) + "\n";
    }

    /// <summary>Where <paramref name="pattern"/> starts at or after <paramref name="from"/> (from the end for an end-of-file chunk), matched ever more loosely; -1 when nowhere.</summary>
    private static int Seek(List<string> lines, IReadOnlyList<string> pattern, int from, bool endOfFile)
    {
        if (pattern.Count > lines.Count)
        {
            return -1;
        }

        var start = endOfFile ? lines.Count - pattern.Count : from;
        foreach (var normalize in new Func<string, string>[] { s => s, s => s.TrimEnd(), s => s.Trim() })
        {
            for (var i = start; i <= lines.Count - pattern.Count; i++)
            {
                var match = true;
                for (var j = 0; j < pattern.Count && match; j++)
                {
                    match = normalize(lines[i + j]) == normalize(pattern[j]);
                }

                if (match)
                {
                    return i;
                }
            }
        }

        return -1;
    }

    private static string PathOf(string header, string marker, int index)
    {
        var path = header[marker.Length..].Trim();
        return path.Length > 0 ? path : throw Invalid($"line {index + 2}: '{header.Trim()}' names no file");
    }

    private static HookInputException Invalid(string problem) => new($"the apply_patch input is not a valid patch: {problem}");

    private sealed class Chunk(string? context)
    {
        public string? Context { get; } = context;

        public List<string> Old { get; } = new();

        public List<string> New { get; } = new();

        public bool EndOfFile { get; set; }
    }
}
