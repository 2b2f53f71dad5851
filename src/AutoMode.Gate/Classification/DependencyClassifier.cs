using AutoMode;
using AutoMode.Gate.Git;
using AutoMode.Gate.Model;
using NuGet.Versioning;

namespace AutoMode.Gate.Classification;

/// <summary>
/// Dependency changes in project files, Directory.Packages.props and packages.lock.json (and, through
/// <see cref="Bump"/>, package.json, global.json and dotnet-tools.json), compared with NuGet.Versioning: patch and
/// minor Low — minor Medium when the package is security-sensitive, the bump spans three or more minor releases or
/// crosses a known breaking release (<see cref="DependencyRules"/>) — the project's own packages Low, major or
/// prerelease High, added or removed package Medium. Other edits
/// of an MSBuild file (properties, items, targets) are "build settings changed", Medium, or Low when they only touch
/// documentation and package metadata settings (<see cref="MsBuildSettings"/>).
/// </summary>
public static class DependencyClassifier
{
    public static IEnumerable<Finding> Classify(ChangedFile file, DependencyRules rules)
    {
        var lockFile = string.Equals(file.Name, "packages.lock.json", StringComparison.OrdinalIgnoreCase);
        var before = lockFile ? PackageVersions.FromLockFile(file.OldText) : PackageVersions.FromMsBuild(file.OldText);
        var after = lockFile ? PackageVersions.FromLockFile(file.NewText) : PackageVersions.FromMsBuild(file.NewText);
        if (before is null || after is null)
        {
            yield return GateRules.ProjectFileChange.At(file, 0, $"{file.Name} is not well-formed {(lockFile ? "JSON" : "XML")}; the dependency change cannot be classified.");
            yield break;
        }

        var centralOnly = lockFile ? new HashSet<string>() : PackageVersions.CentralVersionsOnly(file.NewText);
        var testProject = !lockFile && IsTestProject(file);
        string? LowAddition(string id) =>
            centralOnly.Contains(id) ? "is only given a central version: no project references it in this file; the PackageReference that uses it is judged in its project"
            : testProject ? $"is added to the test project {file.Name}: it runs in the tests, not in what ships"
            : null;

        foreach (var finding in Compare(file, before, after, rules, id => LineOf(file.NewText, id), LowAddition))
        {
            yield return finding;
        }

        if (!lockFile && file.OldText is not null && file.NewText is not null &&
            !string.Equals(PackageVersions.WithoutPackages(file.OldText), PackageVersions.WithoutPackages(file.NewText), StringComparison.Ordinal))
        {
            yield return string.Equals(PackageVersions.WithoutReferences(file.OldText), PackageVersions.WithoutReferences(file.NewText), StringComparison.Ordinal)
                ? GateRules.ProjectReferenceChange.At(file, 0, $"{file.Name}: only project references changed: code of the same repository, judged where it changes.")
                : MsBuildSettings.IsDocumentationOnly(file.OldText, file.NewText, out var changed)
                ? GateRules.DocumentationSettingsChange.At(file, 0, $"{file.Name}: only documentation and package metadata settings changed ({changed}).")
                : GateRules.ProjectFileChange.At(file, 0, $"{file.Name}: build properties, items or targets changed.");
        }
    }

    /// <summary>Added, removed and changed versions of two id → version maps (MSBuild, lock, package.json, SDK pins).</summary>
    public static IEnumerable<Finding> Compare(ChangedFile file, IReadOnlyDictionary<string, string> before, IReadOnlyDictionary<string, string> after, DependencyRules rules, Func<string, int> lineOf, Func<string, string?>? lowAddition = null)
    {
        foreach (var (id, version) in after.OrderBy(p => p.Key, StringComparer.OrdinalIgnoreCase))
        {
            var line = lineOf(id);
            if (!before.TryGetValue(id, out var old) && lowAddition?.Invoke(id) is { } low)
            {
                yield return GateRules.PackageAdded.At(file, line, $"Package '{id}' {Display(version)} {low}.", risk: RiskLevel.Low);
            }
            else if (!before.TryGetValue(id, out old))
            {
                yield return GateRules.PackageAdded.At(file, line, $"Package '{id}' {Display(version)} is added: new code runs in the build and at run time.");
            }
            else if (!string.Equals(old, version, StringComparison.OrdinalIgnoreCase))
            {
                yield return Bump(file, line, id, old, version, rules);
            }
        }

        foreach (var id in before.Keys.Where(k => !after.ContainsKey(k)).OrderBy(k => k, StringComparer.OrdinalIgnoreCase))
        {
            yield return GateRules.PackageRemoved.At(file, 0, $"Package '{id}' {Display(before[id])} is removed: code that used it may now fail to build or behave differently.");
        }
    }

