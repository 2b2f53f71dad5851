using System.Text;
using AutoMode.Evaluation.Tests.Evaluation;
using AutoMode.Gate.Model;

namespace AutoMode.Evaluation.Tests.FileKinds;

/// <summary>The file-kind set's results as markdown: bars overall, then per kind, then every miss with its findings.</summary>
internal static class FileKindReport
{
    public static string ToMarkdown(IReadOnlyList<(FileKindCase Case, CaseResult Result)> results)
    {
        var all = new EvaluationReport(results.Select(r => r.Result).ToList());
        var text = new StringBuilder();
        text.AppendLine("## Non-C# changes by file kind (tests/AutoMode.Evaluation/Files)");
        text.AppendLine();
        text.AppendLine($"{all.Results.Count} changes from real repositories; {all.Safe} safe, {all.NeedReview} need review " +
            $"({all.Results.Count(r => r.Label == RiskLevel.Critical)} Critical). False approvals {all.FalseApprovals}/{all.NeedReview} ({all.FalseApprovalRate:P1}), " +
            $"needless stops {all.FalseRejections}/{all.Safe} ({all.FalseRejectionRate:P1}), Critical allowed {all.CriticalAllowed.Count()}.");
        text.AppendLine();
        text.AppendLine("| kind | cases | safe | need review | safe allowed | false approvals | needless stops |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|---:|");
        foreach (var group in all.Results.GroupBy(r => r.Category).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var kind = new EvaluationReport(group.ToList());
            text.AppendLine($"| {group.Key} | {kind.Results.Count} | {kind.Safe} | {kind.NeedReview} | {kind.Safe - kind.FalseRejections} | {kind.FalseApprovals} | {kind.FalseRejections} |");
        }

        var misses = all.Results.Where(r => r.FalseApproval || r.FalseRejection || r.Error is not null).ToList();
        if (misses.Count > 0)
        {
            text.AppendLine();
            text.AppendLine("| case | label | gate | decision | findings |");
            text.AppendLine("|---|---|---|---|---|");
            foreach (var miss in misses)
            {
                var findings = miss.Error ?? string.Join("; ", miss.Findings.Select(f => $"{f.RuleId} {f.Message}"));
                text.AppendLine($"| {miss.Name} | {miss.Label} | {miss.Predicted} | {miss.Decision} | {findings.Replace("|", "\\|")} |");
            }
        }

        return text.ToString();
    }
}
