using AutoMode;
using AutoMode.Gate.Model;

namespace AutoMode.Gate.Policy;

/// <summary>The policy in force for one path, with the line that set each part.</summary>
public sealed record FilePolicy(
    RiskLevel AutoApproveMaxRisk,
    DecidingLine AutoApproveLine,
    RiskLevel? DenyMinRisk,
    DecidingLine DenyLine,
    IReadOnlyDictionary<string, DecidingLine> CategoriesNotAutoApproved)
{
    /// <summary>Decides a file (or a change) of the given risk with the given finding categories.</summary>
    public (Decision Decision, DecidingLine Line) Decide(RiskLevel risk, IEnumerable<string> categories)
    {
        if (DenyMinRisk is { } deny && risk >= deny)
        {
            return (Decision.Deny, DenyLine with { Reason = $"{risk} is at or above {PolicyKeys.DenyMinRisk} = {DenyLine.Value}" });
        }

        if (risk > AutoApproveMaxRisk)
        {
            return (Decision.Ask, AutoApproveLine with { Reason = $"{risk} is above {PolicyKeys.AutoApproveMaxRisk} = {AutoApproveLine.Value}" });
        }

        foreach (var category in categories)
        {
            if (CategoriesNotAutoApproved.TryGetValue(category, out var line))
            {
                return (Decision.Ask, line with { Reason = $"the change has a {category} finding and {line.Key} = {line.Value}" });
            }
        }

        return (Decision.Allow, AutoApproveLine with { Reason = $"{risk} is at or under {PolicyKeys.AutoApproveMaxRisk} = {AutoApproveLine.Value}" });
    }
}
