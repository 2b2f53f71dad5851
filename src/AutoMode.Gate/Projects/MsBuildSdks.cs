using System.Text.Json;
using System.Xml.Linq;

namespace AutoMode.Gate.Projects;

/// <summary>
/// The MSBuild SDKs a project names (its <c>Sdk</c> attribute, <c>&lt;Sdk&gt;</c> elements, <c>&lt;Import Sdk&gt;</c> in the
/// project and in the nearest Directory.Build.props/.targets) and whether each can be resolved from this machine
/// alone: the .NET SDK's own <c>Sdks/</c> folder, an installed workload pack, or the NuGet global packages folder at
/// the version the reference or global.json's <c>msbuild-sdks</c> pins. An SDK that can only come from a feed is
/// "missing": evaluating it would make MSBuild's NuGet SDK resolver restore it over the network (and wait for its
/// time-outs when the feed cannot be reached), so the gate never lets it try.
/// </summary>
public static class MsBuildSdks
{
    /// <summary>MSBuild's NuGet SDK resolver reads this variable once per process; "1" turns it off.</summary>
    public const string DisableNuGetResolverVariable = "MSBUILDDISABLENUGETSDKRESOLVER";

    /// <summary>The SDK references of a project that cannot be resolved locally; empty when every one can.</summary>
    public static IReadOnlyList<MissingSdk> Missing(string projectPath, string? msbuildPath)
    {
        var missing = new List<MissingSdk>();
        var directory = Path.GetDirectoryName(projectPath)!;
        var pins = GlobalJsonPins(directory);
        foreach (var (reference, own, file) in References(projectPath))
        {
            var version = reference.Version ?? (pins.TryGetValue(reference.Name, out var pinned) ? pinned : null);
            if (!IsLocal(reference.Name, version, msbuildPath))
            {
                missing.Add(new MissingSdk(version is null ? reference.Name : $"{reference.Name}/{version}", own, Path.GetFileName(file), version is not null));
            }
        }

        return missing.DistinctBy(m => (m.Sdk, m.ProjectSdk)).ToList();
    }

    /// <summary>Turns MSBuild's NuGet SDK resolver off for this process (it is read once, at its first use).</summary>
    public static void DisableNuGetResolver() => Environment.SetEnvironmentVariable(DisableNuGetResolverVariable, "1");

    public static bool NuGetResolverDisabled => Environment.GetEnvironmentVariable(DisableNuGetResolverVariable) == "1";

    private static IEnumerable<(SdkName Reference, bool ProjectSdk, string File)> References(string projectPath)
    {
        foreach (var reference in Read(projectPath, projectSdk: true))
        {
            yield return (reference.Reference, reference.ProjectSdk, projectPath);
        }

        foreach (var name in new[] { "Directory.Build.props", "Directory.Build.targets" })
        {
            if (FileAbove(Path.GetDirectoryName(projectPath)!, name) is { } file)
            {
                foreach (var reference in Read(file, projectSdk: false))
                {
                    yield return (reference.Reference, false, file);
                }
            }
        }
    }

    private static IEnumerable<(SdkName Reference, bool ProjectSdk)> Read(string file, bool projectSdk)
    {
        XElement root;
        try
        {
            root = XDocument.Load(file).Root!;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Xml.XmlException)
        {
            yield break;
        }

        var primary = Split((string?)root.Attribute("Sdk")).ToList();
        foreach (var sdk in primary)
        {
            yield return (sdk, projectSdk);
        }

        // <Sdk Name="…"/> beside a Sdk attribute adds an SDK (Bitwarden.Server.Sdk next to Microsoft.NET.Sdk): without
        // it the project still has its items. Without a Sdk attribute, the elements are the project's SDKs.
        foreach (var element in root.Descendants().Where(e => e.Name.LocalName == "Sdk"))
        {
            if ((string?)element.Attribute("Name") is { Length: > 0 } name)
            {
                yield return (new SdkName(name.Trim(), NullIfEmpty((string?)element.Attribute("Version"))), projectSdk && primary.Count == 0);
            }
        }

        foreach (var import in root.Descendants().Where(e => e.Name.LocalName == "Import"))
        {
            // An SDK import the project makes itself (Sdk.props/Sdk.targets of another SDK) is optional to the code.
            foreach (var sdk in Split((string?)import.Attribute("Sdk")))
            {
                yield return (sdk with { Version = sdk.Version ?? NullIfEmpty((string?)import.Attribute("Version")) }, false);
            }
        }
    }

    /// <summary>"A;B/1.2.3;C/min=1.0" → names and versions.</summary>
    private static IEnumerable<SdkName> Split(string? value) =>
        (value ?? string.Empty).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(s => !s.Contains("$(", StringComparison.Ordinal))
            .Select(s =>
            {
                var slash = s.IndexOf('/');
                if (slash < 0)
                {
                    return new SdkName(s, null);
                }

                var version = s[(slash + 1)..];
                return new SdkName(s[..slash], version.StartsWith("min=", StringComparison.OrdinalIgnoreCase) ? version[4..] : version);
            });

    private static bool IsLocal(string name, string? version, string? msbuildPath)
    {
        if (msbuildPath is not null && Directory.Exists(Path.Combine(msbuildPath, "Sdks", name)))
        {
            return true;
        }

        if (Directory.Exists(Path.Combine(TargetingPacks.DotnetRoot, "packs", name)))
        {
            return true;
        }

        // Without a version MSBuild's NuGet resolver has nothing to look for; with one, only the local cache counts.
        return version is not null && PackageFolders().Any(folder =>
            File.Exists(Path.Combine(folder, name.ToLowerInvariant(), version.ToLowerInvariant(), ".nupkg.metadata")) ||
            Directory.Exists(Path.Combine(folder, name.ToLowerInvariant(), version.ToLowerInvariant(), "Sdk")));
    }

    private static IEnumerable<string> PackageFolders()
    {
        if (Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } configured)
        {
            yield return configured;
        }

        yield return Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
    }

    /// <summary>The <c>msbuild-sdks</c> versions of the nearest global.json above a folder.</summary>
    private static IReadOnlyDictionary<string, string> GlobalJsonPins(string directory)
    {
        var pins = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (FileAbove(directory, "global.json") is not { } file)
        {
            return pins;
        }

        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(file), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            if (document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("msbuild-sdks", out var sdks) && sdks.ValueKind == JsonValueKind.Object)
            {
                foreach (var sdk in sdks.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.String))
                {
                    pins[sdk.Name] = sdk.Value.GetString()!;
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
        {
        }

        return pins;
    }

    private static string? FileAbove(string directory, string name)
    {
        for (var current = directory; current is not null; current = Path.GetDirectoryName(current))
        {
            var candidate = Path.Combine(current, name);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private sealed record SdkName(string Name, string? Version);
}

/// <param name="Sdk">"Name" or "Name/version".</param>
/// <param name="ProjectSdk">The project's own SDK (without it the project has no Compile items), not an optional import.</param>
/// <param name="File">The file that names it (the project, Directory.Build.props…).</param>
/// <param name="Pinned">Whether a version is known (from the reference or global.json): then only a feed could bring it.</param>
public sealed record MissingSdk(string Sdk, bool ProjectSdk, string File, bool Pinned);
