using System.Text.RegularExpressions;
using AutoMode.Gate.Git;
using AutoMode.Gate.Model;

namespace AutoMode.Gate.Classification;

/// <summary>
/// A CI workflow whose only change is patch updates of the actions it uses (<c>uses: owner/action@&lt;sha&gt; # v1.73.2</c>
/// or <c>@v1.73.2</c>), as dependabot writes them: judged like a patch bump of a package, Low. A minor or major update
/// of an action, or any other changed line, leaves the file to the infrastructure rule (High): a workflow runs with the
/// repository's credentials, so only the bump that semantic versioning promises to be a fix passes unattended.
/// </summary>
public static partial class ActionVersionBumps
{
    /// <summary>The patch-bump findings when every changed line is a patch update of the same action; otherwise null.</summary>
    public static IReadOnlyList<Finding>? PatchesOnly(ChangedFile file)
    {
        if (file.OldText is null || file.NewText is null)
        {
            return null;
        }

        var before = file.OldText.Replace("\r\n", "\n").Split('\n');
        var after = file.NewText.Replace("\r\n", "\n").Split('\n');
        if (before.Length != after.Length)
        {
            return null;
        }

        var findings = new List<Finding>();
        for (var i = 0; i < after.Length; i++)
        {
            if (string.Equals(before[i], after[i], StringComparison.Ordinal))
            {
                continue;
            }

            var old = Uses().Match(before[i]);
            var @new = Uses().Match(after[i]);
            if (!old.Success || !@new.Success || old.Groups["prefix"].Value != @new.Groups["prefix"].Value ||
                !string.Equals(old.Groups["action"].Value, @new.Groups["action"].Value, StringComparison.OrdinalIgnoreCase) ||
                Version(old) is not { } from || Version(@new) is not { } to)
            {
                return null;
            }

            var finding = DependencyClassifier.Bump(file, i + 1, @new.Groups["action"].Value, from, to, DependencyRules.Default);
            if (finding.RuleId != GateRules.PatchBump.Id)
            {
                return null;
            }

            findings.Add(finding with { Message = $"{file.Path} line {i + 1}: {finding.Message.Replace("Package '", "the action '", StringComparison.Ordinal)}" });
        }

        return findings.Count > 0 ? findings : null;
    }

    /// <summary>The version a reference names: the comment dependabot writes after a pinned commit, else the tag itself.</summary>
    private static string? Version(Match uses)
    {
        var text = uses.Groups["comment"].Success ? uses.Groups["comment"].Value : uses.Groups["ref"].Value;
        return SemVer().Match(text) is { Success: true } v ? v.Groups["v"].Value : null;
    }

    [GeneratedRegex(@"^(?<prefix>\s*(-\s*)?uses:\s*)(?<action>[\w.-]+/[\w.-]+(/[\w./-]*)?)@(?<ref>[\w.-]+)\s*(#\s*(?<comment>\S+).*)?$")]
    private static partial Regex Uses();

    [GeneratedRegex(@"^v?(?<v>\d+\.\d+\.\d+)$")]
    private static partial Regex SemVer();
}
