using AutoMode.Gate.Analysis;
using AutoMode.Gate.Engine;
using AutoMode.Gate.Model;

namespace AutoMode.Evaluation.Tests.Evaluation;

/// <summary>
/// Feeds every labeled change through the gate's engine, exactly as <c>automode check</c> on the uncommitted change
/// of a real git repository under the default policy (auto-approve Low, ask above), and collects the verdicts.
/// </summary>
internal static class EvaluationRun
{
    public static IReadOnlyList<CaseResult> Run(string workRoot, string? feed, Action<string> log)
    {
        var annotations = Path.Combine(EvaluationPaths.RepositoryRoot, "src", "AutoMode.Annotations", "AutoMode.Annotations.csproj");
        var engine = new CheckEngine(AnalyzerCatalog.Default);
        // AUTOMODE_EVAL_FILTER=text runs only the cases whose name contains it (for looking into one case).
        var filter = Environment.GetEnvironmentVariable("AUTOMODE_EVAL_FILTER");
        var cases = CorpusCase.AllDirectories().Concat(CorpusCase.HoldoutDirectories()).Select(CorpusCase.Load)
            .Where(c => string.IsNullOrEmpty(filter) || c.ReportName.Contains(filter, StringComparison.OrdinalIgnoreCase))
            .ToList();
        var results = new List<CaseResult>();
        foreach (var group in cases.GroupBy(c => c.Stack!).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var workspace = StackWorkspace.Prepare(group.Key, workRoot, feed, annotations);
            log($"{group.Key}: {group.Count()} cases{(workspace.RestoreOutput.Length > 0 ? " (restore failed: " + FirstLine(workspace.RestoreOutput) + ")" : string.Empty)}");
            foreach (var @case in group)
            {
                results.Add(RunCase(engine, workspace, @case));
            }
        }

        return results;
    }

    private static CaseResult RunCase(CheckEngine engine, StackWorkspace workspace, CorpusCase @case)
    {
        var label = Enum.Parse<RiskLevel>(@case.Risk!);
        try
        {
            workspace.Apply(@case.BeforeDirectory, @case.AfterDirectory);
            var report = engine.CheckAsync(new CheckOptions(workspace.Repository)).GetAwaiter().GetResult();
            return new CaseResult(@case.ReportName, @case.Category!, label, @case.Hard == true, report.Risk, report.Decision, report.Findings.ToList(), null, @case.IsHoldout);
        }
        catch (Exception exception)
        {
            // The gate fails closed: an error is an ask, and it is counted so.
            return new CaseResult(@case.ReportName, @case.Category!, label, @case.Hard == true, RiskLevel.High, Decision.Ask, Array.Empty<Finding>(), exception.GetType().Name + ": " + exception.Message, @case.IsHoldout);
        }
    }

    private static string FirstLine(string text) => text.Split('\n').FirstOrDefault(l => l.Contains("error", StringComparison.OrdinalIgnoreCase))?.Trim() ?? text.Split('\n')[0];
}
