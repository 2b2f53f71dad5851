using System.Text.RegularExpressions;
using AutoMode.Gate.Git;
using AutoMode.Gate.Model;

namespace AutoMode.Gate.Classification;

/// <summary>
/// A CI definition (GitHub Actions workflow, <c>appveyor.yml</c>, <c>azure-pipelines*.yml</c>) judged by what it can
/// do. Its capabilities are deployment or publish steps (<c>dotnet nuget push</c>, <c>docker push</c>, deploy and
/// release actions, <c>git push</c>, <c>gh release</c>, AppVeyor <c>deploy:</c>, Azure deployment jobs and service
/// connections), secrets other than the repository token, <c>permissions:</c> with a write scope other than
/// <c>checks</c>/<c>statuses</c> (which only report the workflow's own results) or <c>id-token: write</c>, the repository
/// token used without a <c>permissions:</c> block, the <c>pull_request_target</c>/<c>workflow_run</c> triggers,
/// self-hosted runners, deployment environments and calls of reusable workflows the diff does not show.
/// <list type="bullet">
/// <item>An edit that adds, removes or changes a line carrying a capability is High.</item>
/// <item>In a workflow with a capability: a patch or minor bump of an action pin is Medium (the action runs with those
/// credentials), a major bump High, any other edit Medium (its steps run with them).</item>
/// <item>In a build-and-test workflow (none of them): an edit that only adds or parameterizes (a setup step, an SDK
/// version, a matrix entry, test flags, a patch or minor action pin) is Low (AMG504); an edit that removes a step or a
/// setting, drops matrix entries, or skips or weakens a check (<c>continue-on-error</c>, <c>if: false</c>,
/// <c>|| true</c>, a test filter) is Medium, as are a major or unreadable action pin, a deleted definition and a new
/// one whose token scope is left to the repository's default.</item>
/// </list>
/// </summary>
public static partial class CiWorkflows
{
    public static bool IsCiDefinition(string path)
    {
        var lower = path.Replace('\\', '/').ToLowerInvariant();
        var name = lower[(lower.LastIndexOf('/') + 1)..];
        var yaml = name.EndsWith(".yml", StringComparison.Ordinal) || name.EndsWith(".yaml", StringComparison.Ordinal);
        return yaml && (lower.StartsWith(".github/workflows/", StringComparison.Ordinal) || name is "appveyor.yml" or ".appveyor.yml" || name.StartsWith("azure-pipelines", StringComparison.Ordinal));
    }

