using System.Text.RegularExpressions;
using AutoMode.Gate.Analysis;
using AutoMode.Gate.Git;
using AutoMode.Gate.Model;
using AutoMode.Gate.Policy;
using Microsoft.CodeAnalysis;

namespace AutoMode.Gate.Classification;

/// <summary>
/// Changes that lower the bar the gate applies — an agent must not be able to lower its own bar. Every one is
/// Critical: lowering an AM rule's severity or changing an <c>automode.*</c> key in .editorconfig/.globalconfig,
/// NoWarn / WarningsNotAsErrors / TreatWarningsAsErrors=false / RunAnalyzers=false in MSBuild files, removing or
/// disabling the AutoMode package reference, new <c>#pragma warning disable</c> or <c>[SuppressMessage]</c> for AM
/// ids, edits to AutoMode.Risks*.txt, the audit log, or the agent's hook settings (.claude/settings*.json), a
/// <c>[Risk]</c> declaration removed or lowered. Raising the bar instead — a higher AM severity, a stricter policy key
/// (AMG911), a <c>[Risk]</c> added to or raised on an existing API (AMG912) — is Medium: not tampering, but a policy
/// change that deserves a look.
/// </summary>
public sealed partial class PolicyTamperingDetector
{
    private readonly IReadOnlyDictionary<string, DiagnosticDescriptor> _descriptors;
    private readonly HashSet<string> _categories;

    public PolicyTamperingDetector(AnalyzerCatalog catalog)
    {
        _descriptors = catalog.Descriptors;
        _categories = new HashSet<string>(
            catalog.Descriptors.Values.Select(d => d.Category).Concat(GateRules.All.Select(r => r.Category)),
            StringComparer.OrdinalIgnoreCase);
    }

    public IEnumerable<Finding> Detect(ChangedFile file, LineChanges lines, string kind, bool atRepositoryRoot)
    {
        return kind switch
        {
            FileKinds.AnalyzerConfig => AnalyzerConfig(file, atRepositoryRoot),
            FileKinds.MsBuild => MsBuild(file, lines),
            FileKinds.CSharp => CSharp(file, lines),
            FileKinds.RiskDeclarations => One(GateRules.RiskDeclarationsEdited, file, $"{file.Name} declares the risk of APIs: editing it changes what the gate sees."),
            FileKinds.AcceptedRisks => AcceptedRisksChanges(file),
            FileKinds.AuditLog => One(GateRules.AuditLogEdited, file, $"{file.Path} is the gate's audit log: it is written by the gate only."),
            FileKinds.AgentSettings => One(GateRules.AgentHookSettingsEdited, file, $"{file.Path} holds the agent's hook settings, which run the gate: an agent must not change them."),
            _ => Array.Empty<Finding>(),
        };
    }

    private static IEnumerable<Finding> One(GateRule rule, ChangedFile file, string message) =>
        new[] { rule.At(file, 0, message, FindingSource.PolicyTampering) };

