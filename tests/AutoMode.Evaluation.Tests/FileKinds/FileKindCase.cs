using System.Text.Json;

namespace AutoMode.Evaluation.Tests.FileKinds;

/// <summary>
/// One labeled change of a file that is not C#, taken from a real repository's history:
/// tests/AutoMode.Evaluation/Files/&lt;kind&gt;/&lt;NNN-slug&gt;/ with case.json (risk, kind, source, why, hard, binary,
/// projects) and an excerpt of the file under before/ and after/ (its path as in the repository).
/// </summary>
public sealed class FileKindCase
{
    public static readonly string[] Kinds =
    [
        "frontend", "styles", "resources", "images", "docs", "editor-settings", "test-data", "dependencies", "npm", "configuration", "scripts", "ci",
    ];

    private FileKindCase(string directory, JsonElement label)
    {
        Directory = directory;
        Label = label;
    }

    public static string Root => Path.Combine(EvaluationPaths.Root, "Files");

    public string Directory { get; }

    public JsonElement Label { get; }

    public string Name => Path.GetRelativePath(Root, Directory).Replace('\\', '/');

    public string? Risk => Text("risk");

    public string? Kind => Text("kind");

    public string? Source => Text("source");

    public string? Why => Text("why");

    public bool Hard => Label.TryGetProperty("hard", out var hard) && hard.ValueKind == JsonValueKind.True;

    public bool Binary => Label.TryGetProperty("binary", out var binary) && binary.ValueKind == JsonValueKind.True;

    /// <summary>Project names of the source repository (for "the project's own packages"), empty when the case does not need them.</summary>
    public IReadOnlyList<string> Projects =>
        Label.TryGetProperty("projects", out var projects) && projects.ValueKind == JsonValueKind.Array
            ? projects.EnumerateArray().Select(p => p.GetString()!).ToList()
            : [];

    public string BeforeDirectory => Path.Combine(Directory, "before");

    public string AfterDirectory => Path.Combine(Directory, "after");

    public static IReadOnlyList<FileKindCase> All() =>
        System.IO.Directory.Exists(Root)
            ? System.IO.Directory.EnumerateFiles(Root, "case.json", SearchOption.AllDirectories)
                .Select(Path.GetDirectoryName).OfType<string>().Order(StringComparer.Ordinal)
                .Select(d => new FileKindCase(d, JsonDocument.Parse(File.ReadAllText(Path.Combine(d, "case.json"))).RootElement.Clone()))
                .ToList()
            : [];

    public override string ToString() => Name;

    private string? Text(string property) =>
        Label.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
