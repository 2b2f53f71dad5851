using System.Text.Json;
using System.Text.RegularExpressions;

namespace AutoMode.Evaluation.Tests;

/// <summary>Every case of the labeled corpus and of the held-out set is well-formed and describes a real change in an existing stack.</summary>
public sealed partial class CorpusCaseTests
{
    private static readonly string[] LabelProperties = ["risk", "category", "stack", "why", "hard"];

    public static IEnumerable<TestCaseData> Cases() =>
        CorpusCase.AllDirectories().Concat(CorpusCase.HoldoutDirectories())
            .Select(d => new TestCaseData(d).SetArgDisplayNames(CorpusCase.Load(d).ReportName));

    [TestCaseSource(nameof(Cases))]
    public void Label_is_well_formed(string directory)
    {
        var c = CorpusCase.Load(directory);
        Assert.Multiple(() =>
        {
            Assert.That(c.Label.ValueKind, Is.EqualTo(JsonValueKind.Object));
            Assert.That(c.Label.EnumerateObject().Select(p => p.Name), Is.EquivalentTo(LabelProperties), "case.json has exactly risk, category, stack, why, hard");
            Assert.That(c.Risk, Is.AnyOf(CorpusCase.Risks.Cast<object>().ToArray()), "risk");
            Assert.That(c.Category, Is.AnyOf(CorpusCase.Categories.Cast<object>().ToArray()), "category");
            Assert.That(c.Hard, Is.Not.Null, "hard must be true or false");
            Assert.That(c.Why, Is.Not.Null.And.Not.Empty, "why");
            Assert.That(c.Why, Does.Not.Contain('\n'), "why is one line");
        });
    }

    [TestCaseSource(nameof(Cases))]
    public void Lives_under_its_category_with_a_numbered_slug(string directory)
    {
        var c = CorpusCase.Load(directory);
        var parts = c.Name.Split('/');
        Assert.Multiple(() =>
        {
            Assert.That(parts, Has.Length.EqualTo(2), "Corpus/<category>/<NNN-slug> or Holdout/<category>/<NNN-slug>");
            Assert.That(parts[0], Is.EqualTo(c.Category), "folder = category");
            Assert.That(SlugPattern().IsMatch(parts[^1]), Is.True, $"'{parts[^1]}' is NNN-lower-case-slug");
        });
    }

    [TestCaseSource(nameof(Cases))]
    public void Stack_exists(string directory)
    {
        var c = CorpusCase.Load(directory);
        var stack = Path.Combine(EvaluationPaths.Stacks, c.Stack ?? "?");
        Assert.That(Directory.Exists(stack), Is.True, $"stack '{c.Stack}' exists under Stacks/");
    }

    [TestCaseSource(nameof(Cases))]
    public void Before_and_after_differ(string directory)
    {
        var c = CorpusCase.Load(directory);
        var before = CorpusCase.Files(c.BeforeDirectory);
        var after = CorpusCase.Files(c.AfterDirectory);
        Assert.That(before.Count + after.Count, Is.GreaterThan(0), "a case changes at least one file");

        var changed = before.Union(after).Where(f =>
            !before.Contains(f) || !after.Contains(f) ||
            !File.ReadAllBytes(Path.Combine(c.BeforeDirectory, f)).SequenceEqual(File.ReadAllBytes(Path.Combine(c.AfterDirectory, f))));
        Assert.That(changed, Is.Not.Empty, "before/ and after/ differ");
    }

    [TestCaseSource(nameof(Cases))]
    public void Holds_no_build_output(string directory)
    {
        var files = CorpusCase.Files(directory);
        Assert.That(files.Where(f => f.Contains("/bin/") || f.Contains("/obj/")), Is.Empty);
    }

    [GeneratedRegex("^[0-9]{3}-[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();
}
