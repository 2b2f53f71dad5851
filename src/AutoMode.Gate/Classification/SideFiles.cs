using System.Text.RegularExpressions;
using AutoMode.Gate.Git;
using AutoMode.Gate.Model;

namespace AutoMode.Gate.Classification;

/// <summary>
/// The files around the code, each judged by what it is and, where it decides, by what changed in it: front-end code
/// and styles, translations and resources, images and fonts, editor and lint settings, test data, npm manifests and
/// lock files, SDK and tool versions, developer scripts. A secret-shaped value on an added line of any of them is
/// Critical (AMG301). A kind the gate does not know stays Medium, its extension named.
/// </summary>
public static partial class SideFiles
{
    public static IEnumerable<Finding> Classify(ChangedFile file, string kind, LineChanges lines, DependencyRules dependencies, Func<string, string?>? setting = null)
    {
        if (!file.Binary && kind != FileKinds.NpmLock && ConfigurationClassifier.Secrets(file, lines, setting ?? (_ => null)) is { Count: > 0 } secrets)
        {
            return secrets;
        }

        return kind switch
        {
            FileKinds.FrontEnd => FrontEnd(file, lines),
            FileKinds.Styles => One(GateRules.StyleChange, file, $"{file.Path} is a style sheet: it changes how pages look, not what they do."),
            FileKinds.Resources => Resource(file),
            FileKinds.Images => Image(file, lines),
            FileKinds.EditorSettings => EditorSettings(file, lines),
            FileKinds.TestData => One(GateRules.TestDataChange, file, $"{file.Path} is test data: it is read by tests, not shipped."),
            FileKinds.NpmManifest => NpmManifest(file, dependencies),
            FileKinds.NpmLock => NpmLock(file, lines),
            FileKinds.SdkPin => SdkPins(file, dependencies),
            FileKinds.DeveloperScript => ScriptCommands.Script(file, lines),
            FileKinds.DevEnvironment => DevContainer(file, lines),
            FileKinds.Backup => One(GateRules.BackupCopyChange, file, $"{file.Path} is a backup copy: nothing builds, runs or reads it."),
            FileKinds.Solution => One(GateRules.SolutionChange, file, $"{file.Path} is a solution file: it lists the projects an IDE opens and a solution build builds; each project is judged in its own files."),
            _ => Other(file),
        };
    }

    private static IEnumerable<Finding> FrontEnd(ChangedFile file, LineChanges lines) =>
        FrontEndChanges.Find(file, lines) is { } found
            ? new[] { GateRules.SensitiveFrontEndChange.At(file, found.Line, $"{file.Path}{(found.Line > 0 ? $" line {found.Line}" : string.Empty)}: {found.What}.") }
            : One(GateRules.FrontEndChange, file, $"{file.Path} is front-end code; the changed lines touch no authentication or session flow, service address or unsafe markup/script sink.");

    /// <summary>
    /// Strings, designer values and file references: text and pictures, not behaviour. (A BinaryFormatter blob in a
    /// .resx is not read by .NET 8+ unless the application opts in, so it is not singled out.)
    /// </summary>
    private static IEnumerable<Finding> Resource(ChangedFile file) =>
        One(GateRules.ResourceChange, file, $"{file.Path} holds translations or resources: text, not behaviour.");

    /// <summary>An SVG that gains a script, an event handler or a javascript: link runs code in the page; any other image or font is Low.</summary>
    private static IEnumerable<Finding> Image(ChangedFile file, LineChanges lines) =>
        !file.Binary && Added(file, lines).FirstOrDefault(l => SvgScript().IsMatch(l.Text)) is { Text: not null } script
            ? new[] { GateRules.ActiveContent.At(file, script.Line, $"{file.Path} line {script.Line}: the image gains a script or an event handler, which runs in the page that shows it.") }
            : One(GateRules.ImageChange, file, $"{file.Path} is an image or a font.");

