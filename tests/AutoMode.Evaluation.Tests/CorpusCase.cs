using System.Text.Json;

namespace AutoMode.Evaluation.Tests;

/// <summary>One labeled change: tests/AutoMode.Evaluation/Corpus/&lt;category&gt;/&lt;NNN-slug&gt;/ with case.json, before/ and after/.</summary>
public sealed class CorpusCase
{
    public static readonly string[] Risks = ["Low", "Medium", "High", "Critical"];

    public static readonly string[] Categories =
    [
        "DestructiveIO", "Migrations", "Secrets", "TypedRefactor", "SideEffects", "Infrastructure", "Dependencies",
        "Declared", "Policy", "Docs", "Tests", "Formatting", "Refactor",
    ];

    private CorpusCase(string directory, JsonElement label)
    {
        Directory = directory;
        Label = label;
    }

    public string Directory { get; }

    public string Name => Path.GetRelativePath(EvaluationPaths.Corpus, Directory).Replace('\\', '/');

    public JsonElement Label { get; }

    public string? Risk => Text("risk");

    public string? Category => Text("category");

    public string? Stack => Text("stack");

    public string? Why => Text("why");

    public bool? Hard => Label.TryGetProperty("hard", out var hard) && hard.ValueKind is JsonValueKind.True or JsonValueKind.False ? hard.GetBoolean() : null;

    public string BeforeDirectory => Path.Combine(Directory, "before");

    public string AfterDirectory => Path.Combine(Directory, "after");

    public static IEnumerable<string> AllDirectories() =>
        System.IO.Directory.EnumerateFiles(EvaluationPaths.Corpus, "case.json", SearchOption.AllDirectories)
            .Select(Path.GetDirectoryName)
            .OfType<string>()
            .Order(StringComparer.Ordinal);

    public static CorpusCase Load(string directory)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(directory, "case.json")));
        return new CorpusCase(directory, json.RootElement.Clone());
    }

    /// <summary>Relative paths (with '/') of the files under before/ or after/.</summary>
    public static SortedSet<string> Files(string root) =>
        System.IO.Directory.Exists(root)
            ? new SortedSet<string>(
                System.IO.Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
                    .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/')),
                StringComparer.Ordinal)
            : new SortedSet<string>(StringComparer.Ordinal);

    private string? Text(string property) =>
        Label.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
