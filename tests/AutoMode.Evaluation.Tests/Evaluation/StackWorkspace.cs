namespace AutoMode.Evaluation.Tests.Evaluation;

/// <summary>
/// A stack copied to a temp folder, restored once and committed as the base of every case that uses it. A case is
/// applied on top (before/ committed, after/ left as the uncommitted change) and the workspace is reset after it.
/// </summary>
internal sealed class StackWorkspace
{
    private readonly string _baseCommit;

    private StackWorkspace(string name, string repository, string baseCommit, string restoreOutput)
    {
        Name = name;
        Repository = repository;
        _baseCommit = baseCommit;
        RestoreOutput = restoreOutput;
    }

    public string Name { get; }

    public string Repository { get; }

    public string RestoreOutput { get; }

    public static StackWorkspace Prepare(string stack, string root, string? feed, string annotationsProject)
    {
        var repository = Path.Combine(root, stack);
        CopyDirectory(Path.Combine(EvaluationPaths.Stacks, stack), repository);

        // The stacks live under tests/AutoMode.Evaluation, whose Directory.Build.* files isolate them from the
        // repository's; copied out, they need the same isolation from anything above the temp folder.
        // The library-annotated stack references the real AutoMode.Annotations project through this property;
        // set it for every evaluation of the project (restore, and the gate's own MSBuild evaluation).
        if (!File.Exists(Path.Combine(repository, "Directory.Build.props")))
        {
            File.WriteAllText(Path.Combine(repository, "Directory.Build.props"), $"""
                <Project>
                  <PropertyGroup>
                    <AutoModeAnnotationsProject>{annotationsProject}</AutoModeAnnotationsProject>
                  </PropertyGroup>
                </Project>
                """);
        }

        if (!File.Exists(Path.Combine(repository, "Directory.Build.targets")))
        {
            File.WriteAllText(Path.Combine(repository, "Directory.Build.targets"), "<Project />\n");
        }

        if (feed is not null && !File.Exists(Path.Combine(repository, "nuget.config")))
        {
            File.WriteAllText(Path.Combine(repository, "nuget.config"), $"""
                <?xml version="1.0" encoding="utf-8"?>
                <configuration>
                  <packageSources>
                    <add key="automode-local" value="{feed}" />
                  </packageSources>
                </configuration>
                """);
        }

        var restore = Shell.Run(repository, "dotnet", "restore", "-p:AutoModeAnnotationsProject=" + annotationsProject, "--packages", Path.Combine(root, ".packages"));
        Shell.Git(repository, "init", "-q", "-b", "main");
        Shell.Git(repository, "add", "-A");
        Shell.Git(repository, "commit", "-q", "-m", "stack " + stack);
        var head = Shell.Git(repository, "rev-parse", "HEAD").Trim();
        return new StackWorkspace(stack, repository, head, restore.ExitCode == 0 ? string.Empty : restore.Output);
    }

    /// <summary>Lays the case's before state over the stack (committed) and its after state as the working tree.</summary>
    public void Apply(string beforeDirectory, string afterDirectory)
    {
        Reset();
        var before = Files(beforeDirectory);
        var after = Files(afterDirectory);
        if (before.Count > 0)
        {
            foreach (var file in before)
            {
                CopyFile(Path.Combine(beforeDirectory, file), Path.Combine(Repository, file));
            }

            Shell.Git(Repository, "add", "-A");
            Shell.Git(Repository, "commit", "-q", "--allow-empty", "-m", "before");
        }

        foreach (var file in after)
        {
            CopyFile(Path.Combine(afterDirectory, file), Path.Combine(Repository, file));

            // File.Copy keeps the source's timestamp: an after/ file of the same size and time as its before/ version
            // would look unchanged to git's stat cache. A fresh time makes git compare the content.
            File.SetLastWriteTimeUtc(Path.Combine(Repository, file), DateTime.UtcNow.AddSeconds(2));
        }

        foreach (var file in before.Where(f => !after.Contains(f)))
        {
            File.Delete(Path.Combine(Repository, file));
        }
    }

    public void Reset()
    {
        Shell.Git(Repository, "reset", "-q", "--hard", _baseCommit);
        Shell.Git(Repository, "clean", "-q", "-fd"); // keeps ignored bin/ and obj/: the restore stays valid
    }

    private static HashSet<string> Files(string directory) =>
        Directory.Exists(directory)
            ? Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(directory, f)).ToHashSet(StringComparer.Ordinal)
            : new HashSet<string>(StringComparer.Ordinal);

    private static void CopyFile(string source, string destination)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
        File.Copy(source, destination, overwrite: true);
    }

    private static void CopyDirectory(string source, string destination)
    {
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(source, file);
            if (relative.Split(Path.DirectorySeparatorChar).Any(p => p is "bin" or "obj"))
            {
                continue;
            }

            CopyFile(file, Path.Combine(destination, relative));
        }
    }
}
