using Microsoft.CodeAnalysis;

namespace AutoMode.Analyzers.Tests.Infrastructure;

/// <summary>
/// Assemblies of packages the test project restores with <c>PackageDownload</c>, read straight from the global
/// package folder: for packages whose dependency graph the testing library's resolver cannot walk here.
/// </summary>
public static class GlobalPackages
{
    public static string Root { get; } = Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } configured
        ? configured
        : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");

    public static MetadataReference Assembly(string id, string version, string pathInPackage)
    {
        var path = Path.Combine(Root, id.ToLowerInvariant(), version, pathInPackage);
        Assert.That(File.Exists(path), Is.True, $"{path} is missing: restore tests/AutoMode.Analyzers.Tests (it downloads {id} {version}).");
        return MetadataReference.CreateFromFile(path);
    }
}
