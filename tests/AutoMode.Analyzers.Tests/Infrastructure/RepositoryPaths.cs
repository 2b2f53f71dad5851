namespace AutoMode.Analyzers.Tests.Infrastructure;

/// <summary>Paths in the repository the tests run from.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Docs => Path.Combine(Root, "docs", "rules");

    public static string Readme => Path.Combine(Root, "README.md");

    public static string AnalyzerProject => Path.Combine(Root, "src", "AutoMode.Analyzers");

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "AutoMode.Analyzers.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("AutoMode.Analyzers.sln not found above " + AppContext.BaseDirectory);
    }
}
