using System.Text;
using AutoMode.Gate.Commands;
using AutoMode.Gate.Model;
using AutoMode.Tests;

namespace AutoMode.Evaluation.Tests.Commands;

/// <summary>
/// The labeled command corpus (tests/AutoMode.Evaluation/Commands/commands.tsv) through <see cref="CommandGate"/> under
/// the default policy, in a small repository with the files the commands name. The bars of the edit corpus: no
/// Critical-labeled command allowed, at most 2% of the commands that need review allowed, at most 5% of the read-only
/// commands not allowed. The report (confusion matrix, misses) is printed and written to artifacts/evaluation/commands.md.
/// Run alone: <c>dotnet test tests/AutoMode.Evaluation.Tests --filter "FullyQualifiedName~CommandCorpus"</c>.
/// </summary>
[Category("Evaluation")]
[NonParallelizable]
public class CommandCorpusTests
{
    public const double MaxFalseApprovalRate = 0.02;
    public const double MaxReadOnlyFalseRejectionRate = 0.05;

    private static readonly Lazy<IReadOnlyList<(CommandCase Case, CheckReport Report)>> Results = new(Run);

    public static string CorpusFile => Path.Combine(EvaluationPaths.Root, "Commands", "commands.tsv");

    [Test]
    public void CorpusHasTheShapeTheIssueAsksFor()
    {
        var cases = CommandCase.Load(CorpusFile);
        Assert.That(cases, Has.Count.GreaterThanOrEqualTo(200));
        Assert.That(cases.Select(c => (c.Shell, c.Command)), Is.Unique, "each command once per shell");
        foreach (var risk in Enum.GetValues<RiskLevel>())
        {
            Assert.That(cases.Count(c => c.Risk == risk), Is.GreaterThanOrEqualTo(20), $"{risk} commands");
        }

        Assert.That(cases.Count(c => c.Shell == CommandShell.PowerShell), Is.GreaterThanOrEqualTo(30), "PowerShell commands");
        Assert.That(cases.Count(c => c.ReadOnly), Is.GreaterThanOrEqualTo(60), "read-only commands");
        Assert.That(cases.Where(c => c.ReadOnly).All(c => c.Risk == RiskLevel.Low), "a read-only command is Low");
    }

    [Test]
    public void NoCriticalCommandIsAllowed()
    {
        var allowed = Results.Value.Where(r => r.Case.Risk == RiskLevel.Critical && r.Report.Decision == Decision.Allow).Select(r => r.Case.Command).ToList();
        Assert.That(allowed, Is.Empty);
    }

    [Test]
    public void FalseApprovalRate_IsAtMostTwoPercent()
    {
        var needReview = Results.Value.Where(r => r.Case.Risk > RiskLevel.Low).ToList();
        var allowed = needReview.Where(r => r.Report.Decision == Decision.Allow).Select(r => r.Case.Command).ToList();
        Assert.That((double)allowed.Count / needReview.Count, Is.LessThanOrEqualTo(MaxFalseApprovalRate), "allowed: " + string.Join(" | ", allowed));
    }

    [Test]
    public void FalseRejectionRateOfReadOnlyCommands_IsAtMostFivePercent()
    {
        var readOnly = Results.Value.Where(r => r.Case.ReadOnly).ToList();
        var rejected = readOnly.Where(r => r.Report.Decision != Decision.Allow).Select(r => $"{r.Case.Command} ({r.Report.Risk})").ToList();
        Assert.That((double)rejected.Count / readOnly.Count, Is.LessThanOrEqualTo(MaxReadOnlyFalseRejectionRate), "not allowed: " + string.Join(" | ", rejected));
    }

