using Microsoft.CodeAnalysis.CSharp;
using AutoMode.Gate.Config;

namespace AutoMode.Gate.Projects;

/// <summary>A compilation of a project (or of a bare folder) as its build would see it, with the configuration in force.</summary>
public sealed record LoadedProject(
    string Name,
    string? ProjectPath,
    CSharpCompilation Compilation,
    ConfigSet Config,
    IReadOnlyList<string> Notes)
{
    /// <summary>The project's AdditionalFiles items (risk lists and other rule inputs).</summary>
    public IReadOnlyList<string> AdditionalFiles { get; init; } = Array.Empty<string>();
}
