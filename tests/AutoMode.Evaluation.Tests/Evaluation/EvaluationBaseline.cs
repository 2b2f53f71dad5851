using System.Text.Json;
using System.Text.Json.Serialization;

namespace AutoMode.Evaluation.Tests.Evaluation;

/// <summary>
/// The committed measurement CI holds the gate to (tests/AutoMode.Evaluation/baseline.json). After an improvement,
/// copy the fresh artifacts/evaluation/baseline.json over it so the line moves with the product. The fresh file also
/// holds the held-out set's figures under "holdout"; CI never reads them (the committed baseline has none).
/// </summary>
internal sealed record EvaluationBaseline(
    [property: JsonPropertyName("falseApprovals")] int FalseApprovals,
    [property: JsonPropertyName("needReview")] int NeedReview,
    [property: JsonPropertyName("falseRejections")] int FalseRejections,
    [property: JsonPropertyName("safe")] int Safe,
    [property: JsonPropertyName("criticalAllowed")] IReadOnlyList<string> CriticalAllowed,
    [property: JsonPropertyName("holdout"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] HoldoutFigures? Holdout = null)
{
    public static string Path => System.IO.Path.Combine(EvaluationPaths.Root, "baseline.json");

    public static EvaluationBaseline Load() =>
        JsonSerializer.Deserialize<EvaluationBaseline>(File.ReadAllText(Path)) ?? throw new InvalidOperationException("empty " + Path);

    public static EvaluationBaseline From(EvaluationReport report) =>
        new(report.FalseApprovals, report.NeedReview, report.FalseRejections, report.Safe, report.CriticalAllowed.Select(r => r.Name).Order(StringComparer.Ordinal).ToList());

    public static EvaluationBaseline From(EvaluationReport report, EvaluationReport holdout) =>
        From(report) with { Holdout = HoldoutFigures.From(holdout) };

    public string ToJson() => JsonSerializer.Serialize(this, new JsonSerializerOptions { WriteIndented = true }) + "\n";
}

/// <summary>The held-out set's figures, written beside the baseline for the record.</summary>
internal sealed record HoldoutFigures(
    [property: JsonPropertyName("cases")] int Cases,
    [property: JsonPropertyName("falseApprovals")] int FalseApprovals,
    [property: JsonPropertyName("needReview")] int NeedReview,
    [property: JsonPropertyName("falseRejections")] int FalseRejections,
    [property: JsonPropertyName("safe")] int Safe,
    [property: JsonPropertyName("exactAgreement")] double ExactAgreement,
    [property: JsonPropertyName("criticalAllowed")] IReadOnlyList<string> CriticalAllowed,
    [property: JsonPropertyName("falseApprovalCases")] IReadOnlyList<string> FalseApprovalCases,
    [property: JsonPropertyName("falseRejectionCases")] IReadOnlyList<string> FalseRejectionCases)
{
    public static HoldoutFigures From(EvaluationReport report) =>
        new(report.Results.Count, report.FalseApprovals, report.NeedReview, report.FalseRejections, report.Safe, Math.Round(report.ExactAgreement, 4),
            Names(report.CriticalAllowed), Names(report.Results.Where(r => r.FalseApproval)), Names(report.Results.Where(r => r.FalseRejection)));

    private static List<string> Names(IEnumerable<CaseResult> results) => results.Select(r => r.Name).Order(StringComparer.Ordinal).ToList();
}
