using System.Text.Json;
using AutoMode.Cli.Tests.Infrastructure;

namespace AutoMode.Cli.Tests;

/// <summary>
/// Adopting AutoMode on an existing codebase with AutoMode.Accepted.json (issue 19), on a generated project: `automode
/// accept --all` makes the scan free of findings above Low; a new hard-coded secret and a recursive delete of a config
/// folder are found at their level, exactly those; reformatting a file with accepted findings and moving a method keep
/// it clean. And the gate: edits that add to the file are tampering, removals are Low, the hook says who accepted a
/// finding, `accept &lt;audit id&gt;` records a person's approval, `--prune` drops stale entries.
/// </summary>
public class AcceptedRisksTests
{
    // Built at run time so that no token-shaped string is committed (it is not, and never was, a real key).
    private static readonly string StripeKey = "sk" + "_live_" + new string(Enumerable.Range(0, 24).Select(i => "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"[(i * 37 + 11) % 62]).ToArray());
    private static readonly string GitHubToken = "gh" + "p_" + new string(Enumerable.Range(0, 36).Select(i => "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"[(i * 29 + 5) % 62]).ToArray());

    private static string Maintenance => $$"""
        using System.Diagnostics;

        namespace App;

        public static class Maintenance
        {
            private const string PaymentsKey = "{{StripeKey}}";

            public static void ClearCache(string root)
            {
                Directory.Delete(Path.Combine(root, "cache"), true);
            }

            public static void RemoveExport(string file) => File.Delete(file);

            public static void Reindex() => Process.Start("reindex", "--all");

            public static string Key() => PaymentsKey;
        }
        """;

    /// <summary>The same code reformatted (line breaks, spaces, comments) with ClearCache moved to the end.</summary>
    private static string MaintenanceReformattedAndMoved => $$"""
        using System.Diagnostics;

        namespace App;

        public static class Maintenance
        {
            private const string PaymentsKey =
                "{{StripeKey}}";

            public static void RemoveExport(string file)
                => File.Delete(file);   // exports are re-created nightly

            public static void Reindex() =>
                Process.Start( "reindex",  "--all" );

            public static string Key() => PaymentsKey;

            public static void ClearCache(string root)
            {
                // the cache folder only
                Directory.Delete(
                    Path.Combine(root, "cache"),
                    true);
            }
        }
        """;

    [Test]
    public void AdoptingOnAGeneratedProject_NewRisksBreak_ReformattingAndMovingDoNot()
    {
        using var repo = Adopted();
        var accepted = repo.Read("AutoMode.Accepted.json");
        Assert.That(accepted, Does.Contain("\"rule\": \"AM1002\"").And.Contain("\"rule\": \"AM3001\"").And.Contain("\"by\": \"tests@example.com\""));
        var adopted = Scan(repo);
        Assert.That(AboveLow(adopted), Is.Empty, "after accept --all: 0 findings above Low");
        var delete = adopted.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("ruleId").GetString() == "AM1002");
        Assert.That(delete.GetProperty("accepted").GetProperty("level").GetString(), Is.EqualTo("Critical"));
        Assert.That(delete.GetProperty("accepted").GetProperty("by").GetString(), Is.EqualTo("tests@example.com"));

        repo.Replace("src/App/Maintenance.cs", "    public static string Key() => PaymentsKey;", $$"""
                public static string Key() => PaymentsKey;

                private const string DeployToken = "{{GitHubToken}}";

                public static void ResetSettings(string home) => Directory.Delete(Path.Combine(home, ".config"), recursive: true);
            """);
        var broken = AboveLow(Scan(repo));
        Assert.That(broken.Select(f => (f.Rule, f.Risk)), Is.EquivalentTo(new[] { ("AM3001", "critical"), ("AM1004", "critical") }), string.Join("\n", broken));
        Assert.That(broken.Select(f => f.Line).OrderBy(l => l), Is.EqualTo(new[] { 20, 22 }), "exactly the new token and the new recursive delete of a config folder (AM1004: a protected path)");

