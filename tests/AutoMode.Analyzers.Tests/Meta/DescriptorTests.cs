using System.Text.RegularExpressions;
using AutoMode.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace AutoMode.Analyzers.Tests.Meta;

/// <summary>
/// The discipline every rule must keep: a unique id in the right range, a known category, a severity equal to its
/// documented risk, a release entry, a docs page whose title matches and a help link to it.
/// </summary>
public class DescriptorTests
{
    private static readonly Dictionary<char, string[]> CategoriesByRange = new()
    {
        ['1'] = new[] { "DestructiveIO" },
        ['2'] = new[] { "Migrations" },
        ['3'] = new[] { "Secrets" },
        ['4'] = new[] { "TypedRefactor" },
        ['5'] = new[] { "SideEffects", "Infrastructure", "Dependencies" },
        ['6'] = new[] { "Security" },
        ['9'] = new[] { "Declared", "Policy" },
    };

    [Test]
    public void ThereAreRules() => Assert.That(RuleCatalog.Descriptors, Is.Not.Empty);

    [Test]
    public void IdsAreUnique()
    {
        var duplicates = RuleCatalog.Descriptors.GroupBy(d => d.Descriptor.Id).Where(g => g.Count() > 1).Select(g => g.Key);
        Assert.That(duplicates, Is.Empty);
    }

    [TestCaseSource(typeof(RuleCatalog), nameof(RuleCatalog.DescriptorCases))]
    public void IdCategoryAndRange(DiagnosticDescriptor descriptor, string analyzer)
    {
        Assert.That(descriptor.Id, Does.Match("^AM[1-69][0-9]{3}$"));
        Assert.That(Enum.GetNames<RuleCategory>(), Does.Contain(descriptor.Category));
        Assert.That(CategoriesByRange[descriptor.Id[2]], Does.Contain(descriptor.Category), "id range and category disagree");
        Assert.That(descriptor.IsEnabledByDefault, Is.True);
        Assert.That(descriptor.CustomTags, Does.Contain("AutoMode"));
    }

    [TestCaseSource(typeof(RuleCatalog), nameof(RuleCatalog.DescriptorCases))]
    public void HelpLinkPointsAtDocsPage(DiagnosticDescriptor descriptor, string analyzer)
    {
        Assert.That(descriptor.HelpLinkUri, Is.EqualTo(DescriptorFactory.HelpLinkBase + descriptor.Id + ".md"));
        Assert.That(File.Exists(Path.Combine(RepositoryPaths.Docs, descriptor.Id + ".md")), Is.True, $"docs/rules/{descriptor.Id}.md is missing");
    }

    [TestCaseSource(typeof(RuleCatalog), nameof(RuleCatalog.DescriptorCases))]
    public void DocsPageTitleRiskAndCategoryMatch(DiagnosticDescriptor descriptor, string analyzer)
    {
        var page = File.ReadAllText(Path.Combine(RepositoryPaths.Docs, descriptor.Id + ".md"));
        var firstLine = page.Split('\n')[0].TrimEnd('\r');
        Assert.That(firstLine, Is.EqualTo($"# {descriptor.Id}: {descriptor.Title}"));

        var risk = RiskModel.FromSeverity(descriptor.DefaultSeverity);
        Assert.That(page, Does.Contain($"| Risk | {risk} ({descriptor.DefaultSeverity}) |"), "the docs page states another risk level than the descriptor's severity");
        Assert.That(page, Does.Contain($"| Category | {descriptor.Category} |"));
        foreach (var section in new[] { "## What it finds", "## Safe alternative", "## Examples" })
        {
            Assert.That(page, Does.Contain(section), $"docs/rules/{descriptor.Id}.md lacks '{section}'");
        }
    }