    public static Finding Classify(ChangedFile file, LineChanges lines)
    {
        var appVeyor = file.Name.Contains("appveyor", StringComparison.OrdinalIgnoreCase);
        var added = Added(file, lines).ToList();
        var removed = lines.RemovedLines.Select(Meaningful).Where(l => l.Length > 0).ToList();

        // a new or deleted definition is judged by what it holds; an edit by whether it adds, removes or changes a capability or a permission
        var edit = file.OldText is not null && file.NewText is not null;
        string? Touches(string line) => Capability(line, appVeyor) ?? (edit ? Permission(line) : null);
        if (added.Select(a => (a.Line, Reason: Touches(a.Text))).FirstOrDefault(a => a.Reason is not null) is { Reason: not null } touched)
        {
            return At(file, touched.Line, RiskLevel.High, $"the edit touches what the workflow can do: it {touched.Reason}.");
        }

        if (removed.Select(Touches).FirstOrDefault(r => r is not null) is { } gone)
        {
            return At(file, 0, RiskLevel.High, $"the edit touches what the workflow can do: it no longer {gone}.");
        }

        var capability = Capabilities(file.NewText, appVeyor).Concat(Capabilities(file.OldText, appVeyor)).FirstOrDefault();
        var pins = Pins(lines.RemovedLines, added).ToList();
        var firstLine = added.Count > 0 ? added[0].Line : 0;
        if (capability.Reason is not null)
        {
            var where = $"it {capability.Reason}{(capability.Line > 0 ? $" (line {capability.Line})" : string.Empty)}";
            if (pins.FirstOrDefault(p => p.Major != false) is { Action: not null } major)
            {
                return At(file, major.Line, RiskLevel.High, $"{major.Action} moves to {(major.Major is null ? "a pin whose version cannot be read" : "a new major version")} in a workflow where {where}: new third-party code runs with those credentials.");
            }

            var onlyPins = pins.Count > 0 && removed.Count == pins.Count && added.Count == pins.Count;
            return onlyPins
                ? At(file, pins[0].Line, RiskLevel.Medium, $"patch or minor action pin update ({string.Join(", ", pins.Select(p => p.Action).Distinct())}) in a workflow where {where}: the action runs with those credentials.")
                : At(file, firstLine, RiskLevel.Medium, $"the edit does not touch what the workflow can do, but {where}, and its steps run with that.");
        }

        if (file.NewText is null)
        {
            return At(file, 0, RiskLevel.Medium, "a build-and-test definition is deleted: its checks no longer run.");
        }

        if (file.OldText is null)
        {
            return !appVeyor && file.Path.Contains(".github/", StringComparison.OrdinalIgnoreCase) && Capabilities(file.NewText, false).Count == 0 && PermissionsBlock().IsMatch(file.NewText)
                ? GateRules.BuildAndTestWorkflowChange.At(file, 0, $"{file.Path} is a new build-and-test workflow with a read-only token: no deployment or publish step, secret, write permission or privileged trigger.")
                : At(file, 0, RiskLevel.Medium, "a new CI definition whose token scope is the repository's default (no permissions: block).");
        }

        // a skip or filter the old lines already had (a test filter's names corrected, duplicati 12e99c6b7c) is not new
        var hadBefore = removed.SelectMany(r => Weakening().Matches(r).Select(m => m.Value.Trim())).ToHashSet(StringComparer.OrdinalIgnoreCase);
        if (added.FirstOrDefault(a => Weakening().Matches(Meaningful(a.Text)).Any(m => !hadBefore.Contains(m.Value.Trim()))) is { Text: not null } weak)
        {
            return At(file, weak.Line, RiskLevel.Medium, $"line {weak.Line} skips or weakens a check ('{weak.Text.Trim()}'): a CI that stops testing is a weakened gate.");
        }

        var addedText = added.Select(a => a.Text).ToList();
        if (removed.FirstOrDefault(r => Weakened(r, addedText)) is { } flipped)
        {
            return At(file, firstLine, RiskLevel.Medium, $"'{flipped.Trim()}' is turned off or inverted: a CI that stops testing is a weakened gate.");
        }

        if (removed.FirstOrDefault(r => !HasCounterpart(r, addedText)) is { } dropped)
        {
            return At(file, firstLine, RiskLevel.Medium, $"the edit removes '{Shorten(dropped.Trim())}' and nothing replaces it: a step, setting or matrix entry of the build-and-test workflow goes away.");
        }

        if (pins.FirstOrDefault(p => p.Major != false) is { Action: not null } newMajor)
        {
            return At(file, newMajor.Line, RiskLevel.Medium, $"{newMajor.Action} moves to {(newMajor.Major is null ? "a pin whose version cannot be read" : "a new major version")}.");
        }

        return GateRules.BuildAndTestWorkflowChange.At(file, firstLine, $"{file.Path} is a build-and-test definition (no deployment or publish step, secret, write permission or privileged trigger); the edit only adds or parameterizes steps, versions, matrix entries or flags.");
    }

    private static Finding At(ChangedFile file, int line, RiskLevel risk, string why) =>
        GateRules.InfrastructureChange.At(file, line, $"{file.Path}{(line > 0 ? $" line {line}" : string.Empty)}: {why}", risk: risk);