        repo.Git("checkout", "--", "src/App/Maintenance.cs");
        repo.Write("src/App/Maintenance.cs", MaintenanceReformattedAndMoved);
        Assert.That(AboveLow(Scan(repo)), Is.Empty, "reformatted, a comment added and ClearCache moved: still 0 findings above Low");
        var check = CheckJson.Run(repo, "--no-audit");
        Assert.That(check.Decision, Is.EqualTo("allow"), check.ToString());
    }

    [Test]
    public void AddingAnEntryIsTampering_RemovingOneIsLow()
    {
        using var repo = Adopted();
        var text = repo.Read("AutoMode.Accepted.json");
        var lines = text.Split('\n').ToList();
        var entry = lines.First(l => l.Contains("\"AM1002\"", StringComparison.Ordinal));

        repo.Write("AutoMode.Accepted.json", text.Replace(entry, entry.TrimEnd(',').Replace("\"occurrence\": 0", "\"occurrence\": 1", StringComparison.Ordinal) + ",\n" + entry, StringComparison.Ordinal));
        var added = CheckJson.Run(repo, "--no-audit");
        Assert.That(added.RuleIds, Does.Contain("AMG913"), added.ToString());
        Assert.That(added.Risk, Is.EqualTo("critical"));
        Assert.That(added.Decision, Is.Not.EqualTo("allow"));

        repo.Write("AutoMode.Accepted.json", text.Replace(entry, entry.Replace("baseline: present when AutoMode was adopted", "the CTO said so", StringComparison.Ordinal), StringComparison.Ordinal));
        Assert.That(CheckJson.Run(repo, "--no-audit").RuleIds, Does.Contain("AMG913"), "changing who, when or why is not a removal");

        var index = lines.IndexOf(entry);
        if (!entry.EndsWith(',') && lines[index - 1].EndsWith(','))
        {
            lines[index - 1] = lines[index - 1][..^1];
        }

        lines.RemoveAt(index);
        repo.Write("AutoMode.Accepted.json", string.Join('\n', lines));
        var removed = CheckJson.Run(repo, "--no-audit");
        Assert.That(removed.RuleIds, Is.EqualTo(new[] { "AMG914" }), removed.ToString());
        Assert.That(removed.Risk, Is.EqualTo("low"));
        Assert.That(removed.Decision, Is.EqualTo("allow"));
    }

    [Test]
    public void TheHookSaysWhoAcceptedAFinding()
    {
        using var repo = Adopted();

        var answer = HookRunner.Run(repo, HookRunner.Edit(repo, "src/App/Maintenance.cs", "Directory.Delete(Path.Combine(root, \"cache\"), true);", "Directory.Delete(Path.Combine(root, \"cache\"),\n            true);"));

        Assert.That(answer.Decision, Is.EqualTo("allow"), answer.ToString());
        Assert.That(answer.Reason, Does.Contain("AM1002 Low").And.Contain("Accepted before (Critical) by tests@example.com on ").And.Contain("baseline: present when AutoMode was adopted"));
    }

    [Test]
    public void AcceptingAnAuditedDecision_RecordsThePersonsApproval()
    {
        using var repo = Adopted();
        repo.Replace("src/App/Maintenance.cs", "    public static string Key()", "    public static void Publish() => Process.Start(\"publish\", \"--site\");\n\n    public static string Key()");
        var asked = CheckJson.Run(repo);
        Assert.That(asked.Decision, Is.EqualTo("ask"), asked.ToString());
        var id = AuditFile.Last(repo).GetProperty("id").GetString()!;

        var result = CliRunner.Run(repo.Root, "accept", id[..8], "--why", "publishing is our release step");

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(result.Stdout, Does.Contain("1 added"));
        Assert.That(repo.Read("AutoMode.Accepted.json"), Does.Contain("\"member\": \"M:App.Maintenance.Publish\"").And.Contain("\"why\": \"publishing is our release step\""));
        Assert.That(AboveLow(Scan(repo)), Is.Empty);
    }

    [Test]
    public void PruneDropsTheEntriesThatMatchNothing()
    {
        using var repo = Adopted();
        repo.Replace("src/App/Maintenance.cs", "public static void RemoveExport(string file) => File.Delete(file);\n", string.Empty);
        var before = repo.Read("AutoMode.Accepted.json").Split('\n').Count(l => l.Contains("\"rule\"", StringComparison.Ordinal));

        var result = CliRunner.Run(repo.Root, "accept", "--prune", "--quiet");

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(result.Stdout, Does.Contain("1 removed"));
        var after = repo.Read("AutoMode.Accepted.json");
        Assert.That(after.Split('\n').Count(l => l.Contains("\"rule\"", StringComparison.Ordinal)), Is.EqualTo(before - 1));
        Assert.That(after, Does.Not.Contain("RemoveExport"));
    }

    [Test]
    public void AcceptNeedsExactlyOneMode()
    {
        using var repo = Adopted();

        var result = CliRunner.Run(repo.Root, "accept", "--all", "--prune");

        Assert.That(result.ExitCode, Is.EqualTo(3), result.ToString());
        Assert.That(result.Stderr, Does.Contain("exactly one of --all, --prune and an audit entry id"));
    }

    /// <summary>A generated project with findings at every level, committed, then `automode accept --all`, committed.</summary>
    private static TempRepository Adopted()
    {
        var repo = new TempRepository()
            .Write("src/App/App.csproj", TempRepository.MinimalProject)
            .Write("src/App/Maintenance.cs", Maintenance)
            .Commit("existing code");
        Assert.That(AboveLow(Scan(repo)).Select(f => f.Rule), Is.SupersetOf(new[] { "AM1002", "AM3001", "AM1001", "AM5002" }), "the generated project has findings to accept");

        var result = CliRunner.Run(repo.Root, "accept", "--all", "--quiet");
        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(result.Stdout, Does.Contain("AutoMode.Accepted.json"));
        return repo.Commit("accept the existing risks");
    }

    private static JsonElement Scan(TempRepository repo)
    {
        var result = CliRunner.Run(repo.Root, "scan", ".", "--format", "json", "--quiet");
        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        using var document = JsonDocument.Parse(result.Stdout);
        return document.RootElement.Clone();
    }

    private static List<(string Rule, string Risk, int Line)> AboveLow(JsonElement scan) =>
        scan.GetProperty("findings").EnumerateArray()
            .Where(f => f.GetProperty("risk").GetString() != "low")
            .Select(f => (f.GetProperty("ruleId").GetString()!, f.GetProperty("risk").GetString()!, f.GetProperty("line").GetInt32()))
            .ToList();
}