    /// <summary>Each page names its analyzer and links to its source file, so a reader gets from the id to the code in one click.</summary>
    [TestCaseSource(typeof(RuleCatalog), nameof(RuleCatalog.DescriptorCases))]
    public void DocsPageLinksToTheAnalyzersSource(DiagnosticDescriptor descriptor, string analyzer)
    {
        var page = File.ReadAllText(Path.Combine(RepositoryPaths.Docs, descriptor.Id + ".md"));
        var match = System.Text.RegularExpressions.Regex.Match(page, @"^\| Analyzer \| \[`(?<name>\w+)`\]\(\.\./\.\./(?<path>src/AutoMode\.Analyzers/[^)]+\.cs)\)", System.Text.RegularExpressions.RegexOptions.Multiline);
        Assert.That(match.Success, Is.True, $"docs/rules/{descriptor.Id}.md: the Analyzer row should be [`{analyzer}`](../../src/AutoMode.Analyzers/…/{analyzer}.cs)");
        Assert.That(match.Groups["name"].Value, Is.EqualTo(analyzer));
        var path = match.Groups["path"].Value;
        Assert.That(Path.GetFileName(path), Is.EqualTo(analyzer + ".cs"));
        Assert.That(File.Exists(Path.Combine(RepositoryPaths.Root, path)), Is.True, $"docs/rules/{descriptor.Id}.md links to {path}, which does not exist");
    }

    [TestCaseSource(typeof(RuleCatalog), nameof(RuleCatalog.DescriptorCases))]
    public void MessageSaysWhatAndHasNoTrailingPeriodIssues(DiagnosticDescriptor descriptor, string analyzer)
    {
        var message = descriptor.MessageFormat.ToString();
        Assert.That(message, Is.Not.Empty);
        Assert.That(descriptor.Title.ToString(), Does.Not.EndWith("."));
        Assert.That(descriptor.Description.ToString(), Is.Not.Empty);
    }

    [TestCaseSource(typeof(RuleCatalog), nameof(RuleCatalog.DescriptorCases))]
    public void IsInReleaseTrackingWithSameCategoryAndSeverity(DiagnosticDescriptor descriptor, string analyzer)
    {
        var rows = ReleaseRows();
        Assert.That(rows.ContainsKey(descriptor.Id), Is.True, $"{descriptor.Id} is not in AnalyzerReleases.Unshipped.md or .Shipped.md");
        Assert.That(rows[descriptor.Id], Is.EqualTo((descriptor.Category, descriptor.DefaultSeverity.ToString())));
    }

    [Test]
    public void ReleaseTrackingHasNoRuleThatDoesNotExist()
    {
        var ids = RuleCatalog.Descriptors.Select(d => d.Descriptor.Id).ToHashSet();
        Assert.That(ReleaseRows().Keys.Where(id => !ids.Contains(id)), Is.Empty);
    }

    [Test]
    public void EveryDocsPageBelongsToARule()
    {
        var ids = RuleCatalog.Descriptors.Select(d => d.Descriptor.Id).ToHashSet();
        var pages = Directory.GetFiles(RepositoryPaths.Docs, "AM*.md").Select(Path.GetFileNameWithoutExtension);
        Assert.That(pages.Where(p => !ids.Contains(p!)), Is.Empty);
    }

    [Test]
    public void CodeFixesFixOnlyKnownRules()
    {
        var ids = RuleCatalog.Descriptors.Select(d => d.Descriptor.Id).ToHashSet();
        foreach (var fix in RuleCatalog.CodeFixes)
        {
            Assert.That(fix.FixableDiagnosticIds.Where(id => !ids.Contains(id)), Is.Empty, fix.GetType().Name);
        }
    }

    private static Dictionary<string, (string Category, string Severity)> ReleaseRows()
    {
        var rows = new Dictionary<string, (string, string)>();
        foreach (var file in new[] { "AnalyzerReleases.Shipped.md", "AnalyzerReleases.Unshipped.md" })
        {
            foreach (var line in File.ReadLines(Path.Combine(RepositoryPaths.AnalyzerProject, file)))
            {
                var match = Regex.Match(line, @"^(AM\d{4})\s*\|\s*(\w+)\s*\|\s*(\w+)\s*\|");
                if (match.Success)
                {
                    rows[match.Groups[1].Value] = (match.Groups[2].Value, match.Groups[3].Value);
                }
            }
        }

        return rows;
    }
}