    /// <summary>
    /// AutoMode.Accepted.json compared entry by entry (rule, file, fingerprint): an entry added, or one whose level,
    /// acceptor, date or reason changed, lets a finding through at Low — AMG913, Critical, never auto-approved; a file
    /// that no longer reads accepts nothing, which raises the bar, as do removed entries — AMG914, Low. Reordering and
    /// reformatting change nothing.
    /// </summary>
    private static IEnumerable<Finding> AcceptedRisksChanges(ChangedFile file)
    {
        var (before, _) = AcceptedRisksFile.Parse(file.OldText);
        var (after, problems) = AcceptedRisksFile.Parse(file.NewText);
        var old = before.GroupBy(e => e.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var widened = after.Where(e => !old.TryGetValue(e.Key, out var was) || !was.Equals(e)).ToList();
        if (widened.Count > 0)
        {
            var first = widened[0];
            var what = widened.Count == 1 ? $"{first.Rule} in {first.File} ({first.Member})" : $"{widened.Count} findings, the first {first.Rule} in {first.File} ({first.Member})";
            yield return GateRules.AcceptedRisksAdded.At(file, first.Line, $"{file.Name} now accepts {what}: an accepted finding is reported at Low, so it would pass without a person. Adding to or changing the accepted risks needs a person (automode accept).", FindingSource.PolicyTampering);
        }

        var afterKeys = after.Select(e => e.Key).ToHashSet(StringComparer.Ordinal);
        var removed = old.Keys.Count(k => !afterKeys.Contains(k));
        if (removed > 0 || problems.Length > 0 && widened.Count == 0)
        {
            yield return GateRules.AcceptedRisksRemoved.At(file, 0, $"{file.Name}: {removed} accepted risk(s) removed{(problems.Length > 0 ? " (the file no longer reads: it accepts nothing)" : string.Empty)}: their findings are reported at their level again.", FindingSource.PolicyTampering);
        }
    }

    private IEnumerable<Finding> AnalyzerConfig(ChangedFile file, bool atRepositoryRoot)
    {
        var before = ConfigEntries.Map(file.OldText);
        var after = ConfigEntries.Map(file.NewText);
        foreach (var key in before.Keys.Union(after.Keys).OrderBy(k => k.Section, StringComparer.Ordinal).ThenBy(k => k.Key, StringComparer.Ordinal))
        {
            before.TryGetValue(key, out var old);
            after.TryGetValue(key, out var @new);
            var line = @new?.Line ?? 0;
            var where = key.Section.Length == 0 ? "at the top" : $"in [{key.Section}]";
            var oldValue = old?.Value.ToLowerInvariant();
            var newValue = @new?.Value.ToLowerInvariant();
            if (oldValue == newValue)
            {
                continue;
            }

            if (key.Key.StartsWith("automode.", StringComparison.Ordinal))
            {
                var what = old is null ? $"set to '{@new!.Value}'" : @new is null ? $"removed (was '{old.Value}')" : $"changed from '{old.Value}' to '{@new.Value}'";
                yield return PolicyKeys.Stricter(key.Key, oldValue, newValue)
                    ? GateRules.PolicyMadeStricter.At(file, line, $"'{key.Key}' {what} {where}: the bar goes up, which is not tampering, but an edit of AutoMode's policy still deserves a look.", FindingSource.PolicyTampering)
                    : GateRules.PolicyConfiguration.At(file, line, $"'{key.Key}' {what} {where}: AutoMode's policy and rule options decide what needs approval, so changing them needs a person.", FindingSource.PolicyTampering);
            }
            else if (key.Key == "generated_code" && newValue == "true")
            {
                yield return GateRules.PolicyConfiguration.At(file, line, $"'generated_code = true' {where} hides the files from every analyzer.", FindingSource.PolicyTampering);
            }
            else if (key.Key == "root" && key.Section.Length == 0 && newValue == "true" && !atRepositoryRoot)
            {
                yield return GateRules.PolicyConfiguration.At(file, line, "'root = true' in a sub-folder cuts off the policy of the folders above it.", FindingSource.PolicyTampering);
            }
            else if (SeverityKey().Match(key.Key) is { Success: true } severity)
            {
                var id = severity.Groups["id"].Value.ToUpperInvariant();
                var fallback = DefaultRank(id);

                // A key new to its section is compared with the strictest value the file already gives that id in any
                // section: a more specific section overrides the others for the paths it matches.
                var from = old is null
                    ? before.Where(e => e.Key.Key == key.Key).Select(e => Rank(e.Value.Value.ToLowerInvariant()) ?? fallback).Append(fallback).Max()
                    : Rank(oldValue) ?? fallback;
                var to = Rank(newValue) ?? fallback;
                var fromText = oldValue ?? (from > fallback ? "the stricter value another section of this file gives it" : "default");
                if (to < from)
                {
                    yield return GateRules.PolicyConfiguration.At(file, line, $"{id}'s severity {where} goes from '{fromText}' to '{newValue ?? "default"}': a lower severity is a lower risk, so the gate would let more through.", FindingSource.PolicyTampering);
                }
                else if (to > from)
                {
                    yield return GateRules.PolicyMadeStricter.At(file, line, $"{id}'s severity {where} goes from '{fromText}' to '{newValue ?? "default"}': the bar goes up, which is not tampering, but an edit of AutoMode's policy still deserves a look.", FindingSource.PolicyTampering);
                }
            }
            else if (BulkSeverityKey().Match(key.Key) is { Success: true } bulk &&
                (!bulk.Groups["category"].Success || _categories.Contains(bulk.Groups["category"].Value)))
            {
                var from = Rank(oldValue) ?? 3;
                var to = Rank(newValue) ?? 3;
                var scope = bulk.Groups["category"].Success ? $"category {bulk.Groups["category"].Value}" : "all analyzers";
                if (to < from)
                {
                    yield return GateRules.PolicyConfiguration.At(file, line, $"'{key.Key} = {newValue ?? "(removed)"}' {where} lowers the severity of {scope}, AutoMode's rules included.", FindingSource.PolicyTampering);
                }
                else if (to > from)
                {
                    yield return GateRules.PolicyMadeStricter.At(file, line, $"'{key.Key} = {newValue ?? "(removed)"}' {where} raises the severity of {scope} (was '{oldValue ?? "error"}'): the bar goes up, which is not tampering, but an edit of AutoMode's policy still deserves a look.", FindingSource.PolicyTampering);
                }
            }
        }
    }

    /// <summary>The rank of a rule's default severity: an analyzer's descriptor, a gate rule's risk, else the highest (unknown ids can only be lowered).</summary>
    private int DefaultRank(string id) =>
        _descriptors.TryGetValue(id, out var descriptor) ? (int)RiskModel.FromSeverity(descriptor.DefaultSeverity)
        : GateRules.All.FirstOrDefault(r => r.Id == id) is { } rule && !GateRules.IsTampering(id) ? (int)rule.Risk
        : 3;

    private static int? Rank(string? value) => value is null or "default" ? null : RiskModel.ConfigSeverityRank(value);

    private static IEnumerable<Finding> MsBuild(ChangedFile file, LineChanges lines)
    {
        var text = (file.NewText ?? string.Empty).Split('\n');
        foreach (var number in lines.AddedLines.OrderBy(l => l))
        {
            if (number - 1 >= text.Length)
            {
                continue;
            }

            var line = text[number - 1];
            if (SuppressionProperty().IsMatch(line) && AutoModeId().IsMatch(line))
            {
                yield return GateRules.BuildSuppression.At(file, number, $"Line {number} adds AutoMode ids to NoWarn/WarningsNotAsErrors: their findings would no longer stop the build.", FindingSource.PolicyTampering);
            }
            else if (DisablingProperty().IsMatch(line))
            {
                yield return GateRules.BuildSuppression.At(file, number, $"Line {number} turns off analyzers or warnings-as-errors: AutoMode's Critical findings would no longer stop the build.", FindingSource.PolicyTampering);
            }
            else if (line.Contains("AutoMode.Analyzers", StringComparison.OrdinalIgnoreCase) && AssetFilter().IsMatch(line))
            {
                yield return GateRules.PackageReferenceRemoved.At(file, number, $"Line {number} filters the assets of the AutoMode package: its analyzers may no longer run.", FindingSource.PolicyTampering);
            }
        }

        var policyBefore = PolicyPreset().Matches(file.OldText ?? string.Empty).Select(m => m.Value.Trim()).ToList();
        var policyAfter = PolicyPreset().Matches(file.NewText ?? string.Empty).Select(m => m.Value.Trim()).ToList();
        if (!policyBefore.SequenceEqual(policyAfter, StringComparer.OrdinalIgnoreCase))
        {
            yield return GateRules.PolicyConfiguration.At(file, 0, "The AutoModePolicy preset changed: it selects the policy the gate applies.", FindingSource.PolicyTampering);
        }

        if (AutoModeReference().Matches(file.NewText ?? string.Empty).Count < AutoModeReference().Matches(file.OldText ?? string.Empty).Count)
        {
            yield return GateRules.PackageReferenceRemoved.At(file, 0, $"A reference to AutoMode.Analyzers is removed from {file.Name}: its analyzers would no longer run in the build.", FindingSource.PolicyTampering);
        }
    }

    private static IEnumerable<Finding> CSharp(ChangedFile file, LineChanges lines)
    {
        if (file.NewText is null || lines.WholeFile && file.Kind == Model.ChangeKind.Deleted)
        {
            yield break;
        }

        foreach (var declared in DeclaredRiskChanges(file, lines))
        {
            yield return declared;
        }

        var text = file.NewText.Split('\n');

        foreach (var number in lines.AddedLines.OrderBy(l => l))
        {
            if (number - 1 >= text.Length)
            {
                continue;
            }

            var line = text[number - 1];
            var pragma = PragmaDisable().Match(line);
            if (pragma.Success)
            {
                var ids = pragma.Groups["ids"].Value;
                var bare = string.IsNullOrWhiteSpace(ids.Split("//")[0]);
                if (bare || AutoModeId().IsMatch(ids))
                {
                    yield return GateRules.PragmaSuppression.At(file, number, $"Line {number} disables {(bare ? "every warning, AutoMode's included" : "AutoMode diagnostics")} with #pragma: the gate would no longer see what follows.", FindingSource.PolicyTampering);
                }

                continue;
            }

            if (line.Contains("SuppressMessage", StringComparison.Ordinal))
            {
                var window = string.Join('\n', text.Skip(number - 1).Take(4));
                if (AutoModeId().IsMatch(window))
                {
                    yield return GateRules.AttributeSuppression.At(file, number, $"Line {number} suppresses an AutoMode diagnostic with [SuppressMessage]: the gate would no longer see it.", FindingSource.PolicyTampering);
                }
            }
        }
    }

    /// <summary>
    /// The <c>[Risk]</c> declarations of the file before and after the change, compared per API (on syntax):
    /// <list type="bullet">
    /// <item>AMG910 (Critical): a declaration removed from an API that is still there, or lowered, or a new one on an
    /// existing member below what its type (or the assembly) declares, which it overrides; or declarations that
    /// left with their API (deleted, renamed, moved) without as many new ones at their level — the team's own
    /// declaration of an API's risk was taken away, so its callers would pass unseen;</item>
    /// <item>AMG912 (Medium): a declaration added to, or raised on, an API (or the assembly) that existed before the
    /// change: it changes how every existing caller is gated. A declaration on a new API changes no caller and is not
    /// reported.</item>
    /// </list>
    /// </summary>
    private static IEnumerable<Finding> DeclaredRiskChanges(ChangedFile file, LineChanges lines)
    {
        var before = DeclaredRisks.Collect(file.OldText);
        var after = DeclaredRisks.Collect(file.NewText);
        var departed = new List<DeclaredRisks.Declaration>();
        foreach (var old in before.Values.Where(d => d.Level is not null))
        {
            if (!after.TryGetValue(old.Key, out var now))
            {
                departed.Add(old);
            }
            else if (now.Level is null || now.Level < old.Level)
            {
                var what = now.Level is null ? "removed from" : $"lowered to RiskLevel.{now.Level} on";
                yield return GateRules.DeclaredRiskLowered.At(file, now.Line, $"[Risk(RiskLevel.{old.Level}, …)] was {what} {now.Name}: its callers would no longer be reported at that level. Changing a declared risk needs a person.", FindingSource.PolicyTampering);
            }
        }

        var arrived = after.Values.Where(d => d.Level is not null && !before.ContainsKey(d.Key)).ToList();
        if (departed.Count > 0 && (arrived.Count < departed.Count || arrived.Max(d => d.Level) < departed.Max(d => d.Level)))
        {
            var highest = departed.MaxBy(d => d.Level)!;
            var at = lines.AddedLines.Count > 0 ? lines.AddedLines.Min() : lines.RemovalPoints.DefaultIfEmpty(0).First();
            yield return GateRules.DeclaredRiskLowered.At(file, at, $"[Risk(RiskLevel.{highest.Level}, …)] on {highest.Name} is gone with its declaration, and no new declaration at that level replaces it: its callers would no longer be reported at that level. Changing a declared risk needs a person.", FindingSource.PolicyTampering);
        }

        foreach (var now in after.Values.Where(d => d.Level is not null))
        {
            if (!before.TryGetValue(now.Key, out var old) || old.Level is not null && old.Level >= now.Level)
            {
                continue;
            }

            // A member's own declaration wins over its type's (and a type's over the assembly's): a new one below what
            // the API inherited lowers it.
            var inherited = DeclaredRisks.Effective(before, now.Key);
            if (old.Level is null && inherited > now.Level)
            {
                yield return GateRules.DeclaredRiskLowered.At(file, now.Line, $"[Risk(RiskLevel.{now.Level}, …)] on {now.Name} overrides the RiskLevel.{inherited} it had from its type or assembly: its callers would be reported lower. Changing a declared risk needs a person.", FindingSource.PolicyTampering);
            }
            else if (old.Level is not null || inherited != now.Level)
            {
                var what = old.Level is null ? $"declares {now.Name}" : $"raises {now.Name} from RiskLevel.{old.Level}";
                yield return GateRules.DeclaredRiskRaised.At(file, now.Line, $"[Risk(RiskLevel.{now.Level}, …)] {what}, which existed before this change: every existing caller is now reported at that level. Raising the bar is not tampering, but a change of how existing code is gated deserves a look.", FindingSource.PolicyTampering);
            }
        }
    }

    [GeneratedRegex(@"^dotnet_diagnostic\.(?<id>amg?\d+)\.severity$", RegexOptions.IgnoreCase)]
    private static partial Regex SeverityKey();

    [GeneratedRegex(@"^dotnet_analyzer_diagnostic\.(category-(?<category>[^.]+)\.)?severity$", RegexOptions.IgnoreCase)]
    private static partial Regex BulkSeverityKey();

    [GeneratedRegex(@"\bAMG?\d{3,4}\b", RegexOptions.IgnoreCase)]
    private static partial Regex AutoModeId();

    [GeneratedRegex(@"NoWarn|WarningsNotAsErrors", RegexOptions.IgnoreCase)]
    private static partial Regex SuppressionProperty();

    [GeneratedRegex(@"<(TreatWarningsAsErrors|RunAnalyzers|RunAnalyzersDuringBuild)>\s*false\s*<", RegexOptions.IgnoreCase)]
    private static partial Regex DisablingProperty();

    [GeneratedRegex(@"(ExcludeAssets|IncludeAssets)", RegexOptions.IgnoreCase)]
    private static partial Regex AssetFilter();

    [GeneratedRegex(@"<AutoModePolicy>[^<]*</AutoModePolicy>", RegexOptions.IgnoreCase)]
    private static partial Regex PolicyPreset();

    [GeneratedRegex(@"Include\s*=\s*""[^""]*AutoMode\.Analyzers[^""]*""", RegexOptions.IgnoreCase)]
    private static partial Regex AutoModeReference();

    [GeneratedRegex(@"^\s*#\s*pragma\s+warning\s+disable\b(?<ids>.*)$")]
    private static partial Regex PragmaDisable();
}
