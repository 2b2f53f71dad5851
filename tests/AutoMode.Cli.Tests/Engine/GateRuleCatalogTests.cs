using System.Text.RegularExpressions;
using AutoMode.Cli.Tests.Infrastructure;
using AutoMode.Gate.Analysis;
using AutoMode.Gate.Classification;

namespace AutoMode.Cli.Tests.Engine;

/// <summary>
/// The gate's rules are held like the analyzers' rules: one catalog (<see cref="GateRules"/>), unique ids, and
/// documentation in docs/gate.md — the anchor each rule's help link points to, and a row (or a range) that names it.
/// </summary>
public class GateRuleCatalogTests
{
    private static readonly string GateDocs = File.ReadAllText(Path.Combine(CliRunner.RepositoryRoot, "docs", "gate.md"));

    private static IEnumerable<GateRule> Rules() => GateRules.All;

    /// <summary>No gate rule id is written anywhere in src/ but the catalog (read as text: reflecting over the gate's fields would load MSBuild).</summary>
    [Test]
    public void EveryGateRuleIsInTheCatalog()
    {
        var source = Path.Combine(CliRunner.RepositoryRoot, "src");
        var elsewhere = Directory.EnumerateFiles(source, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(f => Path.GetFileName(f) != "GateRules.cs")
            .SelectMany(f => Regex.Matches(File.ReadAllText(f), "\"AMG[0-9]{3}\"").Select(m => $"{Path.GetRelativePath(source, f)}: {m.Value}"))
            .ToList();
        Assert.That(elsewhere, Is.Empty, "gate rules and their ids belong in GateRules");
        Assert.That(GateRules.All.Select(r => r.Id), Does.Contain(GateRules.PolicyFileEditedByAgent.Id));
    }

    [Test]
    public void IdsAreUnique() =>
        Assert.That(GateRules.All.Select(r => r.Id), Is.Unique);

    /// <summary>
    /// The id's first digit names the family, as in the analyzers: a gate rule whose digit the analyzers use belongs to
    /// one of the categories of the analyzers' rules with that digit (AMG3xx and AM3xxx are Secrets); a digit no
    /// analyzer rule uses holds one gate-only family (0 documentation and other files, 7 tests, 8 dependencies and configuration).
    /// </summary>
    [Test]
    public void IdsNameTheirFamilyWithTheAnalyzersDigit()
    {
        var analyzerCategories = AnalyzerCatalog.Default.Analyzers.SelectMany(a => a.SupportedDiagnostics)
            .Where(d => Regex.IsMatch(d.Id, "^AM[0-9]{4}$"))
            .GroupBy(d => d.Id[2])
            .ToDictionary(g => g.Key, g => g.Select(d => d.Category).ToHashSet());
        var gateOnly = new Dictionary<char, string[]>
        {
            ['0'] = new[] { "Documentation", "Other", "Resources", "Formatting", "FrontEnd", "Commands" },
            ['7'] = new[] { "Tests" },
            ['8'] = new[] { "Dependencies", "Configuration", "Scripts" },
        };

        // Scripts (a developer script judged by the commands it adds) sit with the analyzers' side effects and infrastructure.
        analyzerCategories['5'].Add("Scripts");
        Assert.Multiple(() =>
        {
            foreach (var rule in GateRules.All)
            {
                var digit = rule.Id[3];
                var expected = analyzerCategories.TryGetValue(digit, out var categories) ? categories.ToArray() : gateOnly.GetValueOrDefault(digit, Array.Empty<string>());
                Assert.That(expected, Does.Contain(rule.Category), $"{rule.Id} ({rule.Category}): its digit {digit} is the family of {string.Join(", ", expected)}");
            }

            foreach (var digit in gateOnly.Keys)
            {
                Assert.That(analyzerCategories.ContainsKey(digit), Is.False, $"AM{digit}xxx rules exist now: the gate's {string.Join(", ", gateOnly[digit])} rules need another digit");
            }
        });
    }

    [TestCaseSource(nameof(Rules))]
    public void HelpLinkPointsToAnAnchorInGateDocs(GateRule rule)
    {
        Assert.That(rule.HelpLink, Does.StartWith("https://github.com/automode/AutoMode.Analyzers/blob/main/docs/gate.md#"));
        var anchor = rule.HelpLink[(rule.HelpLink.IndexOf('#') + 1)..];
        Assert.That(GateDocs, Does.Contain($"<a id=\"{anchor}\"></a>"), $"docs/gate.md has no anchor for {rule.Id}");
    }

    [TestCaseSource(nameof(Rules))]
    public void GateDocsListTheRuleWithItsRiskAndCategory(GateRule rule)
    {
        var rows = GateRuleRows().Where(r => r.Ids.Contains(rule.Id)).ToList();
        Assert.That(rows, Has.Count.EqualTo(1), $"docs/gate.md's table of the gate's rules lists {rule.Id} once");
        var (_, risk, category) = rows[0];
        Assert.That(category, Is.EqualTo(rule.Category), $"category of {rule.Id} in docs/gate.md");
        if (risk is not ("by statement" or "by command"))
        {
            Assert.That(risk, Is.EqualTo(rule.Risk.ToString()), $"risk of {rule.Id} in docs/gate.md");
        }
    }

    /// <summary>The rows <c>| AMGxxx[, AMGyyy–AMGzzz] | risk | category | … |</c> of docs/gate.md, ranges expanded.</summary>
    private static IEnumerable<(HashSet<string> Ids, string Risk, string Category)> GateRuleRows()
    {
        foreach (Match row in Regex.Matches(GateDocs, @"^\| (?<ids>AMG[0-9][^|]*) \| (?<risk>[^|]+) \| (?<category>[^|]+) \|", RegexOptions.Multiline))
        {
            var ids = new HashSet<string>(StringComparer.Ordinal);
            foreach (var part in row.Groups["ids"].Value.Split(',', StringSplitOptions.TrimEntries))
            {
                var range = Regex.Match(part, @"^AMG(?<from>\d{3})–AMG(?<to>\d{3})$");
                if (range.Success)
                {
                    for (var n = int.Parse(range.Groups["from"].Value); n <= int.Parse(range.Groups["to"].Value); n++)
                    {
                        ids.Add($"AMG{n}");
                    }
                }
                else
                {
                    ids.Add(part);
                }
            }

            yield return (ids, row.Groups["risk"].Value.Trim(), row.Groups["category"].Value.Trim());
        }
    }
}
