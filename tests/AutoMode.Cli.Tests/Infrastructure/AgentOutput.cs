using System.Text.Json;

namespace AutoMode.Cli.Tests.Infrastructure;

/// <summary>What an agent's hook printed, checked against the shapes the agents document.</summary>
public static class AgentOutput
{
    /// <summary>Exit 0 and exactly one JSON object on standard output (nothing else there), parsed.</summary>
    public static JsonElement SingleObject(CliResult result)
    {
        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        var lines = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.That(lines, Has.Length.EqualTo(1), "one JSON object, nothing else on standard output\n" + result);
        using var document = JsonDocument.Parse(lines[0]);
        Assert.That(document.RootElement.ValueKind, Is.EqualTo(JsonValueKind.Object), result.ToString());
        return document.RootElement.Clone();
    }

    /// <summary>Exit 0 and nothing on standard output.</summary>
    public static void Silent(CliResult result)
    {
        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(result.Stdout.Trim(), Is.Empty, result.ToString());
    }

    public static IEnumerable<string> Names(JsonElement element) => element.EnumerateObject().Select(p => p.Name);

    public static string Text(JsonElement element, string name) => element.GetProperty(name).GetString()!;
}
