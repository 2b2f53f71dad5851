using System.Text.Json;
using System.Text.Json.Serialization;

namespace AutoMode.Evaluation.Tests.Evaluation;

/// <summary>
/// The committed measurement CI holds the gate to (tests/AutoMode.Evaluation/baseline.json). After an improvement,
/// copy the fresh artifacts/evaluation/baseline.json over it so the line moves with the product.
/// </summary>
internal sealed record EvaluationBaseline(
    [property: JsonPropertyName("falseApprovals")] int FalseApprovals,
    [property: JsonPropertyName("needReview")] int NeedReview,
    [property: JsonPropertyName("falseRejections")] int FalseRejections,
    [property: JsonPropertyName("safe")] int Safe,
    [property: JsonPropertyName("criticalAllowed")] IReadOnlyList<string> CriticalAllowed)
{
    public static string Path => System.IO.Path.Combine(EvaluationPaths.Root, "baseline.json");

    public static EvaluationBaseline Load() =>
        JsonSerializer.Deserialize<EvaluationBaseline>(File.ReadAllText(Path)) ?? throw new InvalidOperationException("empty " + Path);

    public static EvaluationBaseline From(EvaluationReport report) =>
        new(report.FalseApprovals, report.NeedReview, report.FalseRejections, report.Safe, report.CriticalAllowed.Select(r => r.Name).Order(StringComparer.Ordinal).ToList());

    public string ToJson() => JsonSerializer.Serialize(this, new JsonSerializerOptions { WriteIndented = true }) + "\n";
}
