using System.Globalization;
using System.Text;
using AutoMode.Gate.Model;

namespace AutoMode.Evaluation.Tests.Evaluation;

/// <summary>Confusion matrices, false-approval and false-rejection rates, and precision/recall per rule family.</summary>
internal sealed class EvaluationReport
{
    private static readonly RiskLevel[] Levels = { RiskLevel.Low, RiskLevel.Medium, RiskLevel.High, RiskLevel.Critical };

    /// <summary>The rule families: categories of findings that can make the gate ask.</summary>
    private static readonly string[] Families = { "DestructiveIO", "Migrations", "Secrets", "TypedRefactor", "SideEffects", "Infrastructure", "Dependencies", "Security", "Declared", "Policy" };

    public EvaluationReport(IReadOnlyList<CaseResult> results) => Results = results;

    public IReadOnlyList<CaseResult> Results { get; }

    public int NeedReview => Results.Count(r => r.NeedsReview);

    public int FalseApprovals => Results.Count(r => r.FalseApproval);

    public int Safe => Results.Count(r => !r.NeedsReview);

    public int FalseRejections => Results.Count(r => r.FalseRejection);

    public double FalseApprovalRate => NeedReview == 0 ? 0 : (double)FalseApprovals / NeedReview;

    public double FalseRejectionRate => Safe == 0 ? 0 : (double)FalseRejections / Safe;

    public IEnumerable<CaseResult> CriticalAllowed => Results.Where(r => r.Label == RiskLevel.Critical && r.Allowed);

    public string ToMarkdown()
    {
        var text = new StringBuilder();
        text.AppendLine("# Evaluation on the labeled change corpus");
        text.AppendLine();
        text.AppendLine($"{Results.Count} labeled changes (tests/AutoMode.Evaluation/Corpus), each run through the gate's engine as `automode check` on a real git repository under the default policy (allow Low, ask above).");
        text.AppendLine();
        AppendMeasures(text);
        text.AppendLine("## Per category");
        text.AppendLine();
        AppendPerCategory(text);
        text.AppendLine("## Confusion matrix (rows: label, columns: the gate's risk)");
        text.AppendLine();
        AppendMatrix(text, "overall", Results);
        foreach (var group in Results.GroupBy(r => r.Category).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            AppendMatrix(text, group.Key, group.ToList());
        }

        text.AppendLine("## Precision and recall per rule family");
        text.AppendLine();
        text.AppendLine("A case is *flagged* by a family when the gate reports a finding of that category at Medium or worse; it is *relevant* when its label is that category at Medium or worse.");
        text.AppendLine();
        text.AppendLine("| family | flagged | relevant | true positives | precision | recall |");
        text.AppendLine("|---|--:|--:|--:|--:|--:|");
        foreach (var family in Families)
        {
            var flagged = Results.Where(r => r.Findings.Any(f => f.Category == family && f.Risk >= RiskLevel.Medium)).ToList();
            var relevant = Results.Where(r => r.Category == family && r.NeedsReview).ToList();
            var truePositives = flagged.Count(r => r.Category == family && r.NeedsReview);
            text.AppendLine($"| {family} | {flagged.Count} | {relevant.Count} | {truePositives} | {(flagged.Count == 0 ? "–" : Percent((double)truePositives / flagged.Count))} | {(relevant.Count == 0 ? "–" : Percent((double)truePositives / relevant.Count))} |");
        }

        text.AppendLine();
        AppendCases(text, "##", "False approvals (labeled Medium or worse, allowed)", Results.Where(r => r.FalseApproval));
        AppendCases(text, "##", "False rejections (labeled Low, not allowed)", Results.Where(r => r.FalseRejection));
        AppendCases(text, "##", "Engine errors", Results.Where(r => r.Error is not null));
        return text.ToString();
    }

