using AutoMode;
using AutoMode.Gate.Analysis;
using AutoMode.Gate.Classification;
using AutoMode.Gate.Config;
using AutoMode.Gate.Model;
using Microsoft.CodeAnalysis;

namespace AutoMode.Gate.Policy;

/// <summary>
/// Reads the policy for a path from the configuration in force (so path sections apply as in the compiler) and
/// finds the file and line that set each key, for "the policy line that decided it".
/// </summary>
public sealed class PolicyReader
{
    private readonly ConfigSet _config;
    private readonly string _root;
    private readonly ICollection<string> _notes;
    private readonly Dictionary<string, IReadOnlyList<ConfigEntry>> _entries = new(StringComparer.Ordinal);

    public PolicyReader(ConfigSet config, string root, ICollection<string> notes)
    {
        _config = config;
        _root = root;
        _notes = notes;
    }

    public FilePolicy For(string fullPath)
    {
        var autoValue = _config.Get(fullPath, PolicyKeys.AutoApproveMaxRisk);
        var auto = RiskLevel.Low;
        if (autoValue is not null && (!RiskModel.TryParse(autoValue, out auto) || auto == RiskLevel.Critical))
        {
            Note($"{PolicyKeys.AutoApproveMaxRisk} = {autoValue} is not low, medium or high: using low");
            auto = RiskLevel.Low;
            autoValue = null;
        }

        var denyValue = _config.Get(fullPath, PolicyKeys.DenyMinRisk);
        RiskLevel? deny = null;
        if (denyValue is not null && !string.Equals(denyValue.Trim(), "none", StringComparison.OrdinalIgnoreCase))
        {
            if (RiskModel.TryParse(denyValue, out var parsed))
            {
                deny = parsed;
            }
            else
            {
                Note($"{PolicyKeys.DenyMinRisk} = {denyValue} is not critical, high or none: using none");
                denyValue = null;
            }
        }

        var categories = new Dictionary<string, DecidingLine>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in AllKeys(fullPath))
        {
            if (key.StartsWith(PolicyKeys.CategoryPrefix, StringComparison.OrdinalIgnoreCase) && key.EndsWith(PolicyKeys.CategorySuffix, StringComparison.OrdinalIgnoreCase) &&
                string.Equals(value.Trim(), "false", StringComparison.OrdinalIgnoreCase))
            {
                var category = key[PolicyKeys.CategoryPrefix.Length..^PolicyKeys.CategorySuffix.Length];
                categories[category] = Line(fullPath, key.ToLowerInvariant(), value);
            }
        }

        return new FilePolicy(
            auto,
            autoValue is null ? Default(PolicyKeys.AutoApproveMaxRisk, "low") : Line(fullPath, PolicyKeys.AutoApproveMaxRisk, autoValue),
            deny,
            denyValue is null ? Default(PolicyKeys.DenyMinRisk, "none") : Line(fullPath, PolicyKeys.DenyMinRisk, denyValue),
            categories);
    }

    /// <summary>The effective risk of a gate finding after <c>dotnet_diagnostic.AMGxxx.severity</c>; null when set to none. Tampering is never lowered.</summary>
    public RiskLevel? EffectiveRisk(Finding finding, string fullPath)
    {
        if (GateRules.IsTampering(finding.RuleId))
        {
            return finding.Risk;
        }

        return _config.SeverityFor(fullPath, finding.RuleId) switch
        {
            ReportDiagnostic.Suppress => null,
            _ when finding.Accepted is not null => RiskLevel.Low, // a person accepted it (AutoMode.Accepted.json)
            ReportDiagnostic.Error => RiskLevel.Critical,
            ReportDiagnostic.Warn => RiskLevel.High,
            ReportDiagnostic.Info => RiskLevel.Medium,
            ReportDiagnostic.Hidden => RiskLevel.Low,
            _ => finding.Risk,
        };
    }

    private IEnumerable<(string Key, string Value)> AllKeys(string fullPath)
    {
        var local = _config.For(fullPath).AnalyzerOptions;
        foreach (var pair in _config.Set.GlobalConfigOptions.AnalyzerOptions.Where(p => !local.ContainsKey(p.Key)))
        {
            yield return (pair.Key, pair.Value);
        }

        foreach (var pair in local)
        {
            yield return (pair.Key, pair.Value);
        }
    }

    private static DecidingLine Default(string key, string value) => new(key, value, "default", string.Empty);

    private void Note(string note)
    {
        if (!_notes.Contains(note))
        {
            _notes.Add(note);
        }
    }

    /// <summary>Where a key's value for a path was set: the nearest config file and the last section in it that applies.</summary>
    private DecidingLine Line(string fullPath, string key, string value)
    {
        var files = _config.Files
            .OrderByDescending(f => Path.GetFileName(f) == ".editorconfig" ? f.Count(c => c == Path.DirectorySeparatorChar) : -1)
            .ToList();
        foreach (var file in files)
        {
            if (!_entries.TryGetValue(file, out var entries))
            {
                entries = ConfigEntries.Parse(_config.TextOf(file));
                _entries[file] = entries;
            }

            foreach (var entry in entries.Where(e => string.Equals(e.Key, key, StringComparison.OrdinalIgnoreCase)).Reverse())
            {
                if (Applies(file, entry, fullPath))
                {
                    var source = _config.IsInMemory(file) ? $"AutoModePolicy preset {Path.GetFileName(file)}" : AnalysisRunner.RelativePath(file, _root);
                    return new DecidingLine(key, value, $"{source}:{entry.Line}", string.Empty);
                }
            }
        }

        return new DecidingLine(key, value, "configuration", string.Empty);
    }

    private static bool Applies(string file, ConfigEntry entry, string fullPath)
    {
        if (entry.Section.Length == 0)
        {
            return Path.GetFileName(file) != ".editorconfig"; // a global config's top-level keys apply everywhere
        }

        var text = $"root = true\n[{entry.Section}]\n{entry.Key} = {entry.Value}\n";
        var probe = AnalyzerConfig.Parse(text, Path.Combine(Path.GetDirectoryName(file)!, ".editorconfig"));
        var set = AnalyzerConfigSet.Create(new[] { probe });
        return set.GetOptionsForSourcePath(fullPath).AnalyzerOptions.ContainsKey(entry.Key);
    }
}
