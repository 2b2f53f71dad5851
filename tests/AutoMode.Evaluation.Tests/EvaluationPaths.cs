namespace AutoMode.Evaluation.Tests;

public static class EvaluationPaths
{
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string Root { get; } = Path.Combine(RepositoryRoot, "tests", "AutoMode.Evaluation");

    public static string Corpus => Path.Combine(Root, "Corpus");

    /// <summary>Cases written after the product was tuned, measured apart from the corpus (see the corpus README).</summary>
    public static string Holdout => Path.Combine(Root, "Holdout");

    public static string Stacks => Path.Combine(Root, "Stacks");

    private static string FindRepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "AutoMode.Analyzers.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("AutoMode.Analyzers.sln not found above " + AppContext.BaseDirectory);
    }
}
