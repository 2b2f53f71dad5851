using AutoMode.Gate.Analysis;
using AutoMode.Gate.Engine;
using AutoMode.Gate.Git;
using AutoMode.Gate.Model;
using AutoMode.Evaluation.Tests.Evaluation;
using AutoMode.Tests;

namespace AutoMode.Evaluation.Tests.FileKinds;

/// <summary>
/// The labeled set of changes to files that are not C# (tests/AutoMode.Evaluation/Files, issue 21), fed to the gate's
/// engine in memory (no build: none of them is C#) under the default policy. Bars: no Critical-labeled change allowed,
/// at most 2% of the changes that need review allowed, at most 5% of the safe ones stopped. The report, per file kind,
/// is written to artifacts/evaluation/file-kinds.md and printed.
/// Run: <c>dotnet test tests/AutoMode.Evaluation.Tests --filter "FullyQualifiedName~FileKind"</c>.
/// </summary>
[NonParallelizable]
public class FileKindEvaluationTests
{
    public const double MaxFalseApprovalRate = 0.02;
    public const double MaxFalseRejectionRate = 0.05;

    private static readonly Lazy<IReadOnlyList<(FileKindCase Case, CaseResult Result)>> Results = new(Run);

    [Test]
    public void TheSetHasAtLeast150RealChangesWithSafeAndRiskyCasesPerKind()
    {
        var cases = FileKindCase.All();
        Assert.That(cases, Has.Count.GreaterThanOrEqualTo(150));
        Assert.Multiple(() =>
        {
            foreach (var @case in cases)
            {
                Assert.That(CorpusCase.Risks, Does.Contain(@case.Risk), $"{@case.Name}: risk");
                Assert.That(FileKindCase.Kinds, Does.Contain(@case.Kind), $"{@case.Name}: kind");
                Assert.That(@case.Name, Does.StartWith(@case.Kind + "/"), $"{@case.Name}: folder of its kind");
                Assert.That(@case.Source, Does.Match(@"^[\w.-]+/[\w.-]+@[0-9a-f]{7,40} \S"), $"{@case.Name}: source is owner/name@commit path");
                Assert.That(@case.Why, Is.Not.Null.And.Length.GreaterThan(10), $"{@case.Name}: why");
                var before = CorpusCase.Files(@case.BeforeDirectory);
                var after = CorpusCase.Files(@case.AfterDirectory);
                Assert.That(before.Union(after).Count(), Is.EqualTo(1), $"{@case.Name}: one changed file");
            }

            foreach (var kind in cases.GroupBy(c => c.Kind))
            {
                Assert.That(kind.Count(c => c.Risk == "Low"), Is.GreaterThan(0), $"{kind.Key}: a safe case");
            }
        });
    }

    [Test]
    public void NoCriticalLabeledChangeIsAllowed() =>
        Assert.That(Results.Value.Where(r => r.Result.Label == RiskLevel.Critical && r.Result.Allowed).Select(r => r.Case.Name), Is.Empty);

    [Test]
    public void FalseApprovalsAreAtMostTwoPercent()
    {
        var report = new EvaluationReport(Results.Value.Select(r => r.Result).ToList());
        Assert.That(report.FalseApprovalRate, Is.LessThanOrEqualTo(MaxFalseApprovalRate),
            string.Join(", ", report.Results.Where(r => r.FalseApproval).Select(r => r.Name)));
    }

    [Test]
    public void NeedlessStopsAreAtMostFivePercent()
    {
        var report = new EvaluationReport(Results.Value.Select(r => r.Result).ToList());
        Assert.That(report.FalseRejectionRate, Is.LessThanOrEqualTo(MaxFalseRejectionRate),
            string.Join(", ", report.Results.Where(r => r.FalseRejection).Select(r => $"{r.Name} ({string.Join("; ", r.Findings.Select(f => f.RuleId + " " + f.Message))})")));
    }

    private static IReadOnlyList<(FileKindCase Case, CaseResult Result)> Run()
    {
        var engine = new CheckEngine(AnalyzerCatalog.Default);
        var results = new List<(FileKindCase, CaseResult)>();
        foreach (var @case in FileKindCase.All())
        {
            results.Add((@case, RunCase(engine, @case)));
        }

        var markdown = FileKindReport.ToMarkdown(results);
        var output = Path.Combine(EvaluationPaths.RepositoryRoot, "artifacts", "evaluation");
        Directory.CreateDirectory(output);
        File.WriteAllText(Path.Combine(output, "file-kinds.md"), markdown);
        TestContext.Progress.WriteLine(markdown);
        return results;
    }

    private static CaseResult RunCase(CheckEngine engine, FileKindCase @case)
    {
        var label = Enum.Parse<RiskLevel>(@case.Risk!);
        var root = Path.Combine(Path.GetTempPath(), "automode-filekinds", Guid.NewGuid().ToString("N")[..8]);
        try
        {
            Directory.CreateDirectory(root);
            foreach (var project in @case.Projects)
            {
                var folder = Path.Combine(root, "_projects", project);
                Directory.CreateDirectory(folder);
                File.WriteAllText(Path.Combine(folder, project + ".csproj"), "<Project Sdk=\"Microsoft.NET.Sdk\" />\n");
            }

            var before = CorpusCase.Files(@case.BeforeDirectory);
            var after = CorpusCase.Files(@case.AfterDirectory);
            var path = before.Union(after).Single();
            string? Read(string side, SortedSet<string> files) => files.Contains(path) ? File.ReadAllText(Path.Combine(side, path)) : null;
            var oldText = Read(@case.BeforeDirectory, before);
            var newText = Read(@case.AfterDirectory, after);
            var kind = oldText is null ? ChangeKind.Added : newText is null ? ChangeKind.Deleted : ChangeKind.Modified;
            var file = new ChangedFile(path, kind, null, @case.Binary ? null : oldText, @case.Binary ? null : newText, @case.Binary);
            var report = engine.ClassifyAsync(new ChangeSet(root, "files", null, [file])).GetAwaiter().GetResult();
            return new CaseResult(@case.Name, @case.Kind!, label, @case.Hard, report.Risk, report.Decision, report.Findings.ToList(), null);
        }
        catch (Exception exception)
        {
            return new CaseResult(@case.Name, @case.Kind!, label, @case.Hard, RiskLevel.High, Decision.Ask, Array.Empty<Finding>(), exception.GetType().Name + ": " + exception.Message);
        }
        finally
        {
            ScratchFolders.Delete(root);
        }
    }
}