    /// <summary>What a line lets the workflow do, or null.</summary>
    internal static string? Capability(string line, bool appVeyor)
    {
        var text = Meaningful(line);
        if (text.Length == 0)
        {
            return null;
        }

        if (SecretUse().Match(text) is { Success: true } secret)
        {
            return $"uses the secret '{secret.Value}'";
        }

        if (WriteScope().Match(text) is { Success: true } write)
        {
            return $"asks for '{write.Value.Trim().TrimStart('-').Trim()}'";
        }

        if (PrivilegedTrigger().Match(text) is { Success: true } trigger)
        {
            return $"runs on '{trigger.Value}' (with the base repository's credentials)";
        }

        if (SelfHosted().IsMatch(text))
        {
            return "runs on a self-hosted runner";
        }

        if (PublishCommand().Match(text) is { Success: true } publish)
        {
            return $"publishes or deploys ('{publish.Value.Trim()}')";
        }

        if (ActionUse().Match(text) is { Success: true } use && (DeployAction().IsMatch(use.Groups["action"].Value) || use.Groups["action"].Value.Contains(".github/workflows/", StringComparison.Ordinal)))
        {
            return use.Groups["action"].Value.Contains(".github/workflows/", StringComparison.Ordinal)
                ? $"calls the reusable workflow '{use.Groups["action"].Value}', which the edit does not show"
                : $"uses the deploy or publish action '{use.Groups["action"].Value}'";
        }

        if (appVeyor ? AppVeyorDeploy().IsMatch(text) : DeploymentJob().IsMatch(text))
        {
            return $"deploys ('{text.Trim()}')";
        }

        return null;
    }

    /// <summary>The capabilities of a whole definition, each with its line.</summary>
    private static List<(int Line, string Reason)> Capabilities(string? text, bool appVeyor)
    {
        var found = new List<(int Line, string Reason)>();
        if (text is null)
        {
            return found;
        }

        var all = InfrastructureCosmetics.Lines(text).ToList();
        for (var i = 0; i < all.Count; i++)
        {
            if (Capability(all[i], appVeyor) is { } reason)
            {
                found.Add((i + 1, reason));
            }
        }

        if (!appVeyor && !PermissionsBlock().IsMatch(text) && all.FindIndex(l => RepositoryToken().IsMatch(Meaningful(l))) is var token and >= 0)
        {
            found.Add((token + 1, "uses the repository token without a permissions: block that limits it"));
        }

        return found;
    }

    /// <summary>A GitHub permission scope line (read, write or none): changing it changes what the token can do.</summary>
    private static string? Permission(string line) =>
        PermissionScope().Match(Meaningful(line)) is { Success: true } scope ? $"sets '{scope.Value.Trim().TrimStart('-').Trim()}'" : null;

    /// <summary>A removed line whose key is still there but now switches a check off (true → false) or a skip on (false → true).</summary>
    private static bool Weakened(string removed, List<string> added)
    {
        if (KeyValue().Match(Body(removed)) is not { Success: true } old)
        {
            return false;
        }

        var key = old.Groups["key"].Value;
        var value = old.Groups["value"].Value.Trim().Trim('"', '\'');
        var now = added.Select(a => KeyValue().Match(Body(Meaningful(a)))).FirstOrDefault(m => m.Success && m.Groups["key"].Value == key);
        if (now is null)
        {
            return false;
        }

        var newValue = now.Groups["value"].Value.Trim().Trim('"', '\'');
        var skip = SkipKey().IsMatch(key);
        return (value, newValue) switch
        {
            ("true", "false") => !skip,
            ("false", "true") => skip,
            _ => false,
        };
    }

    /// <summary>Whether a removed line is replaced: the same key, the same action, the same command, the same list entries.</summary>
    private static bool HasCounterpart(string removed, List<string> added)
    {
        var body = Body(removed);
        var addedBodies = added.Select(a => Body(Meaningful(a))).ToList();
        if (addedBodies.Contains(body, StringComparer.Ordinal))
        {
            return true;
        }

        if (ActionUse().Match(body) is { Success: true } use)
        {
            return addedBodies.Any(a => ActionUse().Match(a) is { Success: true } now && now.Groups["action"].Value == use.Groups["action"].Value);
        }

        if (KeyValue().Match(body) is { Success: true } pair)
        {
            var key = pair.Groups["key"].Value;
            var value = pair.Groups["value"].Value.Trim();
            var same = addedBodies.Select(a => KeyValue().Match(a)).Where(m => m.Success && m.Groups["key"].Value == key).Select(m => m.Groups["value"].Value.Trim()).ToList();
            if (same.Count == 0)
            {
                return false;
            }

            if (FlowList().Match(value) is { Success: true } list)
            {
                var items = Items(list.Groups["items"].Value);
                return same.Any(v => FlowList().Match(v) is { Success: true } now && !items.Except(Items(now.Groups["items"].Value)).Any());
            }

            return !CommandKey().IsMatch(key) || value is "|" or ">" or "|-" or ">-" || added.Any(a => a.Contains(Head(value), StringComparison.Ordinal));
        }

        // a command inside a block, or a list entry: the same program and subcommand must still run
        var head = Head(body);
        return head.Contains(' ', StringComparison.Ordinal) && added.Any(a => a.Contains(head, StringComparison.Ordinal));
    }