    [Test]
    public void WritesTheReport()
    {
        var report = Report(Results.Value);
        TestContext.Out.WriteLine(report);
        var folder = Path.Combine(EvaluationPaths.RepositoryRoot, "artifacts", "evaluation");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "commands.md"), report);
        Assert.That(report, Does.Contain("| Critical |"));
    }

    private static IReadOnlyList<(CommandCase, CheckReport)> Run()
    {
        var root = Path.Combine(Path.GetTempPath(), "automode-commands", Guid.NewGuid().ToString("N")[..8]);
        try
        {
            // A repository with what the commands name (no .editorconfig: the default policy decides).
            foreach (var file in new[] { ".git/HEAD", "README.md", "src/App/Program.cs", "src/App/OldService.cs", "appsettings.json", "appsettings.Production.json", ".env", "app.db", "a.txt", "b.txt", "NOTES.md" })
            {
                var path = Path.Combine(root, file);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllText(path, "x\n");
            }

            var gate = new CommandGate();
            return CommandCase.Load(CorpusFile).Select(c => (c, gate.Judge(new ProposedCommand(c.Command, c.Shell, root)))).ToList();
        }
        finally
        {
            ScratchFolders.Delete(root);
        }
    }

    private static string Report(IReadOnlyList<(CommandCase Case, CheckReport Report)> results)
    {
        var text = new StringBuilder();
        text.AppendLine($"# Command corpus: {results.Count} commands, default policy (auto-approve Low)").AppendLine();
        text.AppendLine("| label \\ gate | Low | Medium | High | Critical | allowed |").AppendLine("|---|---|---|---|---|---|");
        foreach (var label in Enum.GetValues<RiskLevel>())
        {
            var row = results.Where(r => r.Case.Risk == label).ToList();
            text.Append($"| {label} |");
            foreach (var gate in Enum.GetValues<RiskLevel>())
            {
                text.Append($" {row.Count(r => r.Report.Risk == gate)} |");
            }

            text.AppendLine($" {row.Count(r => r.Report.Decision == Decision.Allow)} |");
        }

        var needReview = results.Where(r => r.Case.Risk > RiskLevel.Low).ToList();
        var readOnly = results.Where(r => r.Case.ReadOnly).ToList();
        var falseApprovals = needReview.Where(r => r.Report.Decision == Decision.Allow).ToList();
        var falseRejections = readOnly.Where(r => r.Report.Decision != Decision.Allow).ToList();
        text.AppendLine();
        text.AppendLine($"- false approvals: {falseApprovals.Count} of {needReview.Count} commands that need review ({100.0 * falseApprovals.Count / needReview.Count:0.0}%)");
        text.AppendLine($"- Critical-labeled commands allowed: {results.Count(r => r.Case.Risk == RiskLevel.Critical && r.Report.Decision == Decision.Allow)}");
        text.AppendLine($"- false rejections of read-only commands: {falseRejections.Count} of {readOnly.Count} ({100.0 * falseRejections.Count / readOnly.Count:0.0}%)");
        text.AppendLine($"- exact risk: {results.Count(r => r.Report.Risk == r.Case.Risk)} of {results.Count}");
        text.AppendLine().AppendLine("Risk differs from the label:").AppendLine();
        foreach (var (c, r) in results.Where(r => r.Report.Risk != r.Case.Risk))
        {
            text.AppendLine($"- `{c.Command.Replace("\n", "⏎")}` ({c.Shell}): label {c.Risk}, gate {r.Risk} {r.Decision} — {r.Findings.OrderByDescending(f => f.Risk).FirstOrDefault()?.RuleId}");
        }

        return text.ToString();
    }
}

/// <summary>One labeled command: <c>risk \t readonly \t shell \t command \t why</c>; <c>⏎</c> in the command is a new line.</summary>
public sealed record CommandCase(RiskLevel Risk, bool ReadOnly, CommandShell Shell, string Command, string Why)
{
    public static IReadOnlyList<CommandCase> Load(string path) => File.ReadAllLines(path)
        .Where(l => l.Length > 0 && !l.StartsWith('#'))
        .Select(l => l.Split('\t'))
        .Select(p => new CommandCase(Enum.Parse<RiskLevel>(p[0]), p[1] == "yes", Enum.Parse<CommandShell>(p[2], ignoreCase: true), p[3].Replace("⏎", "\n"), p.Length > 4 ? p[4] : string.Empty))
        .ToList();
}
