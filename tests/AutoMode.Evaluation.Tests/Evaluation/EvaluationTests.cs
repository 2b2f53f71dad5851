using AutoMode.Gate.Model;

namespace AutoMode.Evaluation.Tests.Evaluation;

/// <summary>
/// Runs the whole labeled corpus through the gate and holds the product to its bar: at most 2% false approvals and
/// no Critical-labeled change allowed. The report is written to artifacts/evaluation/report.md (CI keeps it) and
/// printed. Run alone: <c>dotnet test tests/AutoMode.Evaluation.Tests --filter "TestCategory=Evaluation"</c>.
/// </summary>
[Category("Evaluation")]
[NonParallelizable]
public class EvaluationTests
{
    public const double MaxFalseApprovalRate = 0.02;

    private static readonly Lazy<EvaluationReport> Report = new(RunCorpus);

    [Test]
    public void FalseApprovalRate_IsAtMostTwoPercent()
    {
        var report = Report.Value;
        Assert.That(report.FalseApprovalRate, Is.LessThanOrEqualTo(MaxFalseApprovalRate),
            $"{report.FalseApprovals} of {report.NeedReview} changes that need review were allowed: " +
            string.Join(", ", report.Results.Where(r => r.FalseApproval).Select(r => r.Name)));
    }

    [Test]
    public void NoCriticalChangeIsAllowed()
        => Assert.That(Report.Value.CriticalAllowed.Select(r => r.Name), Is.Empty);

    [Test]
    public void EveryCaseWasClassified()
    {
        var report = Report.Value;
        Assert.That(report.Results, Has.Count.GreaterThanOrEqualTo(300));
        Assert.That(report.Results.Where(r => r.Error is not null).Select(r => r.Name + ": " + r.Error), Is.Empty);
    }

    private static EvaluationReport RunCorpus()
    {
        var work = Path.Combine(Path.GetTempPath(), "automode-evaluation", Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(work);
        var feed = PackFeed(work);
        var results = EvaluationRun.Run(work, feed, line => TestContext.Progress.WriteLine(line));
        var report = new EvaluationReport(results);
        var output = Path.Combine(EvaluationPaths.RepositoryRoot, "artifacts", "evaluation");
        Directory.CreateDirectory(output);
        var markdown = report.ToMarkdown();
        File.WriteAllText(Path.Combine(output, "report.md"), markdown);
        TestContext.Out.WriteLine(markdown);
        TestContext.Progress.WriteLine($"evaluation: false-approval rate {report.FalseApprovalRate:P1} ({report.FalseApprovals}/{report.NeedReview}), false-rejection rate {report.FalseRejectionRate:P1} ({report.FalseRejections}/{report.Safe}); report: {Path.Combine(output, "report.md")}");
        return report;
    }

    /// <summary>The `guarded` stack references the AutoMode.Analyzers package itself: pack it into a private feed.</summary>
    private static string? PackFeed(string work)
    {
        var feed = Path.Combine(work, "feed");
        var (code, _) = Shell.Run(EvaluationPaths.RepositoryRoot, "dotnet", "pack", Path.Combine("src", "AutoMode.Package", "AutoMode.Package.csproj"), "-c", "Release", "-o", feed, "-p:Version=0.1.0");
        return code == 0 ? feed : null;
    }
}
