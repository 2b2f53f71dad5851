using AutoMode.Tests;

namespace AutoMode.Package.Tests;

/// <summary>Packs the package once per test run into a private feed, with a version no cache has seen.</summary>
public static class PackageFixture
{
    /// <summary>Every folder of this test run (feed, consumer projects and their package folders) is under this one.</summary>
    private static readonly string RunRoot = Path.Combine(Path.GetTempPath(), "automode-e2e", Guid.NewGuid().ToString("N")[..8]);

    private static readonly Lazy<(string Feed, string Version, string Nupkg)> Packed = new(Pack);

    public static string RepositoryRoot { get; } = FindRoot();

    public static string Feed => Packed.Value.Feed;

    public static string Version => Packed.Value.Version;

    public static string Nupkg => Packed.Value.Nupkg;

    public static string NewTempDirectory(string name)
    {
        var path = Path.Combine(RunRoot, name + "-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(path);
        return path;
    }

    /// <summary>Deletes this run's folders, and those of runs killed half-way.</summary>
    public static void DeleteTempDirectories()
    {
        ScratchFolders.Delete(RunRoot);
        ScratchFolders.DeleteOlderThan(Path.GetDirectoryName(RunRoot)!, TimeSpan.FromHours(6));
    }

    private static (string, string, string) Pack()
    {
        var feed = NewTempDirectory("feed");
        var version = "0.0.0-e2e." + DateTime.UtcNow.ToString("yyyyMMddHHmmss") + "." + Guid.NewGuid().ToString("N")[..6];
        var result = DotNet.Run(
            RepositoryRoot,
            "pack", Path.Combine("src", "AutoMode.Package", "AutoMode.Package.csproj"),
            "-c", "Release", "-o", feed, "-p:Version=" + version, "-p:UseSharedCompilation=false", "-nodeReuse:false");
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException("dotnet pack failed:\n" + result.Output);
        }

        return (feed, version, Path.Combine(feed, $"AutoMode.Analyzers.{version}.nupkg"));
    }

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "AutoMode.Analyzers.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("repository root not found");
    }
}
