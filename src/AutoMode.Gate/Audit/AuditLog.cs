using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace AutoMode.Gate.Audit;

/// <summary>
/// The gate's audit log: one JSON line per decision, appended under an exclusive file lock, each line carrying
/// <c>seq</c> (1, 2, …) and <c>prev</c>, the SHA-256 of the previous line (a hash chain). A sibling
/// <c>&lt;log&gt;.head</c> file records the last line's number and hash, so that removing or editing the last lines
/// is detected too. Concurrent writers (parallel hook processes) wait for the lock: no line is lost or interleaved.
/// </summary>
public sealed class AuditLog
{
    /// <summary>The <c>prev</c> of the first line.</summary>
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    private static readonly UTF8Encoding Utf8 = new(false);

    // Readable lines (no \u escapes for non-ASCII or quotes); control characters are still escaped, so a line never breaks.
    private static readonly JsonSerializerOptions LineOptions = new() { WriteIndented = false, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public AuditLog(string path) => Path = System.IO.Path.GetFullPath(path);

    public string Path { get; }

    public string HeadPath => Path + ".head";

    /// <summary>How long a writer waits for the lock before giving up.</summary>
    public TimeSpan LockTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>SHA-256 of a line (its UTF-8 bytes, without the line feed), lowercase hex.</summary>
    public static string Hash(string line) => Hash(Utf8.GetBytes(line));

    public static string Hash(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    public static string NewId() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6));

    /// <summary>
    /// Appends one entry: <c>seq</c>, <c>id</c> (unless given) and <c>time</c> first, then <paramref name="fields"/>, then <c>prev</c>.
    /// Returns the line written.
    /// </summary>
    public AuditLine Append(JsonObject fields)
    {
        var directory = System.IO.Path.GetDirectoryName(Path)!;
        Directory.CreateDirectory(directory);
        var ignore = System.IO.Path.Combine(directory, ".gitignore");
        if (string.Equals(System.IO.Path.GetFileName(directory), ".automode", StringComparison.Ordinal) && !File.Exists(ignore))
        {
            // The gate's own folder: never part of a change (git ignores it), so `check` does not see its own log.
            File.WriteAllText(ignore, "# Written by the automode gate: its audit log. Keep it out of commits; verify it with `automode audit verify`.\n*\n");
        }

        using var stream = OpenLocked(FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        var (last, endsWithNewLine) = LastLine(stream);
        var seq = 1L;
        var prev = Genesis;
        if (last is not null)
        {
            prev = Hash(last);
            seq = SeqOf(last) is { } s ? s + 1 : CountLines(stream) + 1;
        }

        var entry = new JsonObject
        {
            ["seq"] = seq,
            ["id"] = fields.TryGetPropertyValue("id", out var given) && given is not null ? given.GetValue<string>() : NewId(),
            ["time"] = DateTimeOffset.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture),
        };
        foreach (var (key, value) in fields.ToList())
        {
            if (key is "seq" or "id" or "time" or "prev")
            {
                continue;
            }

            fields.Remove(key);
            entry[key] = value;
        }

        entry["prev"] = prev;
        var line = entry.ToJsonString(LineOptions);
        var bytes = Utf8.GetBytes((endsWithNewLine ? string.Empty : "\n") + line + "\n");
        stream.Seek(0, SeekOrigin.End);
        stream.Write(bytes);
        stream.Flush(flushToDisk: true);
        WriteHead(seq, Hash(line));
        return AuditLine.Parse(line, 0);
    }

    /// <summary>All lines (under a shared lock, so that no half-written line is read).</summary>
    public IReadOnlyList<AuditLine> Read()
    {
        if (!File.Exists(Path))
        {
            return Array.Empty<AuditLine>();
        }

        using var stream = OpenLocked(FileMode.Open, FileAccess.Read, FileShare.Read);
        using var reader = new StreamReader(stream, Utf8);
        var text = reader.ReadToEnd();
        var lines = text.Split('\n');
        var count = text.EndsWith('\n') ? lines.Length - 1 : lines.Length;
        return Enumerable.Range(0, count).Select(i => AuditLine.Parse(lines[i], i + 1)).ToList();
    }

    /// <summary>The head file: the number and hash of the last line written; null when absent or unreadable.</summary>
    public (long Seq, string Hash)? ReadHead()
    {
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(HeadPath));
            return (document.RootElement.GetProperty("seq").GetInt64(), document.RootElement.GetProperty("sha256").GetString()!);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return null;
        }
    }

    private void WriteHead(long seq, string hash)
    {
        var temp = $"{HeadPath}.{Environment.ProcessId}.tmp";
        File.WriteAllText(temp, $"{{\"seq\":{seq},\"sha256\":\"{hash}\"}}\n");
        File.Move(temp, HeadPath, overwrite: true);
    }

    private FileStream OpenLocked(FileMode mode, FileAccess access, FileShare share)
    {
        // .NET takes an advisory lock (flock) for FileShare.None (exclusive) and FileShare.Read (shared) on Unix, and
        // a sharing lock on Windows; a held lock fails the open at once, so wait and retry.
        var clock = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                return new FileStream(Path, mode, access, share, bufferSize: 1, FileOptions.None);
            }
            catch (IOException e) when (e is not (FileNotFoundException or DirectoryNotFoundException or PathTooLongException) && clock.Elapsed < LockTimeout)
            {
                Thread.Sleep(Random.Shared.Next(2, 12));
            }
        }
    }

    private static (string? Line, bool EndsWithNewLine) LastLine(FileStream stream)
    {
        var length = stream.Length;
        if (length == 0)
        {
            return (null, true);
        }

        var buffer = new List<byte>();
        var position = length;
        var chunk = new byte[4096];
        var skippedFinalNewLine = false;
        var endsWithNewLine = false;
        while (position > 0)
        {
            var size = (int)Math.Min(chunk.Length, position);
            position -= size;
            stream.Seek(position, SeekOrigin.Begin);
            stream.ReadExactly(chunk, 0, size);
            for (var i = size - 1; i >= 0; i--)
            {
                if (chunk[i] == (byte)'\n')
                {
                    if (!skippedFinalNewLine && buffer.Count == 0)
                    {
                        skippedFinalNewLine = true;
                        endsWithNewLine = true;
                        continue;
                    }

                    buffer.Reverse();
                    return (Utf8.GetString(buffer.ToArray()).TrimEnd('\r'), endsWithNewLine);
                }

                skippedFinalNewLine = true;
                buffer.Add(chunk[i]);
            }
        }

        buffer.Reverse();
        return (buffer.Count == 0 ? null : Utf8.GetString(buffer.ToArray()).TrimEnd('\r'), endsWithNewLine);
    }

    private static long? SeqOf(string line)
    {
        try
        {
            using var document = JsonDocument.Parse(line);
            return document.RootElement.TryGetProperty("seq", out var seq) && seq.TryGetInt64(out var value) ? value : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static long CountLines(FileStream stream)
    {
        stream.Seek(0, SeekOrigin.Begin);
        long count = 0;
        int b;
        while ((b = stream.ReadByte()) >= 0)
        {
            if (b == '\n')
            {
                count++;
            }
        }

        return count;
    }
}