    /// <summary>A .gitignore that stops ignoring secret or environment files lets them be committed; other editor and lint settings are Low.</summary>
    private static IEnumerable<Finding> EditorSettings(ChangedFile file, LineChanges lines)
    {
        if (file.Name.Equals(".gitignore", StringComparison.OrdinalIgnoreCase) || file.Name.Equals(".dockerignore", StringComparison.OrdinalIgnoreCase))
        {
            var added = Added(file, lines).Select(l => l.Text.Trim()).ToList();
            var unignored = lines.RemovedLines.Select(l => l.Trim()).Where(l => !added.Contains(l)).Concat(added.Where(l => l.StartsWith('!')))
                .FirstOrDefault(l => SecretPattern().IsMatch(l));
            if (unignored is not null)
            {
                return new[] { GateRules.ActiveContent.At(file, 0, $"{file.Path}: '{unignored}' no longer keeps secret or environment files out of {(file.Name.StartsWith(".git", StringComparison.Ordinal) ? "git" : "the image")}.") };
            }
        }

        return One(GateRules.EditorSettingsChange, file, $"{file.Path} holds editor, lint or ignore settings: they change no built output.");
    }

    /// <summary>
    /// A dev container sets up the developer's machine, not what ships: Low, unless the change adds a host mount, a
    /// privileged or capability-raising run argument, a command that runs on the host (<c>initializeCommand</c>) or
    /// secrets and host environment values handed to the container.
    /// </summary>
    private static IEnumerable<Finding> DevContainer(ChangedFile file, LineChanges lines) =>
        Added(file, lines).FirstOrDefault(l => DevContainerRisk().IsMatch(l.Text)) is { Text: not null } risky
            ? new[] { GateRules.ActiveContent.At(file, risky.Line, $"{file.Path} line {risky.Line}: the dev container gains '{risky.Text.Trim()}' (a host mount, privileged run argument, host command or secret).") }
            : One(GateRules.EditorSettingsChange, file, $"{file.Path} is a dev container definition: the developer's environment (image, features, extensions, settings), not what ships.");

    private static IEnumerable<Finding> NpmManifest(ChangedFile file, DependencyRules rules)
    {
        var before = PackageVersions.FromPackageJson(file.OldText);
        var after = PackageVersions.FromPackageJson(file.NewText);
        if (before is null || after is null)
        {
            return One(GateRules.ProjectFileChange, file, $"{file.Name} is not well-formed JSON; the dependency change cannot be classified.");
        }

        var findings = DependencyClassifier.Compare(file, before.Value.Packages, after.Value.Packages, rules, _ => 0).ToList();
        var scripts = before.Value.Scripts.Keys.Union(after.Value.Scripts.Keys)
            .Where(k => !before.Value.Scripts.TryGetValue(k, out var o) || !after.Value.Scripts.TryGetValue(k, out var n) || o != n)
            .ToList();
        if (scripts.Count > 0)
        {
            findings.Add(ScriptCommands.NpmScripts(file, before.Value.Scripts, after.Value.Scripts, scripts));
        }

        if (findings.Count == 0)
        {
            findings.Add(GateRules.DocumentationSettingsChange.At(file, 0, $"{file.Name}: no dependency or script changed (name, version, metadata or tool settings only)."));
        }

        return findings;
    }

    /// <summary>A lock file follows its manifest (judged there); a package resolved from a registry other than npm's or yarn's is High.</summary>
    private static IEnumerable<Finding> NpmLock(ChangedFile file, LineChanges lines)
    {
        foreach (var (line, text) in Added(file, lines))
        {
            var resolved = Resolved().Match(text);
            if (resolved.Success && !DefaultRegistry().IsMatch(resolved.Groups["host"].Value))
            {
                return new[] { GateRules.PackageSourceChanged.At(file, line, $"{file.Path} line {line}: a package is resolved from {resolved.Groups["host"].Value}, not the public npm registry: a supply-chain change.") };
            }
        }

        return One(GateRules.NpmLockChange, file, $"{file.Path} is a lock file: the resolved versions follow package.json, whose change is judged on its own; every package comes from the public registry.");
    }

