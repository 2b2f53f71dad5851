using System.Globalization;
using System.Text.Json;

namespace AutoMode.Gate.Audit;

/// <summary>One line of the audit log as read back: its text and hash, and the fields verify and stats need.</summary>
public sealed class AuditLine
{
    private AuditLine(string text, int number)
    {
        Text = text;
        Number = number;
        Hash = AuditLog.Hash(text);
    }

    /// <summary>1-based line number in the file (0 for a line just written).</summary>
    public int Number { get; }

    public string Text { get; }

    public string Hash { get; }

    /// <summary>Whether the line is a JSON object with <c>seq</c> and <c>prev</c>.</summary>
    public bool Valid { get; private init; }

    public long Seq { get; private init; }

    public string? Id { get; private init; }

    public string? Prev { get; private init; }

    public DateTimeOffset? Time { get; private init; }

    /// <summary><c>check</c>, <c>hook:claude</c>, or <c>mark</c> (a reviewer's outcome for an earlier decision).</summary>
    public string? Source { get; private init; }

    public string? Decision { get; private init; }

    public string? Risk { get; private init; }

    /// <summary>The distinct categories of the decision's findings.</summary>
    public IReadOnlyList<string> Categories { get; private init; } = Array.Empty<string>();

    /// <summary>For a mark: the id of the decision it marks and the outcome (<c>false-approval</c>, <c>false-rejection</c>).</summary>
    public string? Marks { get; private init; }

    public string? Outcome { get; private init; }

    public bool IsMark => Source == "mark";

    public static AuditLine Parse(string text, int number)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("seq", out var seq) || !seq.TryGetInt64(out var seqValue) ||
                !root.TryGetProperty("prev", out var prev) || prev.ValueKind != JsonValueKind.String)
            {
                return new AuditLine(text, number);
            }

            var categories = root.TryGetProperty("findings", out var findings) && findings.ValueKind == JsonValueKind.Array
                ? findings.EnumerateArray()
                    .Select(f => f.TryGetProperty("category", out var c) ? c.GetString() : null)
                    .Where(c => !string.IsNullOrEmpty(c))
                    .Select(c => c!)
                    .Distinct(StringComparer.OrdinalIgnoreCase)
                    .ToList()
                : new List<string>();
            return new AuditLine(text, number)
            {
                Valid = true,
                Seq = seqValue,
                Prev = prev.GetString(),
                Id = String(root, "id"),
                Time = DateTimeOffset.TryParse(String(root, "time"), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time) ? time : null,
                Source = String(root, "source"),
                Decision = String(root, "decision"),
                Risk = String(root, "risk"),
                Categories = categories,
                Marks = String(root, "marks"),
                Outcome = String(root, "outcome"),
            };
        }
        catch (JsonException)
        {
            return new AuditLine(text, number);
        }
    }

    private static string? String(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
