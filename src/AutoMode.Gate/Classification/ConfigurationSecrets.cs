using System.Text.RegularExpressions;
using AutoMode.Analyzers.Secrets;

namespace AutoMode.Gate.Classification;

/// <summary>
/// Secrets on the added lines of configuration files (appsettings*.json, *.config, .env). Whether a value is a secret
/// is decided by the analyzers' <see cref="SecretDetector"/>, the one behind AM3001–AM3004, so a value gets the same
/// verdict in <c>appsettings.json</c> as in C#; this class only reads a line's keys and values (and a PEM block's
/// lines) for it. The file's <c>automode.secrets.*</c> options (its <c>.editorconfig</c> sections and the global
/// configs) tune the detector as they tune the analyzers for a C# file. It names the key or the kind of secret, never
/// the value.
/// </summary>
public static partial class ConfigurationSecrets
{
    /// <summary>The name of the secret on this line (a key, or the kind of credential), or null; without options.</summary>
    public static string? Find(string line) => Find(new[] { line }, 0, _ => null);

    /// <summary>
    /// The name of the secret on line <paramref name="index"/> (0-based) of <paramref name="lines"/>, or null.
    /// <paramref name="setting"/> answers an option's value for the file (null when it is not set).
    /// </summary>
    public static string? Find(IReadOnlyList<string> lines, int index, Func<string, string?> setting)
    {
        var options = SecretDetectorOptions.Read(setting);
        var line = lines[index];
        foreach (var (key, value) in Pairs(line))
        {
            if (SecretDetector.TryDetect(value, key, options, out var match))
            {
                return match.Kind == SecretKind.NamedSecret ? key : match.Description;
            }
        }

        // Outside a key/value pair: a token of a known format or a credential string anywhere on the line (an XML
        // attribute, a YAML list item), or a private key whose body follows on the next lines.
        var text = PemBlock(lines, index) ?? line;
        return SecretDetector.TryDetect(text, null, options, out var found) ? found.Description : null;
    }

    /// <summary>The keys and values on a line: JSON <c>"key": "value"</c>, XML <c>key="…" value="…"</c>, <c>KEY=value</c> / <c>key: value</c>.</summary>
    private static IEnumerable<(string Key, string Value)> Pairs(string line)
    {
        foreach (Match pair in JsonPair().Matches(line))
        {
            yield return (pair.Groups["key"].Value, Unescape(pair.Groups["value"].Value));
        }

        foreach (Match pair in XmlPair().Matches(line))
        {
            yield return (pair.Groups["key"].Value, pair.Groups["value"].Value);
        }

        var assignment = AssignmentPair().Match(line);
        if (assignment.Success)
        {
            yield return (assignment.Groups["key"].Value, assignment.Groups["value"].Value.Trim().Trim('"', '\'').Trim());
        }
    }

    /// <summary>A JSON string's text: <c>\n</c> in a PEM value becomes the line break the detector expects.</summary>
    private static string Unescape(string value)
    {
        if (value.IndexOf('\\') < 0)
        {
            return value;
        }

        try
        {
            return System.Text.Json.JsonSerializer.Deserialize<string>("\"" + value + "\"") ?? value;
        }
        catch (System.Text.Json.JsonException)
        {
            return value;
        }
    }

    /// <summary>A <c>-----BEGIN … PRIVATE KEY-----</c> line with the lines of its body (up to its END line), or null.</summary>
    private static string? PemBlock(IReadOnlyList<string> lines, int index)
    {
        if (lines[index].IndexOf("-----BEGIN", StringComparison.Ordinal) < 0)
        {
            return null;
        }

        var end = index;
        while (end + 1 < lines.Count && end - index < 100 && lines[end].IndexOf("-----END", StringComparison.Ordinal) < 0)
        {
            end++;
        }

        return string.Join("\n", Enumerable.Range(index, end - index + 1).Select(i => lines[i].TrimEnd('\r')));
    }

    [GeneratedRegex("\"(?<key>[^\"]+)\"\\s*:\\s*\"(?<value>(?:[^\"\\\\]|\\\\.)*)\"", RegexOptions.CultureInvariant)]
    private static partial Regex JsonPair();

    [GeneratedRegex("key\\s*=\\s*\"(?<key>[^\"]+)\"\\s+value\\s*=\\s*\"(?<value>[^\"]*)\"", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex XmlPair();

    [GeneratedRegex(@"^\s*(export\s+)?(?<key>[A-Za-z_][A-Za-z0-9_.:-]*)\s*[=:]\s*(?<value>[^#\s].*?)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex AssignmentPair();
}
