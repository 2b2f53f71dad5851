using System.Text.Json.Nodes;
using AutoMode.Gate.Analysis;
using AutoMode.Gate.Audit;
using AutoMode.Gate.Engine;
using AutoMode.Gate.Hooks;
using AutoMode.Gate.Model;

namespace AutoMode.Cli.Tests.Engine;

/// <summary>The pure parts of the hook and the audit log: applying edits, parsing input, the chain under concurrent threads, verify's diagnoses.</summary>
public class HookUnitTests
{
    private static ClaudeHookInput Edit(string oldString, string newString, bool all = false) =>
        new(null, null, "Edit", "f.cs", new[] { new TextEdit(oldString, newString, all) }, null);

    [Test]
    public void EditReplacesTheOneOccurrence() =>
        Assert.That(ProposedEdit.Apply(Edit("b", "x"), "a b c"), Is.EqualTo("a x c"));

    [Test]
    public void ReplaceAllReplacesEveryOccurrence() =>
        Assert.That(ProposedEdit.Apply(Edit("b", "x", all: true), "b b b"), Is.EqualTo("x x x"));

    [Test]
    public void AmbiguousOrMissingOldStringIsRefused()
    {
        Assert.That(() => ProposedEdit.Apply(Edit("b", "x"), "b b"), Throws.TypeOf<HookInputException>().With.Message.Contains("occurs 2 times"));
        Assert.That(() => ProposedEdit.Apply(Edit("z", "x"), "b b"), Throws.TypeOf<HookInputException>().With.Message.Contains("does not occur"));
        Assert.That(() => ProposedEdit.Apply(Edit("z", "x"), null), Throws.TypeOf<HookInputException>().With.Message.Contains("does not exist"));
        Assert.That(() => ProposedEdit.Apply(Edit(string.Empty, "x"), "text"), Throws.TypeOf<HookInputException>().With.Message.Contains("old_string is empty"));
    }

    [Test]
    public void EmptyOldStringCreatesAMissingFile() =>
        Assert.That(ProposedEdit.Apply(Edit(string.Empty, "new"), null), Is.EqualTo("new"));

    [Test]
    public void LineFeedOldStringMatchesACrLfFile() =>
        Assert.That(ProposedEdit.Apply(Edit("a\nb", "a\nx"), "a\r\nb\r\n"), Is.EqualTo("a\r\nx\r\n"));

    [Test]
    public void ParseReadsEveryTool()
    {
        var multi = ClaudeHookInput.Parse("""{"tool_name":"MultiEdit","cwd":"/r","session_id":"s","tool_input":{"file_path":"/r/a.cs","edits":[{"old_string":"a","new_string":"b"},{"old_string":"b","new_string":"c","replace_all":true}]}}""");
        var write = ClaudeHookInput.Parse("""{"tool_name":"Write","tool_input":{"file_path":"a.md","content":"x"}}""");

        Assert.That(multi.Edits, Has.Count.EqualTo(2));
        Assert.That(multi.Edits[1].ReplaceAll, Is.True);
        Assert.That(multi.SessionId, Is.EqualTo("s"));
        Assert.That(ProposedEdit.Apply(multi, "a"), Is.EqualTo("c"));
        Assert.That(write.Content, Is.EqualTo("x"));
        Assert.That(() => ClaudeHookInput.Parse("""{"tool_name":"Edit","tool_input":{"file_path":"a","old_string":"a","new_string":"b","replace_all":"yes"}}"""), Throws.TypeOf<HookInputException>());
    }

    [Test]
    public async Task AnExceptionIsAnAskNeverAnAllow()
    {
        var hook = new ClaudeHook(new CheckEngine(AnalyzerCatalog.Default), new HookOptions { Audit = false });

        var result = await hook.RunAsync(() => Task.FromException<string>(new InvalidOperationException("boom")));

        Assert.That(result.Decision, Is.EqualTo(Decision.Ask));
        Assert.That(result.Reason, Does.Contain("internal error: InvalidOperationException: boom"));
    }

    [Test]
    public void ConcurrentThreadsAppendAnUnbrokenChain()
    {
        var folder = Path.Combine(Path.GetTempPath(), "automode-tests", "audit-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            var log = new AuditLog(Path.Combine(folder, "audit.jsonl"));
            Parallel.For(0, 200, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => new AuditLog(log.Path).Append(new JsonObject { ["n"] = i }));

            var lines = log.Read();
            Assert.That(lines, Has.Count.EqualTo(200));
            Assert.That(lines.Select(l => l.Seq), Is.EqualTo(Enumerable.Range(1, 200).Select(i => (long)i)));
            Assert.That(AuditVerifier.Verify(log).Problems, Is.Empty);
            Assert.That(log.ReadHead()!.Value.Hash, Is.EqualTo(lines[^1].Hash));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Test]
    public void VerifyNamesRepeatedLines()
    {
        var folder = Path.Combine(Path.GetTempPath(), "automode-tests", "audit-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            var log = new AuditLog(Path.Combine(folder, "audit.jsonl"));
            for (var i = 0; i < 3; i++)
            {
                log.Append(new JsonObject { ["n"] = i });
            }

            var lines = File.ReadAllLines(log.Path);
            File.WriteAllLines(log.Path, new[] { lines[0], lines[1], lines[1], lines[2] });

            Assert.That(AuditVerifier.Verify(log).Problems, Has.Some.Contains("lines 2, 3 repeat seq 2"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [TestCase("7d", 7 * 24)]
    [TestCase("12h", 12)]
    [TestCase("90m", 1.5)]
    [TestCase("2w", 14 * 24)]
    public void SinceTakesDurations(string text, double hours)
    {
        var now = DateTimeOffset.UtcNow;
        Assert.That(AuditStatistics.TryParseSince(text, now, out var since), Is.True);
        Assert.That((now - since).TotalHours, Is.EqualTo(hours).Within(0.001));
    }

    [Test]
    public void SinceTakesDates()
    {
        Assert.That(AuditStatistics.TryParseSince("2025-06-01", DateTimeOffset.UtcNow, out var since), Is.True);
        Assert.That(since, Is.EqualTo(new DateTimeOffset(2025, 6, 1, 0, 0, 0, TimeSpan.Zero)));
        Assert.That(AuditStatistics.TryParseSince("soon", DateTimeOffset.UtcNow, out _), Is.False);
    }
}
