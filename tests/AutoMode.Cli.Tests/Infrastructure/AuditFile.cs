using System.Text.Json;

namespace AutoMode.Cli.Tests.Infrastructure;

/// <summary>The audit log of a test repository, read back for assertions.</summary>
public static class AuditFile
{
    public const string Path = ".automode/audit.jsonl";

    public static IReadOnlyList<string> Lines(TempRepository repository) =>
        File.Exists(repository.PathOf(Path)) ? File.ReadAllLines(repository.PathOf(Path)).Where(l => l.Length > 0).ToList() : new List<string>();

    public static IReadOnlyList<JsonElement> Entries(TempRepository repository) =>
        Lines(repository).Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToList();

    public static JsonElement Last(TempRepository repository) => Entries(repository)[^1];

    public static void WriteLines(TempRepository repository, IEnumerable<string> lines) =>
        File.WriteAllText(repository.PathOf(Path), string.Concat(lines.Select(l => l + "\n")));
}
