using AutoMode;
using AutoMode.Gate.Model;

namespace AutoMode.Gate.Reports;

/// <summary>Counts of findings per category and risk level.</summary>
public sealed record SummaryRow(string Category, int Low, int Medium, int High, int Critical)
{
    public int Total => Low + Medium + High + Critical;

    public static IReadOnlyList<SummaryRow> From(IEnumerable<Finding> findings) => findings
        .GroupBy(f => f.Category, StringComparer.Ordinal)
        .OrderBy(g => g.Key, StringComparer.Ordinal)
        .Select(g => new SummaryRow(
            g.Key,
            g.Count(f => f.Risk == RiskLevel.Low),
            g.Count(f => f.Risk == RiskLevel.Medium),
            g.Count(f => f.Risk == RiskLevel.High),
            g.Count(f => f.Risk == RiskLevel.Critical)))
        .ToList();
}
