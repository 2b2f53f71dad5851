using NuGet.Common;
using NuGet.Frameworks;
using NuGet.ProjectModel;

namespace AutoMode.Gate.Projects;

/// <summary>
/// The compile-time references of a project as its last restore left them: package compile assets from
/// <c>obj/project.assets.json</c> (read with NuGet's own <see cref="LockFileFormat"/>) and the targeting packs of its
/// framework references from the SDK's <c>packs/</c> folder (or the NuGet cache, where restore put them).
/// </summary>
public static class ReferenceResolver
{
    public static ResolvedReferences Resolve(EvaluatedProject project)
    {
        var notes = new List<string>();
        var paths = new List<string>();
        var framework = project.TargetFramework is null ? null : NuGetFramework.Parse(project.TargetFramework);
        var packageFolders = new List<string>();
        var netStandard = false;

        if (project.AssetsFile is { } assets && File.Exists(assets) && framework is not null)
        {
            var lockFile = LockFileUtilities.GetLockFile(assets, NullLogger.Instance);
            packageFolders.AddRange(lockFile.PackageFolders.Select(f => f.Path));
            // Only what left a package out: not a warning made an error that still resolved a package (NU1603: a
            // higher version than asked; NU19xx: a vulnerable version) — those restores are complete for the gate.
            var errors = lockFile.LogMessages.Where(m => m.Level == LogLevel.Error && !ResolvedAnyway(m.Code)).ToList();
            if (errors.Count > 0)
            {
                // A partial restore: the assets file is written with what resolved; the rest is missing.
                notes.Add($"restore incomplete ({errors.Count} error{(errors.Count == 1 ? string.Empty : "s")}): " +
                    string.Join("; ", errors.Take(3).Select(m => $"{m.Code}: {m.Message.ReplaceLineEndings(" ")}")) +
                    "; analyzed with the packages that did restore");
            }

            var target = lockFile.GetTarget(framework, runtimeIdentifier: null) ?? lockFile.Targets.FirstOrDefault(t => t.RuntimeIdentifier is null);
            if (target is null)
            {
                notes.Add($"{Path.GetFileName(assets)} has no target for {project.TargetFramework}; packages are not referenced");
            }
            else
            {
                foreach (var library in target.Libraries.Where(l => l.Type == "package"))
                {
                    var info = lockFile.GetLibrary(library.Name, library.Version);
                    if (info?.Path is null)
                    {
                        continue;
                    }

                    if (string.Equals(library.Name, "NETStandard.Library", StringComparison.OrdinalIgnoreCase) && framework.Framework == FrameworkConstants.FrameworkIdentifiers.NetStandard)
                    {
                        // netstandard2.0's reference assemblies come from this package's build folder, not its compile assets.
                        var reference = packageFolders.Select(f => Path.Combine(f, info.Path, "build", framework.GetShortFolderName(), "ref")).FirstOrDefault(Directory.Exists);
                        if (reference is not null)
                        {
                            paths.AddRange(Directory.EnumerateFiles(reference, "*.dll"));
                            netStandard = true;
                        }
                    }

                    foreach (var asset in library.CompileTimeAssemblies)
                    {
                        if (Path.GetFileName(asset.Path) == "_._")
                        {
                            continue;
                        }

                        var file = packageFolders.Select(f => Path.Combine(f, info.Path, asset.Path)).FirstOrDefault(File.Exists);
                        if (file is not null)
                        {
                            paths.Add(file);
                        }
                    }
                }
            }
        }
        else
        {
            var families = PackageFamilies.For(project.PackageReferences);
            notes.Add("not restored (no obj/project.assets.json): compiled against the framework only" +
                (families.Count > 0 ? "; rules that cannot see their packages' types: " + string.Join(", ", families) : string.Empty) +
                "; run `dotnet restore`");
        }

        var frameworkReferences = project.FrameworkReferences.Count > 0 ? project.FrameworkReferences : netStandard ? Array.Empty<string>() : new[] { "Microsoft.NETCore.App" };
        foreach (var name in frameworkReferences)
        {
            var pack = TargetingPacks.Find(name, framework, project.TargetingPackRoot, packageFolders);
            if (pack is null)
            {
                if (name == "Microsoft.NETCore.App")
                {
                    notes.Add($"no targeting pack for {project.TargetFramework ?? "its framework"}; compiled against the running runtime's assemblies");
                    paths.AddRange(TargetingPacks.RunningRuntime());
                }
                else
                {
                    notes.Add($"no targeting pack {name}.Ref for {project.TargetFramework}");
                }

                continue;
            }

            paths.AddRange(Directory.EnumerateFiles(pack, "*.dll"));
        }

        paths.AddRange(project.AssemblyReferences.Where(File.Exists));
        return new ResolvedReferences(Dedupe(paths), notes);
    }

    private static bool ResolvedAnyway(NuGetLogCode code) =>
        (int)code is >= 1600 and < 1700 or >= 1900 and < 2000;

    /// <summary>One assembly per simple name (the first wins: packages before the framework's facades would be odd, so framework first).</summary>
    private static IReadOnlyList<string> Dedupe(IEnumerable<string> paths) =>
        paths.GroupBy(p => Path.GetFileNameWithoutExtension(p), StringComparer.OrdinalIgnoreCase).Select(g => g.Last()).ToList();
}

public sealed record ResolvedReferences(IReadOnlyList<string> Paths, IReadOnlyList<string> Notes);
