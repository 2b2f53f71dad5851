namespace AutoMode.Gate.Classification;

/// <summary>
/// Whether a CI/CD or infrastructure file changed only in what does not run: comments and blank lines (YAML, and
/// full-line comments of a Dockerfile), and the display names of CI steps and jobs (<c>name:</c>, <c>displayName:</c> in a
/// mapping that also has <c>run:</c>, <c>uses:</c>, <c>steps:</c>, <c>runs-on:</c>, <c>script:</c> or <c>task:</c>).
/// A <c>name:</c> anywhere else (an action input under <c>with:</c>, a Kubernetes <c>metadata.name</c>, a compose
/// project) is content. Everything else about the file has to be the same line by line, indentation included.
/// </summary>
public static class InfrastructureCosmetics
{
    private static readonly HashSet<string> DisplayKeys = new(StringComparer.Ordinal) { "name", "displayName" };
    private static readonly HashSet<string> ActionKeys = new(StringComparer.Ordinal) { "run", "uses", "steps", "runs-on", "script", "task", "bash", "pwsh", "powershell", "template", "stage", "job", "deployment", "jobs", "on", "stages", "trigger", "pool" };

    public static bool IsCosmetic(string path, string? before, string? after)
    {
        if (before is null || after is null)
        {
            return false;
        }

        var lower = path.Replace('\\', '/').ToLowerInvariant();
        var name = lower[(lower.LastIndexOf('/') + 1)..];
        if (name.EndsWith(".yml", StringComparison.Ordinal) || name.EndsWith(".yaml", StringComparison.Ordinal))
        {
            var ci = lower.StartsWith(".github/", StringComparison.Ordinal) || name.StartsWith("azure-pipelines", StringComparison.Ordinal) || name == ".gitlab-ci.yml";
            return Yaml(before, ci).SequenceEqual(Yaml(after, ci));
        }

        if (name.StartsWith("dockerfile", StringComparison.Ordinal) || name.EndsWith(".dockerfile", StringComparison.Ordinal))
        {
            return Dockerfile(before).SequenceEqual(Dockerfile(after));
        }

        return false;
    }

    private static IEnumerable<string> Dockerfile(string text)
        => Lines(text).Where(l => l.Trim().Length > 0 && !(l.TrimStart().StartsWith('#') && !l.TrimStart().StartsWith("# syntax=", StringComparison.Ordinal) && !l.TrimStart().StartsWith("# escape=", StringComparison.Ordinal)));

    /// <summary>The lines that mean something, comments removed, display names dropped (a list item's dash moves to its next key).</summary>
    private static List<string> Yaml(string text, bool ci)
    {
        var entries = Lines(text).Select(StripComment).Where(l => l.Trim().Length > 0).Select(Entry.Parse).ToList();
        var result = new List<string>();
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            if (ci && entry.Key is { } key && DisplayKeys.Contains(key) && !entry.IsBlockStart && SiblingKeys(entries, i).Any(ActionKeys.Contains))
            {
                if (entry.IsListItem && i + 1 < entries.Count && entries[i + 1].KeyIndent == entry.KeyIndent && !entries[i + 1].IsListItem)
                {
                    entries[i + 1] = entries[i + 1].AsListItem();
                }

                continue;
            }

            result.Add(entry.Text);
        }

        return result;
    }

    /// <summary>The keys of the mapping entry <paramref name="index"/> belongs to (same key indentation, same block).</summary>
    private static IEnumerable<string> SiblingKeys(List<Entry> entries, int index)
    {
        var indent = entries[index].KeyIndent;
        for (var i = index - 1; i >= 0 && entries[i].KeyIndent >= indent; i--)
        {
            if (entries[i].KeyIndent == indent && entries[i].Key is { } key)
            {
                yield return key;
            }

            if (entries[i].KeyIndent == indent && entries[i].IsListItem)
            {
                break;
            }
        }

        for (var i = index + 1; i < entries.Count && entries[i].KeyIndent >= indent && !(entries[i].KeyIndent == indent && entries[i].IsListItem); i++)
        {
            if (entries[i].KeyIndent == indent && entries[i].Key is { } key)
            {
                yield return key;
            }
        }
    }

    internal static IEnumerable<string> Lines(string text) => text.Replace("\r\n", "\n").Split('\n').Select(l => l.TrimEnd());

    /// <summary>Removes a YAML comment: '#' at the start or after whitespace, outside quotes.</summary>
    internal static string StripComment(string line)
    {
        char? quote = null;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quote is not null)
            {
                if (c == quote)
                {
                    quote = null;
                }
            }
            else if (c is '"' or '\'')
            {
                quote = c;
            }
            else if (c == '#' && (i == 0 || char.IsWhiteSpace(line[i - 1])))
            {
                return line[..i].TrimEnd();
            }
        }

        return line;
    }

    private sealed record Entry(string Text, int KeyIndent, bool IsListItem, string? Key, bool IsBlockStart)
    {
        public static Entry Parse(string line)
        {
            var indent = line.Length - line.TrimStart().Length;
            var content = line.TrimStart();
            var isItem = content.StartsWith("- ", StringComparison.Ordinal);
            var body = isItem ? content[2..].TrimStart() : content;
            var keyIndent = isItem ? line.Length - body.Length : indent;
            var colon = body.IndexOf(':');
            var key = colon > 0 && !body.StartsWith('"') && !body.StartsWith('\'') && (colon == body.Length - 1 || body[colon + 1] == ' ') ? body[..colon] : null;
            return new Entry(line, keyIndent, isItem, key, key is not null && colon == body.Length - 1);
        }

        public Entry AsListItem() => this with { Text = new string(' ', Math.Max(0, KeyIndent - 2)) + "- " + Text.TrimStart(), IsListItem = true };
    }
}
