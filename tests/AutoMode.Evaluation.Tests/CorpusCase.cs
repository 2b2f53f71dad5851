using System.Text.Json;

namespace AutoMode.Evaluation.Tests;

/// <summary>One labeled change: tests/AutoMode.Evaluation/Corpus/&lt;category&gt;/&lt;NNN-slug&gt;/ with case.json, before/ and after/.</summary>
public sealed class CorpusCase
{
    public static readonly string[] Risks = ["Low", "Medium", "High", "Critical"];

    public static readonly string[] Categories =
    [
        "DestructiveIO", "Migrations", "Secrets", "TypedRefactor", "SideEffects", "Infrastructure", "Dependencies", "Security",
        "Declared", "Policy", "Docs", "Tests", "Formatting", "Refactor",
    ];

    private CorpusCase(string directory, JsonElement label)
    {
        Directory = directory;
        Label = label;
    }

    public string Directory { get; }

    /// <summary>A case of the held-out set (Holdout/), reported apart from the corpus.</summary>
    public bool IsHoldout => Directory.StartsWith(EvaluationPaths.Holdout + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    /// <summary>&lt;category&gt;/&lt;NNN-slug&gt;, relative to Corpus/ or Holdout/.</summary>
    public string Name => Path.GetRelativePath(IsHoldout ? EvaluationPaths.Holdout : EvaluationPaths.Corpus, Directory).Replace('\\', '/');

    /// <summary>The name in reports: held-out cases start with "Holdout/".</summary>
    public string ReportName => IsHoldout ? "Holdout/" + Name : Name;

    public JsonElement Label { get; }

    public string? Risk => Text("risk");

    public string? Category => Text("category");

    public string? Stack => Text("stack");

    public string? Why => Text("why");

    public bool? Hard => Label.TryGetProperty("hard", out var hard) && hard.ValueKind is JsonValueKind.True or JsonValueKind.False ? hard.GetBoolean() : null;

    public string BeforeDirectory => Path.Combine(Directory, "before");

    public string AfterDirectory => Path.Combine(Directory, "after");

    /// <summary>The corpus cases (Corpus/).</summary>
    public static IEnumerable<string> AllDirectories() => DirectoriesUnder(EvaluationPaths.Corpus);

    /// <summary>The held-out cases (Holdout/), none when the folder is absent.</summary>
    public static IEnumerable<string> HoldoutDirectories() =>
        System.IO.Directory.Exists(EvaluationPaths.Holdout) ? DirectoriesUnder(EvaluationPaths.Holdout) : [];

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

    private static IEnumerable<string> DirectoriesUnder(string root) =>
        System.IO.Directory.EnumerateFiles(root, "case.json", SearchOption.AllDirectories)
            .Select(Path.GetDirectoryName)
            .OfType<string>()
            .Order(StringComparer.Ordinal);

    private string? Text(string property) =>
        Label.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
