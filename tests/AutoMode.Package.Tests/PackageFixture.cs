namespace AutoMode.Package.Tests;

/// <summary>Packs the package once per test run into a private feed, with a version no cache has seen.</summary>
public static class PackageFixture
{
    private static readonly Lazy<(string Feed, string Version, string Nupkg)> Packed = new(Pack);

    public static string RepositoryRoot { get; } = FindRoot();

    public static string Feed => Packed.Value.Feed;

    public static string Version => Packed.Value.Version;

    public static string Nupkg => Packed.Value.Nupkg;

    public static string NewTempDirectory(string name)
    {
        var path = Path.Combine(Path.GetTempPath(), "automode-e2e", name + "-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(path);
        return path;
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
