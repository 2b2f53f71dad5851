namespace AutoMode.Gate.Classification;

/// <summary>A key of an .editorconfig / .globalconfig file, with its section and 1-based line.</summary>
public sealed record ConfigEntry(string Section, string Key, string Value, int Line);

/// <summary>A line-preserving reader of analyzer configuration files (the compiler's parser keeps no line numbers).</summary>
public static class ConfigEntries
{
    public static IReadOnlyList<ConfigEntry> Parse(string? text)
    {
        var entries = new List<ConfigEntry>();
        if (text is null)
        {
            return entries;
        }

        var section = string.Empty;
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line[0] is '#' or ';')
            {
                continue;
            }

            if (line[0] == '[' && line.EndsWith(']'))
            {
                section = line[1..^1].Trim();
                continue;
            }

            var equals = line.IndexOf('=');
            if (equals <= 0)
            {
                continue;
            }

            var value = line[(equals + 1)..];
            var comment = value.IndexOfAny(new[] { '#', ';' });
            if (comment >= 0 && (comment == 0 || char.IsWhiteSpace(value[comment - 1])))
            {
                value = value[..comment];
            }

            entries.Add(new ConfigEntry(section, line[..equals].Trim().ToLowerInvariant(), value.Trim(), i + 1));
        }

        return entries;
    }

    /// <summary>The last value of each (section, key): later lines win, as in the compiler.</summary>
    public static Dictionary<(string Section, string Key), ConfigEntry> Map(string? text) =>
        Parse(text).GroupBy(e => (e.Section, e.Key)).ToDictionary(g => g.Key, g => g.Last());
}