    /// <summary>The action pins an edit moves: the same action removed and added with another ref.</summary>
    private static IEnumerable<(int Line, string Action, bool? Major)> Pins(IReadOnlyList<string> removed, List<(int Line, string Text)> added)
    {
        foreach (var (line, text) in added)
        {
            if (ActionUse().Match(text) is not { Success: true } now)
            {
                continue;
            }

            var action = now.Groups["action"].Value;
            var old = removed.FirstOrDefault(r => ActionUse().Match(r) is { Success: true } m && m.Groups["action"].Value == action);
            var oldRef = old is null ? null : ActionUse().Match(old).Groups["ref"].Value;
            if (old is null || oldRef == now.Groups["ref"].Value)
            {
                continue;
            }

            var (before, after) = (Major(old, oldRef!), Major(text, now.Groups["ref"].Value));
            yield return (line, action, before is null || after is null ? null : before != after);
        }
    }

    /// <summary>The major version a pin names: its ref (v4, v4.2.1) or, for a commit pin, its trailing comment (# v4.37.7).</summary>
    private static int? Major(string use, string reference)
    {
        var match = Sha().IsMatch(reference) ? PinComment().Match(use) : RefVersion().Match(reference);
        return match.Success ? int.Parse(match.Groups["major"].Value, System.Globalization.CultureInfo.InvariantCulture) : null;
    }

    private static IEnumerable<(int Line, string Text)> Added(ChangedFile file, LineChanges lines)
    {
        var text = file.NewText?.Replace("\r\n", "\n").Split('\n') ?? Array.Empty<string>();
        return lines.AddedLines.Order().Where(n => n - 1 < text.Length).Select(n => (n, text[n - 1])).Where(l => Meaningful(l.Item2).Length > 0);
    }

    private static string Meaningful(string line) => InfrastructureCosmetics.StripComment(line.TrimEnd()).TrimEnd();

    private static string Body(string line)
    {
        var trimmed = line.Trim();
        return trimmed.StartsWith("- ", StringComparison.Ordinal) ? trimmed[2..].TrimStart() : trimmed;
    }

    private static string Head(string command) => string.Join(' ', command.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(2));

