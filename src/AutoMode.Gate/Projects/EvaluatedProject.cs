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

    /// <summary>Every file the evaluation imported (for the hook server's evaluation cache).</summary>
    public IReadOnlyList<string> Imports { get; init; } = Array.Empty<string>();

    /// <summary>Whether Microsoft.NET.Sdk was imported (UsingMicrosoftNETSdk): without it, no default Compile items.</summary>
    public bool UsesNetSdk { get; init; }

    /// <summary>The PackageReference items (names only).</summary>
    public IReadOnlyList<string> PackageReferences { get; init; } = Array.Empty<string>();
}

/// <summary>An implicit or explicit <c>&lt;Using&gt;</c> item (C# global using).</summary>
public sealed record UsingDirective(string Namespace, string? Alias, bool Static);