    private static IEnumerable<Finding> SdkPins(ChangedFile file, DependencyRules rules)
    {
        var before = PackageVersions.FromSdkPins(file.OldText);
        var after = PackageVersions.FromSdkPins(file.NewText);
        if (before is null || after is null)
        {
            return One(GateRules.ProjectFileChange, file, $"{file.Name} is not well-formed JSON; the SDK or tool change cannot be classified.");
        }

        var findings = DependencyClassifier.Compare(file, before, after, rules, _ => 0).ToList();
        return findings.Count > 0 ? findings
            : string.Equals(Whitespace().Replace(file.OldText ?? string.Empty, string.Empty), Whitespace().Replace(file.NewText ?? string.Empty, string.Empty), StringComparison.Ordinal)
            ? new[] { GateRules.ProjectFileChange.At(file, 0, $"{file.Name}: only whitespace changed (indentation, line ends, the final newline).", risk: RiskLevel.Low) }
            : One(GateRules.ProjectFileChange, file, $"{file.Name}: SDK or tool settings changed (roll-forward, commands), not their versions.");
    }

    private static IEnumerable<Finding> Other(ChangedFile file)
    {
        if (FileKinds.LooksLikeKubernetes(file.NewText) || FileKinds.LooksLikeKubernetes(file.OldText))
        {
            return One(GateRules.InfrastructureChange, file, $"{file.Path} is a Kubernetes manifest: it changes what runs in production.");
        }

        var extension = Path.GetExtension(file.Name);
        var what = extension.Length > 0 ? $"'{extension}' files are" : "a file without an extension is";
        return file.Binary
            ? One(GateRules.BinaryChange, file, $"{file.Path} is a binary file ({what} not a kind the gate classifies): the gate cannot see what changed.")
            : One(GateRules.OtherChange, file, $"{file.Path}: {what} not a kind of file the gate classifies.");
    }

    private static IEnumerable<(int Line, string Text)> Added(ChangedFile file, LineChanges lines)
    {
        var text = file.NewText?.Split('\n') ?? Array.Empty<string>();
        return lines.AddedLines.Order().Where(n => n - 1 < text.Length).Select(n => (n, text[n - 1]));
    }

    private static Finding[] One(GateRule rule, ChangedFile file, string message) => new[] { rule.At(file, 0, message) };

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"""(mounts|workspaceMount|privileged|capAdd|securityOpt|initializeCommand|secrets)""|--privileged|--cap-add|--network[= ]host|--pid[= ]host|(^|[\s""'])(-v|--volume|--mount)[\s=""']|\$\{localEnv:|docker\.sock", RegexOptions.IgnoreCase)]
    private static partial Regex DevContainerRisk();

    [GeneratedRegex(@"<script\b|\bon[a-z]+\s*=|javascript:|<foreignObject\b", RegexOptions.IgnoreCase)]
    private static partial Regex SvgScript();

    [GeneratedRegex(@"\.env\b|secret|\.pfx|\.pem|\.key\b|credential|appsettings\.(production|local)|\.publishsettings|id_rsa", RegexOptions.IgnoreCase)]
    private static partial Regex SecretPattern();

    [GeneratedRegex(@"""?resolved""?\s*[:=]?\s*""?https?://(?<host>[^/""\s]+)|resolution:\s*\{?\s*tarball:\s*https?://(?<host>[^/""\s]+)", RegexOptions.IgnoreCase)]
    private static partial Regex Resolved();

    [GeneratedRegex(@"^(registry\.npmjs\.org|registry\.yarnpkg\.com|registry\.npmmirror\.com|codeload\.github\.com)$", RegexOptions.IgnoreCase)]
    private static partial Regex DefaultRegistry();
}
