using System.Diagnostics;
using System.Text.Json;
using AutoMode.Cli.Tests.Infrastructure;

namespace AutoMode.Cli.Tests;

/// <summary>
/// The audit log through the real executable: one hash-chained line per decision (hook and check), `audit verify`
/// catching edited, removed and reordered lines, many parallel hooks losing no line, `audit stats` and `audit mark`.
/// </summary>
public class AuditLogTests
{
    [Test]
    public void EveryHookDecisionIsOneLineWithTheListedFields()
    {
        using var repo = Repositories.WithApp();

        var answer = HookRunner.Run(repo, HookRunner.Edit(repo, "src/App/Maintenance.cs", "File.Delete(path);", "Directory.Delete(path, recursive: true);"));

        var entries = AuditFile.Entries(repo);
        Assert.That(entries, Has.Count.EqualTo(1));
        var entry = entries[0];
        Assert.That(entry.GetProperty("seq").GetInt64(), Is.EqualTo(1));
        Assert.That(answer.Reason, Does.Contain("Audit entry " + entry.GetProperty("id").GetString()));
        Assert.That(DateTimeOffset.Parse(entry.GetProperty("time").GetString()!, System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(DateTimeOffset.UtcNow).Within(TimeSpan.FromMinutes(5)));
        Assert.That(entry.GetProperty("time").GetString(), Does.EndWith("Z"));
        Assert.That(entry.GetProperty("actor").GetString(), Is.EqualTo("claude-code:test-session"));
        Assert.That(entry.GetProperty("user").GetString(), Is.EqualTo("tests@example.com"));
        Assert.That(entry.GetProperty("source").GetString(), Is.EqualTo("hook:claude"));
        Assert.That(entry.GetProperty("tool").GetString(), Is.EqualTo("Edit"));
        var file = entry.GetProperty("files")[0];
        Assert.That(file.GetProperty("path").GetString(), Is.EqualTo("src/App/Maintenance.cs"));
        Assert.That(file.GetProperty("ranges")[0][0].GetInt32(), Is.EqualTo(12));
        Assert.That(file.GetProperty("before").GetString(), Is.EqualTo(Sha256(Repositories.Maintenance)));
        Assert.That(file.GetProperty("after").GetString(), Is.EqualTo(Sha256(Repositories.Maintenance.Replace("File.Delete(path);", "Directory.Delete(path, recursive: true);", StringComparison.Ordinal))));
        var finding = entry.GetProperty("findings")[0];
        Assert.That(finding.GetProperty("id").GetString(), Is.EqualTo("AM1002"));
        Assert.That(finding.GetProperty("risk").GetString(), Is.EqualTo("critical"));
        Assert.That(finding.GetProperty("category").GetString(), Is.EqualTo("DestructiveIO"));
        Assert.That(finding.GetProperty("line").GetInt32(), Is.EqualTo(12));
        Assert.That(entry.GetProperty("risk").GetString(), Is.EqualTo("critical"));
        Assert.That(entry.GetProperty("decision").GetString(), Is.EqualTo("ask"));
        Assert.That(entry.GetProperty("policy").GetProperty("key").GetString(), Is.EqualTo("automode.auto_approve_max_risk"));
        Assert.That(entry.GetProperty("toolVersion").GetString(), Is.Not.Empty);
        Assert.That(entry.GetProperty("prev").GetString(), Is.EqualTo(new string('0', 64)));
    }

    [Test]
    public void CheckAppendsToTheSameChain()
    {
        using var repo = Repositories.WithApp();
        HookRunner.Run(repo, HookRunner.Edit(repo, "README.md", "# App", "# The App"));
        repo.Replace("README.md", "# App", "# The App");

        var check = repo.Check();
        repo.Check("--no-audit");

        Assert.That(check.ExitCode, Is.Zero, check.ToString());
        var lines = AuditFile.Lines(repo);
        Assert.That(lines, Has.Count.EqualTo(2), "--no-audit appends nothing");
        using var entry = JsonDocument.Parse(lines[1]);
        Assert.That(entry.RootElement.GetProperty("source").GetString(), Is.EqualTo("check"));
        Assert.That(entry.RootElement.GetProperty("actor").GetString(), Is.EqualTo("tests@example.com"));
        Assert.That(entry.RootElement.GetProperty("files")[0].GetProperty("path").GetString(), Is.EqualTo("README.md"));
        Assert.That(entry.RootElement.GetProperty("prev").GetString(), Is.EqualTo(Sha256(lines[0])));
        Assert.That(Verify(repo).ExitCode, Is.Zero);
    }

    [Test]
    public void AuditLogPathIsConfigurable()
    {
        using var repo = Repositories.WithApp("[*]\nautomode.audit_log = logs/gate.jsonl\n");
        var elsewhere = Path.Combine(repo.Root, "..", Path.GetFileName(repo.Root) + "-audit.jsonl");

        HookRunner.Run(repo, HookRunner.Edit(repo, "README.md", "# App", "# The App"));
        HookRunner.Run(repo, HookRunner.Edit(repo, "README.md", "# App", "# The App"), "--audit-log", elsewhere);

        Assert.That(File.ReadAllLines(repo.PathOf("logs/gate.jsonl")), Has.Length.EqualTo(1));
        Assert.That(File.ReadAllLines(elsewhere), Has.Length.EqualTo(1));
        Assert.That(File.Exists(repo.PathOf(AuditFile.Path)), Is.False);
        Assert.That(CliRunner.Run(repo.Root, "audit", "verify", "--audit-log", elsewhere).ExitCode, Is.Zero);
        File.Delete(elsewhere);
        File.Delete(elsewhere + ".head");
    }

    [Test]
    public void VerifyCatchesEditedRemovedAndReorderedLines()
    {
        using var repo = WithDecisions(6);
        var original = AuditFile.Lines(repo);
        var intact = Verify(repo);
        Assert.That(intact.ExitCode, Is.Zero, intact.ToString());
        Assert.That(intact.Stdout, Does.Contain("6 entries, hash chain intact"));

        // An edited line: the ask of entry 2 turned into an allow.
        Assert.That(original[1], Does.Contain("\"decision\":\"ask\""));
        AuditFile.WriteLines(repo, original.Select((l, i) => i == 1 ? l.Replace("\"decision\":\"ask\"", "\"decision\":\"allow\"", StringComparison.Ordinal) : l));
        var edited = Verify(repo);
        Assert.That(edited.ExitCode, Is.EqualTo(1), edited.ToString());
        Assert.That(edited.Stdout, Does.Contain("line 2 (seq 2) was edited"));

        // A removed line in the middle.
        AuditFile.WriteLines(repo, original.Where((_, i) => i != 3));
        var removed = Verify(repo);
        Assert.That(removed.ExitCode, Is.EqualTo(1), removed.ToString());
        Assert.That(removed.Stdout, Does.Contain("entry seq 4 removed (between line 3 and line 4)"));

        // The last two lines removed.
        AuditFile.WriteLines(repo, original.Take(4));
        var truncated = Verify(repo);
        Assert.That(truncated.ExitCode, Is.EqualTo(1), truncated.ToString());
        Assert.That(truncated.Stdout, Does.Contain("entries seq 5–6 removed from the end"));

        // The first line removed.
        AuditFile.WriteLines(repo, original.Skip(1));
        var headless = Verify(repo);
        Assert.That(headless.ExitCode, Is.EqualTo(1), headless.ToString());
        Assert.That(headless.Stdout, Does.Contain("entry seq 1 removed from the start"));

        // Two lines swapped.
        AuditFile.WriteLines(repo, new[] { original[0], original[2], original[1], original[3], original[4], original[5] });
        var reordered = Verify(repo);
        Assert.That(reordered.ExitCode, Is.EqualTo(1), reordered.ToString());
        Assert.That(reordered.Stdout, Does.Contain("line 3 (seq 2) is out of order"));

        // The last line edited (only the head file knows its hash).
        AuditFile.WriteLines(repo, original.Select((l, i) => i == 5 ? l.Replace("test-session", "someone-else", StringComparison.Ordinal) : l));
        var lastEdited = Verify(repo);
        Assert.That(lastEdited.ExitCode, Is.EqualTo(1), lastEdited.ToString());
        Assert.That(lastEdited.Stdout, Does.Contain("line 6 (seq 6) was edited: the head file"));

        // A line that is no longer JSON.
        AuditFile.WriteLines(repo, original.Select((l, i) => i == 1 ? l[..20] : l));
        var corrupted = Verify(repo);
        Assert.That(corrupted.ExitCode, Is.EqualTo(1), corrupted.ToString());
        Assert.That(corrupted.Stdout, Does.Contain("line 2: not a valid audit entry"));

        AuditFile.WriteLines(repo, original);
        Assert.That(Verify(repo).ExitCode, Is.Zero, "restored");
    }

    [Test]
    public void VerifyWithoutALogIsAnError()
    {
        using var repo = Repositories.WithApp();

        var result = Verify(repo);

        Assert.That(result.ExitCode, Is.EqualTo(3), result.ToString());
        Assert.That(result.Stderr, Does.Contain("no audit log"));
    }

    [Test]
    public void ManyParallelHooksLoseNoLine()
    {
        const int Writers = 24;
        using var repo = Repositories.WithApp();
        var input = HookRunner.Edit(repo, "README.md", "# App", "# The App").ToJsonString();

        var processes = Enumerable.Range(0, Writers).Select(_ => HookRunner.Start(repo.Root, input)).ToList();
        var answers = processes.Select(p =>
        {
            var output = p.StandardOutput.ReadToEnd();
            var error = p.StandardError.ReadToEnd();
            p.WaitForExit();
            using (p)
            {
                return HookAnswer.From(new CliResult(p.ExitCode, output, error));
            }
        }).ToList();

        Assert.That(answers.Select(a => a.Decision), Is.All.EqualTo("allow"), string.Join("\n", answers.Where(a => a.Decision != "allow")));
        var lines = AuditFile.Lines(repo);
        Assert.That(lines, Has.Count.EqualTo(Writers));
        var entries = lines.Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToList();
        Assert.That(entries.Select(e => e.GetProperty("seq").GetInt64()), Is.EqualTo(Enumerable.Range(1, Writers).Select(i => (long)i)));
        Assert.That(entries.Select(e => e.GetProperty("id").GetString()).Distinct().Count(), Is.EqualTo(Writers));
        var verify = Verify(repo);
        Assert.That(verify.ExitCode, Is.Zero, verify.ToString());
    }

    [Test]
    public void StatsAndMarksGiveRatesPerCategoryAndTheRecommendation()
    {
        using var repo = Repositories.WithApp("[*]\nautomode.auto_approve_max_risk = medium\n");
        var allowedConfig = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            var answer = HookRunner.Run(repo, HookRunner.Write(repo, $"src/App/appsettings.{i}.json", $"{{ \"Logging\": {{ \"Level\": \"Info{i}\" }} }}\n"));
            Assert.That(answer.Decision, Is.EqualTo("allow"), answer.ToString());
            allowedConfig.Add(AuditFile.Last(repo).GetProperty("id").GetString()!);
        }

        var docs = HookRunner.Run(repo, HookRunner.Edit(repo, "README.md", "# App", "# The App"));
        var asked = HookRunner.Run(repo, HookRunner.Write(repo, ".github/workflows/ci.yml",
            "on: push\njobs:\n  release:\n    runs-on: ubuntu-latest\n    steps:\n      - run: dotnet nuget push out/*.nupkg --api-key ${{ secrets.NUGET_KEY }}\n"));
        Assert.That(docs.Decision, Is.EqualTo("allow"), docs.ToString());
        Assert.That(asked.Decision, Is.EqualTo("ask"), asked.ToString());
        var askedId = AuditFile.Last(repo).GetProperty("id").GetString()!;

        var mark = CliRunner.Run(repo.Root, "audit", "mark", allowedConfig[0], "--false-approval", "--note", "turned on debug logging in production");
        var markRejection = CliRunner.Run(repo.Root, "audit", "mark", askedId[..8], "--false-rejection");
        var wrongKind = CliRunner.Run(repo.Root, "audit", "mark", askedId, "--false-approval");
        var unknown = CliRunner.Run(repo.Root, "audit", "mark", "ffffffffffff", "--false-rejection");
        var both = CliRunner.Run(repo.Root, "audit", "mark", askedId, "--false-rejection", "--false-approval");

        Assert.That(mark.ExitCode, Is.Zero, mark.ToString());
        Assert.That(mark.Stdout, Does.Contain("as false-approval"));
        Assert.That(markRejection.ExitCode, Is.Zero, markRejection.ToString());
        Assert.That(wrongKind.ExitCode, Is.EqualTo(3), wrongKind.ToString());
        Assert.That(wrongKind.Stderr, Does.Contain("only an allowed change can be a false approval"));
        Assert.That(unknown.ExitCode, Is.EqualTo(3), unknown.ToString());
        Assert.That(both.ExitCode, Is.EqualTo(3), both.ToString());

        var stats = CliRunner.Run(repo.Root, "audit", "stats", "--json");
        Assert.That(stats.ExitCode, Is.Zero, stats.ToString());
        using var json = JsonDocument.Parse(stats.Stdout);
        var overall = json.RootElement.GetProperty("overall");
        Assert.That(overall.GetProperty("decisions").GetInt32(), Is.EqualTo(5));
        Assert.That(overall.GetProperty("allowed").GetInt32(), Is.EqualTo(4));
        Assert.That(overall.GetProperty("asked").GetInt32(), Is.EqualTo(1));
        Assert.That(overall.GetProperty("autoApprovalRate").GetDouble(), Is.EqualTo(0.8));
        var configuration = json.RootElement.GetProperty("categories").EnumerateArray().Single(c => c.GetProperty("category").GetString() == "Configuration");
        Assert.That(configuration.GetProperty("decisions").GetInt32(), Is.EqualTo(3));
        Assert.That(configuration.GetProperty("falseApprovals").GetInt32(), Is.EqualTo(1));
        Assert.That(configuration.GetProperty("falseApprovalRate").GetDouble(), Is.EqualTo(0.3333));
        var infrastructure = json.RootElement.GetProperty("categories").EnumerateArray().Single(c => c.GetProperty("category").GetString() == "Infrastructure");
        Assert.That(infrastructure.GetProperty("falseRejectionRate").GetDouble(), Is.EqualTo(1.0));
        var recommendation = json.RootElement.GetProperty("recommendations").EnumerateArray().Single();
        Assert.That(recommendation.GetProperty("setting").GetString(), Is.EqualTo("automode.category.configuration.auto_approve = false"));

        var text = CliRunner.Run(repo.Root, "audit", "stats");
        Assert.That(text.Stdout, Does.Contain("Recommendation: Configuration: 1 of 3 auto-approved changes were marked false approvals"));
        var future = CliRunner.Run(repo.Root, "audit", "stats", "--since", DateTime.UtcNow.AddDays(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), "--json");
        using var none = JsonDocument.Parse(future.Stdout);
        Assert.That(none.RootElement.GetProperty("overall").GetProperty("decisions").GetInt32(), Is.Zero);
        var recent = CliRunner.Run(repo.Root, "audit", "stats", "--since", "1h", "--json");
        using var all = JsonDocument.Parse(recent.Stdout);
        Assert.That(all.RootElement.GetProperty("overall").GetProperty("decisions").GetInt32(), Is.EqualTo(5));
        Assert.That(CliRunner.Run(repo.Root, "audit", "stats", "--since", "yesterday-ish").ExitCode, Is.EqualTo(3));
        Assert.That(Verify(repo).ExitCode, Is.Zero, "marks are appended to the chain");
    }

    private static CliResult Verify(TempRepository repo) => CliRunner.Run(repo.Root, "audit", "verify");

    /// <summary>A repository whose log holds <paramref name="count"/> hook decisions (fast ones: documentation and malformed input).</summary>
    private static TempRepository WithDecisions(int count)
    {
        var repo = Repositories.WithApp();
        for (var i = 0; i < count; i++)
        {
            var answer = i % 2 == 0
                ? HookRunner.Run(repo, HookRunner.Edit(repo, "README.md", "# App", $"# App {i}"))
                : HookRunner.Run(repo, HookRunner.Input(repo, "NotebookEdit", new System.Text.Json.Nodes.JsonObject { ["notebook_path"] = "a.ipynb" }));
            Assert.That(answer.Decision, Is.EqualTo(i % 2 == 0 ? "allow" : "ask"), answer.ToString());
        }

        return repo;
    }

    private static string Sha256(string text) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)));
}
