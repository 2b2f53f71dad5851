using System.Text.Json;

namespace AutoMode.Cli.Tests.Infrastructure;

/// <summary>The JSON output of <c>automode check --format json</c>, parsed for assertions.</summary>
public sealed class CheckJson
{
    private CheckJson(CliResult result, JsonElement root)
    {
        Result = result;
        Root = root;
    }

    public CliResult Result { get; }

    public JsonElement Root { get; }

    public string Risk => Root.GetProperty("risk").GetString()!;

    public string Decision => Root.GetProperty("decision").GetString()!;

    public IEnumerable<JsonElement> Files => Root.GetProperty("files").EnumerateArray();

    public IEnumerable<JsonElement> Findings => Files.SelectMany(f => f.GetProperty("findings").EnumerateArray());

    public IEnumerable<string> RuleIds => Findings.Select(f => f.GetProperty("ruleId").GetString()!);

    public JsonElement File(string path) => Files.Single(f => f.GetProperty("path").GetString() == path);

    public static CheckJson Run(TempRepository repository, params string[] args)
    {
        var result = repository.Check(args.Concat(new[] { "--format", "json" }).ToArray());
        Assert.That(result.ExitCode, Is.InRange(0, 2), result.ToString());
        using var document = JsonDocument.Parse(result.Stdout);
        var json = new CheckJson(result, document.RootElement.Clone());
        Assert.That(json.Root.GetProperty("exitCode").GetInt32(), Is.EqualTo(result.ExitCode), "the JSON's exitCode is the process exit code");
        return json;
    }

    public override string ToString() => Result.ToString();
}
