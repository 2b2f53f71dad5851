using AutoMode.Cli.Tests.Infrastructure;

namespace AutoMode.Cli.Tests;

/// <summary><c>&lt;AutoModePolicy&gt;</c> presets: the shipped global configs, which .editorconfig keys override.</summary>
public class PolicyPresetTests
{
    private const string Change = "File.WriteAllText(path, \"reset\");";

    [Test]
    public void BalancedPresetAllowsMedium()
    {
        using var repo = WithPreset("balanced", editorConfig: string.Empty);
        repo.Replace("src/App/Maintenance.cs", "File.Delete(path);", Change);

        var json = CheckJson.Run(repo);

        Assert.That(json.Result.ExitCode, Is.Zero, json.ToString());
        Assert.That(json.Root.GetProperty("decidedBy").GetProperty("source").GetString(), Does.StartWith("AutoModePolicy preset automode.balanced.globalconfig:"));
    }

    [Test]
    public void StrictPresetDeniesCritical()
    {
        using var repo = WithPreset("strict", editorConfig: string.Empty);
        repo.Replace("src/App/Maintenance.cs", "File.Delete(path);", "Directory.Delete(path, true);");

        var json = CheckJson.Run(repo);

        Assert.That(json.Result.ExitCode, Is.EqualTo(2), json.ToString());
        Assert.That(json.Root.GetProperty("decidedBy").GetProperty("key").GetString(), Is.EqualTo("automode.deny_min_risk"));
    }

    [Test]
    public void EditorConfigOverridesThePreset()
    {
        using var repo = WithPreset("balanced", editorConfig: "[*.cs]\nautomode.auto_approve_max_risk = low\n");
        repo.Replace("src/App/Maintenance.cs", "File.Delete(path);", Change);

        var json = CheckJson.Run(repo);

        Assert.That(json.Result.ExitCode, Is.EqualTo(1), json.ToString());
        Assert.That(json.Root.GetProperty("decidedBy").GetProperty("source").GetString(), Is.EqualTo(".editorconfig:4"));
    }

    [Test]
    public void UnknownPresetIsReportedAndIgnored()
    {
        using var repo = WithPreset("yolo", editorConfig: string.Empty);
        repo.Replace("src/App/Maintenance.cs", "File.Delete(path);", Change);

        var json = CheckJson.Run(repo);

        Assert.That(json.Result.ExitCode, Is.EqualTo(1), json.ToString());
        Assert.That(json.Root.GetProperty("notes").EnumerateArray().Select(n => n.GetString()), Has.Some.Contains("AutoModePolicy 'yolo' is not a preset"));
    }

    private static TempRepository WithPreset(string preset, string editorConfig)
    {
        var repo = Repositories.WithApp(editorConfig);
        repo.Replace("src/App/App.csproj", "<Nullable>enable</Nullable>", $"<Nullable>enable</Nullable>\n    <AutoModePolicy>{preset}</AutoModePolicy>");
        return repo.Commit("preset");
    }
}
