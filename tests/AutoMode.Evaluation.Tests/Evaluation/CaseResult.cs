using AutoMode.Gate.Model;

namespace AutoMode.Evaluation.Tests.Evaluation;

/// <summary>What the gate said about one labeled change, next to the label.</summary>
internal sealed record CaseResult(
    string Name,
    string Category,
    RiskLevel Label,
    bool Hard,
    RiskLevel Predicted,
    Decision Decision,
    IReadOnlyList<Finding> Findings,
    string? Error,
    bool Holdout = false)
{
    /// <summary>Labeled Medium or worse: a person should look at it.</summary>
    public bool NeedsReview => Label >= RiskLevel.Medium;

    public bool Allowed => Decision == Decision.Allow;

    public bool FalseApproval => NeedsReview && Allowed;

    public bool FalseRejection => !NeedsReview && !Allowed;
}
