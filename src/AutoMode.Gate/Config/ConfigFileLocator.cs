using System.Collections.Concurrent;

namespace AutoMode.Gate.Config;

/// <summary>
/// Finds the <c>.editorconfig</c> files that apply to a set of paths (in every ancestor folder, as the compiler
/// and the IDE do) and the <c>.globalconfig</c> files the .NET SDK picks up from a project's folder upwards.
/// </summary>
public sealed class ConfigFileLocator
{
    private readonly ConcurrentDictionary<string, string[]> _byDirectory = new(StringComparer.Ordinal);

    public IReadOnlyList<string> EditorConfigsFor(IEnumerable<string> paths)
    {
        var result = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var directory in paths.Select(Path.GetDirectoryName).Where(d => d is not null).Distinct())
        {
            foreach (var file in ConfigsInAncestors(directory!))
            {
                if (Path.GetFileName(file) == ".editorconfig")
                {
                    result.Add(file);
                }
            }
        }

        return result.ToList();
    }

    public IReadOnlyList<string> GlobalConfigsFor(string directory) =>
        ConfigsInAncestors(directory).Where(f => Path.GetFileName(f) == ".globalconfig").ToList();

    private string[] ConfigsInAncestors(string directory) => _byDirectory.GetOrAdd(directory, d =>
    {
        var here = new List<string>();
        foreach (var name in new[] { ".editorconfig", ".globalconfig" })
        {
            var candidate = Path.Combine(d, name);
            if (File.Exists(candidate))
            {
                here.Add(candidate);
            }
        }

        var parent = Path.GetDirectoryName(d);
        return parent is null || parent == d ? here.ToArray() : here.Concat(ConfigsInAncestors(parent)).ToArray();
    });
}
