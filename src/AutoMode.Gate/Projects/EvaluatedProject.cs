namespace AutoMode.Gate.Projects;

/// <summary>What the gate needs from an MSBuild project, read from its evaluation (no target is run).</summary>
public sealed record EvaluatedProject(
    string FullPath,
    string AssemblyName,
    string? TargetFramework,
    string OutputType,
    IReadOnlyList<string> CompileFiles,
    IReadOnlyList<string> PreprocessorSymbols,
    string? Nullable,
    bool AllowUnsafeBlocks,
    IReadOnlyList<UsingDirective> Usings,
    string? AssetsFile,
    IReadOnlyList<string> ProjectReferences,
    IReadOnlyList<string> AssemblyReferences,
    IReadOnlyList<string> FrameworkReferences,
    IReadOnlyList<string> ConfigFiles,
    string? TargetingPackRoot,
    string? AutoModePolicy,
    IReadOnlyList<string> InternalsVisibleTo,
    IReadOnlyList<string> AdditionalFiles,
    IReadOnlyDictionary<string, string> CompilerVisibleProperties)
{
    public string Directory => Path.GetDirectoryName(FullPath)!;
}

/// <summary>An implicit or explicit <c>&lt;Using&gt;</c> item (C# global using).</summary>
public sealed record UsingDirective(string Namespace, string? Alias, bool Static);