    private static HashSet<string> Items(string items) => items.Split(',').Select(i => i.Trim().Trim('"', '\'')).Where(i => i.Length > 0).ToHashSet(StringComparer.Ordinal);

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..77] + "...";

    [GeneratedRegex(@"secrets\.(?!GITHUB_TOKEN\b)[A-Za-z_][A-Za-z0-9_]*|secrets\[|secrets:\s*inherit|\bsecure:\s*\S", RegexOptions.IgnoreCase)]
    private static partial Regex SecretUse();

    [GeneratedRegex(@"secrets\.GITHUB_TOKEN\b|\bgithub\.token\b", RegexOptions.IgnoreCase)]
    private static partial Regex RepositoryToken();

    [GeneratedRegex(@"^\s*permissions:", RegexOptions.Multiline)]
    private static partial Regex PermissionsBlock();

    [GeneratedRegex(@"^\s*(-\s*)?(permissions:\s*write-all|(actions|attestations|contents|deployments|discussions|id-token|issues|models|packages|pages|pull-requests|repository-projects|security-events):\s*write)\b")]
    private static partial Regex WriteScope();

    [GeneratedRegex(@"^\s*(-\s*)?(permissions:\s*(read-all|write-all|\{\s*\})|(actions|attestations|checks|contents|deployments|discussions|id-token|issues|models|packages|pages|pull-requests|repository-projects|security-events|statuses):\s*(read|write|none))\b")]
    private static partial Regex PermissionScope();

    [GeneratedRegex(@"\b(pull_request_target|workflow_run)\b")]
    private static partial Regex PrivilegedTrigger();

    [GeneratedRegex(@"\bself-hosted\b")]
    private static partial Regex SelfHosted();

    [GeneratedRegex(@"\b(dotnet\s+nuget\s+push|nuget(\.exe)?\s+push|docker\s+(push|login)|--push\b|gh\s+release|gh\s+pr\s+merge|(npm|yarn|pnpm)\s+publish|git\s+push|twine\s+upload|kubectl\s+(apply|delete|set|rollout|create|patch|scale)|helm\s+(upgrade|install|uninstall)|terraform\s+(apply|destroy)|az\s+(webapp|functionapp|deployment|storage|acr|aks|keyvault|login)|aws\s+(s3|deploy|ecr|ecs|lambda|cloudformation)|gcloud\s|netlify\s+deploy|vercel\s+deploy|wrangler\s+(deploy|publish))", RegexOptions.IgnoreCase)]
    private static partial Regex PublishCommand();

    [GeneratedRegex(@"^\s*(-\s*)?uses:\s*[""']?(?<action>[^@\s""']+)@(?<ref>[^\s""'#]+)")]
    private static partial Regex ActionUse();

    [GeneratedRegex(@"deploy|publish|release|login|push|gh-pages|pages|credentials", RegexOptions.IgnoreCase)]
    private static partial Regex DeployAction();

    /// <summary>AppVeyor: a deploy section that is not off, a deployment provider, a deploy script.</summary>
    [GeneratedRegex(@"^deploy:\s*(?!off\b)|^\s*-?\s*provider:|^\s*deploy_script:|^\s*(before|after)_deploy:")]
    private static partial Regex AppVeyorDeploy();

    /// <summary>GitHub deployment environments, Azure deployment jobs, service connections, variable groups and secret-named variables.</summary>
    [GeneratedRegex(@"^\s+(-\s*)?environment:|^\s*-?\s*deployment:|azureSubscription:|connectedServiceName|^\s*command:\s*['""]?push\b|^\s*-\s*group:|\$\([^)]*(secret|token|password|apikey|api_key)[^)]*\)", RegexOptions.IgnoreCase)]
    private static partial Regex DeploymentJob();

    [GeneratedRegex(@"continue-on-error:\s*(true|\$\{\{)|^\s*(-\s*)?if:\s*(\$\{\{\s*)?(false|0)\b|\|\|\s*(true|exit\s+0|:)\s*$|--no-verify|^\s*test:\s*off\b|--filter\b|\bskip[-_]?tests?\b|\bexit\s+0\b|ignore_errors|--exit-zero", RegexOptions.IgnoreCase)]
    private static partial Regex Weakening();

    [GeneratedRegex(@"continue|skip|ignore|allow|disable", RegexOptions.IgnoreCase)]
    private static partial Regex SkipKey();

    [GeneratedRegex(@"^(?<key>[A-Za-z0-9_.$\-]+):(\s+(?<value>.*))?$")]
    private static partial Regex KeyValue();

    [GeneratedRegex(@"^(run|script|ps|pwsh|cmd|bash|powershell|inlineScript|build_script|test_script|before_build|after_build|install)$")]
    private static partial Regex CommandKey();

    [GeneratedRegex(@"^\[(?<items>.*)\]$")]
    private static partial Regex FlowList();

    [GeneratedRegex(@"^[0-9a-f]{40}$")]
    private static partial Regex Sha();

    [GeneratedRegex(@"#\s*v?(?<major>\d+)(\.\d+)*")]
    private static partial Regex PinComment();

    [GeneratedRegex(@"^v?(?<major>\d+)(\.\d+)*$")]
    private static partial Regex RefVersion();
}