    /// <summary>How big a version change is (patch, minor, major, prerelease) and whether the package needs a person anyway.</summary>
    public static Finding Bump(ChangedFile file, int line, string id, string oldText, string newText, DependencyRules rules)
    {
        var old = Parse(oldText);
        var @new = Parse(newText);
        if (old is null || @new is null)
        {
            return GateRules.UnparsableVersion.At(file, line, $"Package '{id}' changes from '{oldText}' to '{newText}'; the versions cannot be compared.");
        }

        var direction = @new < old ? "downgrade" : "update";
        var change = $"Package '{id}' {direction} {old} → {@new}";
        if (@new.IsPrerelease && !rules.IsOwn(id))
        {
            return GateRules.PrereleaseVersion.At(file, line, $"{change} is a prerelease: unstable APIs and behaviour.");
        }

        if (@new.Major != old.Major)
        {
            return GateRules.MajorBump.At(file, line, $"{change} is a major {direction}: breaking changes are allowed by semantic versioning.");
        }

        if (rules.IsOwn(id))
        {
            return GateRules.OwnPackageUpdate.At(file, line, $"{change}: the project's own package (same name prefix as the repository's projects, or listed in {DependencyRules.OwnKey}).");
        }

        if (DependencyRules.CrossesBreaking(id, old, @new) is { } breaking)
        {
            return GateRules.KnownBreakingRelease.At(file, line, $"{change} crosses a known breaking release: {breaking}.");
        }

        if (@new.Minor == old.Minor && !FeatureBandChanged(id, old, @new))
        {
            return GateRules.PatchBump.At(file, line, $"{change} is a patch {direction}.");
        }

        if (rules.SensitiveBecause(id) is { } why)
        {
            return GateRules.SensitiveMinorBump.At(file, line, $"{change} is a minor {direction} of a security-sensitive package ({why}): a person should read its release notes.");
        }

        var steps = Math.Abs(@new.Minor - old.Minor);
        if (@new < old)
        {
            return GateRules.MinorBump.At(file, line, $"{change} is a minor downgrade: fixed bugs can come back.", risk: RiskLevel.Medium);
        }

        return steps >= 3
            ? GateRules.ManyMinorsBump.At(file, line, $"{change} spans {steps} minor releases: new behaviour and deprecations add up.")
            : GateRules.MinorBump.At(file, line, $"{change} is a minor {direction}: compatible by semantic versioning.");
    }

    /// <summary>
    /// A test project by its own file: named like one (<c>*.Tests.csproj</c>, <c>*.Test.csproj</c>, <c>*.Specs.csproj</c>),
    /// saying <c>IsTestProject</c>, or referencing a test framework (what Microsoft.NET.Test.Sdk would set once restored).
    /// </summary>
    private static bool IsTestProject(ChangedFile file)
    {
        var name = Path.GetFileNameWithoutExtension(file.Name);
        if (!file.Name.EndsWith("proj", StringComparison.OrdinalIgnoreCase) || file.NewText is null)
        {
            return false;
        }

        return name.EndsWith(".Tests", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".Test", StringComparison.OrdinalIgnoreCase) ||
               name.EndsWith("UnitTests", StringComparison.OrdinalIgnoreCase) || name.EndsWith("IntegrationTests", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".Specs", StringComparison.OrdinalIgnoreCase) ||
               file.NewText.Contains("<IsTestProject>true</IsTestProject>", StringComparison.OrdinalIgnoreCase) ||
               (PackageVersions.FromMsBuild(file.NewText) ?? new Dictionary<string, string>()).Keys.Any(Projects.ProjectEvaluator.TestFrameworkPackages.Contains);
    }

    /// <summary>The .NET SDK's feature band is its patch hundreds (10.0.1xx → 10.0.2xx): a new compiler and MSBuild.</summary>
    private static bool FeatureBandChanged(string id, NuGetVersion old, NuGetVersion @new) =>
        string.Equals(id, PackageVersions.DotNetSdk, StringComparison.Ordinal) && old.Patch / 100 != @new.Patch / 100;

    private static NuGetVersion? Parse(string text)
    {
        if (NuGetVersion.TryParse(text, out var version))
        {
            return version;
        }

        return VersionRange.TryParse(text, out var range) ? range.MinVersion ?? range.MaxVersion : null;
    }

    private static string Display(string version) => string.IsNullOrEmpty(version) ? "(no version)" : version;

    private static int LineOf(string? text, string id)
    {
        if (text is null)
        {
            return 0;
        }

        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Contains('"' + id + '"', StringComparison.OrdinalIgnoreCase))
            {
                return i + 1;
            }
        }

        return 0;
    }
}
