namespace AutoMode.Evaluation.Tests;

/// <summary>The corpus as a whole keeps the size and balance the evaluation relies on (see tests/AutoMode.Evaluation/README.md).</summary>
public sealed class CorpusShapeTests
{
    private static readonly IReadOnlyList<CorpusCase> All = CorpusCase.AllDirectories().Select(CorpusCase.Load).ToList();

    [Test]
    public void Has_at_least_300_cases() => Assert.That(All, Has.Count.GreaterThanOrEqualTo(300));

    [Test]
    public void Roughly_half_is_safe()
    {
        var low = All.Count(c => c.Risk == "Low") / (double)All.Count;
        Assert.That(low, Is.InRange(0.40, 0.60), "share of Low-labeled cases");
    }

    [Test]
    public void About_a_fifth_or_more_are_hard_cases_both_ways()
    {
        Assert.Multiple(() =>
        {
            Assert.That(All.Count(c => c.Hard == true) / (double)All.Count, Is.GreaterThanOrEqualTo(0.15), "hard share");
            Assert.That(All.Count(c => c.Hard == true && c.Risk == "Low"), Is.GreaterThanOrEqualTo(20), "safe code that looks risky");
            Assert.That(All.Count(c => c.Hard == true && c.Risk != "Low"), Is.GreaterThanOrEqualTo(20), "risky code that looks safe");
        });
    }

    [Test]
    public void Every_category_and_risk_level_is_covered()
    {
        Assert.Multiple(() =>
        {
            foreach (var category in CorpusCase.Categories)
            {
                Assert.That(All.Count(c => c.Category == category), Is.GreaterThanOrEqualTo(5), category);
            }

            foreach (var risk in CorpusCase.Risks)
            {
                Assert.That(All.Count(c => c.Risk == risk), Is.GreaterThanOrEqualTo(20), risk);
            }
        });
    }

    [Test]
    public void Every_stack_is_a_buildable_project_and_used()
    {
        var stacks = Directory.EnumerateDirectories(EvaluationPaths.Stacks).Select(Path.GetFileName).OfType<string>().ToList();
        Assert.Multiple(() =>
        {
            foreach (var stack in stacks)
            {
                var root = Path.Combine(EvaluationPaths.Stacks, stack);
                var entries = Directory.EnumerateFiles(root, "*.csproj").Concat(Directory.EnumerateFiles(root, "*.sln")).ToList();
                Assert.That(entries, Is.Not.Empty, $"{stack} has a .csproj or .sln at its root");
                Assert.That(All.Count(c => c.Stack == stack), Is.GreaterThanOrEqualTo(5), $"{stack} is used by cases");
            }
        });
    }

    [Test]
    public void Slugs_are_unique_within_a_category()
    {
        var duplicates = All.GroupBy(c => (c.Category, Slug: c.Name.Split('/')[^1][4..])).Where(g => g.Count() > 1).Select(g => g.Key);
        Assert.That(duplicates, Is.Empty);
    }
}