    /// <summary>
    /// The held-out set (tests/AutoMode.Evaluation/Holdout): cases written after the rules were tuned, never tuned on.
    /// Reported apart so its figures are not diluted by the corpus; CI does not hold the gate to them.
    /// </summary>
    public string ToHoldoutMarkdown()
    {
        var text = new StringBuilder();
        text.AppendLine("# Held-out set");
        text.AppendLine();
        text.AppendLine($"{Results.Count} labeled changes (tests/AutoMode.Evaluation/Holdout), written without looking at the rules and not counted in the figures above, run the same way. CI does not check these figures.");
        text.AppendLine();
        AppendMeasures(text);
        text.AppendLine("## Held-out: per category");
        text.AppendLine();
        AppendPerCategory(text);
        text.AppendLine("## Held-out: confusion matrix (rows: label, columns: the gate's risk)");
        text.AppendLine();
        AppendMatrix(text, "held-out", Results);
        AppendMatrix(text, "held-out, hard cases", Results.Where(r => r.Hard).ToList());
        AppendCases(text, "##", "Held-out false approvals (labeled Medium or worse, allowed)", Results.Where(r => r.FalseApproval));
        AppendCases(text, "##", "Held-out false rejections (labeled Low, not allowed)", Results.Where(r => r.FalseRejection));
        AppendCases(text, "##", "Held-out cases decided right but rated at another level than labeled", Results.Where(r => r.Label != r.Predicted && !r.FalseApproval && !r.FalseRejection));
        AppendCases(text, "##", "Held-out engine errors", Results.Where(r => r.Error is not null));
        return text.ToString();
    }

    public double ExactAgreement => (double)Results.Count(r => r.Label == r.Predicted) / Math.Max(1, Results.Count);

    private void AppendMeasures(StringBuilder text)
    {
        text.AppendLine("| measure | value |");
        text.AppendLine("|---|---|");
        text.AppendLine($"| false-approval rate (labeled Medium or worse, allowed) | **{Percent(FalseApprovalRate)}** ({FalseApprovals}/{NeedReview}) |");
        text.AppendLine($"| false-rejection rate (labeled Low, not allowed) | **{Percent(FalseRejectionRate)}** ({FalseRejections}/{Safe}) |");
        text.AppendLine($"| Critical-labeled changes allowed | {CriticalAllowed.Count()} |");
        text.AppendLine($"| exact risk agreement | {Percent(ExactAgreement)} |");
        text.AppendLine($"| engine errors (counted as ask) | {Results.Count(r => r.Error is not null)} |");
        text.AppendLine();
    }

    private void AppendPerCategory(StringBuilder text)
    {
        text.AppendLine("| category | cases | false approvals | false-approval rate | false rejections | false-rejection rate |");
        text.AppendLine("|---|--:|--:|--:|--:|--:|");
        foreach (var group in Results.GroupBy(r => r.Category).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var review = group.Count(r => r.NeedsReview);
            var safe = group.Count(r => !r.NeedsReview);
            var fa = group.Count(r => r.FalseApproval);
            var fr = group.Count(r => r.FalseRejection);
            text.AppendLine($"| {group.Key} | {group.Count()} | {fa}/{review} | {(review == 0 ? "–" : Percent((double)fa / review))} | {fr}/{safe} | {(safe == 0 ? "–" : Percent((double)fr / safe))} |");
        }

        text.AppendLine();
    }

    private static void AppendMatrix(StringBuilder text, string title, IReadOnlyCollection<CaseResult> results)
    {
        text.AppendLine($"**{title}** ({results.Count})");
        text.AppendLine();
        text.AppendLine("| label \\ gate | Low | Medium | High | Critical |");
        text.AppendLine("|---|--:|--:|--:|--:|");
        foreach (var label in Levels)
        {
            text.Append($"| {label} |");
            foreach (var predicted in Levels)
            {
                text.Append($" {results.Count(r => r.Label == label && r.Predicted == predicted)} |");
            }

            text.AppendLine();
        }

        text.AppendLine();
    }

    private static void AppendCases(StringBuilder text, string heading, string title, IEnumerable<CaseResult> cases)
    {
        var list = cases.ToList();
        text.AppendLine($"{heading} {title}: {list.Count}");
        text.AppendLine();
        foreach (var result in list)
        {
            var findings = result.Findings.Where(f => f.Risk >= RiskLevel.Medium).Select(f => $"{f.RuleId} {f.Risk}").Distinct().Take(4);
            text.AppendLine($"- `{result.Name}`: label {result.Label}, gate {result.Predicted} ({result.Decision}){(result.Hard ? ", hard case" : string.Empty)}" +
                            (result.Error is not null ? $" — {result.Error}" : findings.Any() ? " — " + string.Join(", ", findings) : string.Empty));
        }

        text.AppendLine();
    }

    private static string Percent(double value) => (value * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%";
}
