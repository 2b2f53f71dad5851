using AutoMode.Tests;
using AutoMode.Gate.Model;

namespace AutoMode.Evaluation.Tests.Evaluation;

/// <summary>
/// Runs the whole labeled corpus through the gate. CI fails when more than 2% of the changes that need review are
/// allowed, when any Critical-labeled change is allowed, and when false approvals or false rejections rise above the
/// committed baseline (tests/AutoMode.Evaluation/baseline.json). The held-out set is run and reported too, but not
/// checked. The report is written to artifacts/evaluation/report.md (and a fresh baseline beside it) and printed.
/// Run alone: <c>build/evaluate.sh</c>.
/// </summary>
[Category("Evaluation")]
[NonParallelizable]
public class EvaluationTests
{
    public const double MaxFalseApprovalRate = 0.02;

    private static readonly Lazy<EvaluationReport> Report = new(RunCorpus);

    /// <summary>The product's bar: at most 2% of the changes that need review are allowed.</summary>
    [Test]
    public void FalseApprovalRate_IsAtMostTwoPercent()
    {
        var report = Report.Value;
        Assert.That(report.FalseApprovalRate, Is.LessThanOrEqualTo(MaxFalseApprovalRate),
            $"{report.FalseApprovals} of {report.NeedReview} changes that need review were allowed: " +
            string.Join(", ", report.Results.Where(r => r.FalseApproval).Select(r => r.Name)));
    }

    /// <summary>CI fails when the gate lets through more changes that need review than the committed baseline.</summary>
    [Test]
    public void FalseApprovals_DoNotRiseAboveTheBaseline()
    {
        var report = Report.Value;
        var baseline = EvaluationBaseline.Load();
        Assert.That(report.FalseApprovals, Is.LessThanOrEqualTo(baseline.FalseApprovals),
            "more false approvals than the baseline: " + string.Join(", ", report.Results.Where(r => r.FalseApproval).Select(r => r.Name)));
    }

    /// <summary>CI fails when any Critical-labeled change is allowed.</summary>
    [Test]
    public void NoCriticalChangeIsAllowed()
        => Assert.That(Report.Value.CriticalAllowed.Select(r => r.Name), Is.Empty);

    /// <summary>CI fails when more safe changes are stopped than the baseline says (a noisier gate is a worse gate too).</summary>
    [Test]
    public void FalseRejections_DoNotRiseAboveTheBaseline()
        => Assert.That(Report.Value.FalseRejections, Is.LessThanOrEqualTo(EvaluationBaseline.Load().FalseRejections),
            string.Join(", ", Report.Value.Results.Where(r => r.FalseRejection).Select(r => r.Name)));

    [Test]
    public void EveryCaseWasClassified()
    {
        var report = Report.Value;
        Assert.That(report.Results, Has.Count.GreaterThanOrEqualTo(300));
        Assert.That(report.Results.Where(r => r.Error is not null).Select(r => r.Name + ": " + r.Error), Is.Empty);
    }

    private static EvaluationReport RunCorpus()
    {
        // Each run restores every stack into its own package folder (about 1.4 GB): delete it when done, and delete
        // what runs that were killed half-way left behind.
        var runs = Path.Combine(Path.GetTempPath(), "automode-evaluation");
        ScratchFolders.DeleteOlderThan(runs, TimeSpan.FromHours(6));
        var work = Path.Combine(runs, Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(work);
        IReadOnlyList<CaseResult> results;
        try
        {
            var feed = PackFeed(work);
            results = EvaluationRun.Run(work, feed, line => TestContext.Progress.WriteLine(line));
        }
        finally
        {
            ScratchFolders.Delete(work);
        }

        var report = new EvaluationReport(results.Where(r => !r.Holdout).ToList());
        // The held-out set runs in the same pass and is reported apart; no test checks its figures (the lead decides).
        var holdout = new EvaluationReport(results.Where(r => r.Holdout).ToList());
        var output = Path.Combine(EvaluationPaths.RepositoryRoot, "artifacts", "evaluation");
        Directory.CreateDirectory(output);
        var markdown = report.ToMarkdown() + (holdout.Results.Count > 0 ? Environment.NewLine + holdout.ToHoldoutMarkdown() : string.Empty);
        File.WriteAllText(Path.Combine(output, "report.md"), markdown);
        File.WriteAllText(Path.Combine(output, "baseline.json"), EvaluationBaseline.From(report, holdout).ToJson());
        TestContext.Out.WriteLine(markdown);
        TestContext.Progress.WriteLine($"evaluation: false-approval rate {report.FalseApprovalRate:P1} ({report.FalseApprovals}/{report.NeedReview}), false-rejection rate {report.FalseRejectionRate:P1} ({report.FalseRejections}/{report.Safe}); report: {Path.Combine(output, "report.md")}");
        TestContext.Progress.WriteLine($"held-out: false-approval rate {holdout.FalseApprovalRate:P1} ({holdout.FalseApprovals}/{holdout.NeedReview}), false-rejection rate {holdout.FalseRejectionRate:P1} ({holdout.FalseRejections}/{holdout.Safe}), exact agreement {holdout.ExactAgreement:P1}");
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
