using System.Runtime.InteropServices;
using NuGet.Frameworks;
using NuGet.Versioning;

namespace AutoMode.Gate.Projects;

/// <summary>Reference assemblies of a shared framework (<c>Microsoft.NETCore.App.Ref</c>, <c>Microsoft.AspNetCore.App.Ref</c>…).</summary>
public static class TargetingPacks
{
    /// <summary>The folder of the running .NET installation (the one that holds <c>shared/</c> and <c>packs/</c>).</summary>
    public static string DotnetRoot { get; } = FindDotnetRoot();

    /// <summary>The folder with the reference assemblies of <paramref name="name"/> for a framework, or null.</summary>
    public static string? Find(string name, NuGetFramework? framework, string? packsRoot, IEnumerable<string> packageFolders)
    {
        var tfm = framework?.GetShortFolderName() ?? RunningTfm;
        var roots = new List<string>();
        if (packsRoot is not null)
        {
            roots.Add(Path.Combine(packsRoot, name + ".Ref"));
        }

        roots.Add(Path.Combine(DotnetRoot, "packs", name + ".Ref"));
        roots.AddRange(packageFolders.Select(f => Path.Combine(f, (name + ".Ref").ToLowerInvariant())));
        foreach (var root in roots.Where(Directory.Exists))
        {
            var best = Directory.EnumerateDirectories(root)
                .Select(d => (Dir: d, Version: NuGetVersion.TryParse(Path.GetFileName(d), out var v) ? v : null))
                .Where(x => x.Version is not null && Directory.Exists(Path.Combine(x.Dir, "ref", tfm)))
                .OrderByDescending(x => x.Version)
                .FirstOrDefault();
            if (best.Dir is not null)
            {
                return Path.Combine(best.Dir, "ref", tfm);
            }
        }

        return null;
    }

    /// <summary>The framework reference assemblies of the running runtime (its targeting pack, else its implementation assemblies).</summary>
    public static IReadOnlyList<string> ForRunningRuntime()
    {
        var version = RuntimeEnvironment.GetSystemVersion().TrimStart('v');
        var exact = Path.Combine(DotnetRoot, "packs", "Microsoft.NETCore.App.Ref", version, "ref", RunningTfm);
        var folder = Directory.Exists(exact) ? exact : Find("Microsoft.NETCore.App", NuGetFramework.Parse(RunningTfm), null, Array.Empty<string>());
        return folder is not null ? Directory.EnumerateFiles(folder, "*.dll").ToList() : RunningRuntime();
    }

    /// <summary>The running runtime's own assemblies (used only when no targeting pack is installed).</summary>
    public static IReadOnlyList<string> RunningRuntime() =>
        ((string?)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Where(p => Path.GetDirectoryName(p) == RuntimeEnvironment.GetRuntimeDirectory().TrimEnd(Path.DirectorySeparatorChar))
            .ToList();

    private static string RunningTfm => $"net{Environment.Version.Major}.{Environment.Version.Minor}";

    private static string FindDotnetRoot()
    {
        // <root>/shared/Microsoft.NETCore.App/<version>/
        var runtimeDirectory = RuntimeEnvironment.GetRuntimeDirectory().TrimEnd(Path.DirectorySeparatorChar);
        return Path.GetFullPath(Path.Combine(runtimeDirectory, "..", "..", ".."));
    }
}
