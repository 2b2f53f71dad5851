using System.Runtime.CompilerServices;
using Microsoft.Build.Evaluation;
using Microsoft.Build.Exceptions;

namespace AutoMode.Gate.Projects;

/// <summary>
/// Evaluates a project with the SDK's MSBuild: Compile items (globs, Remove, conditions), properties, implicit
/// usings, references, analyzer config files. Evaluation only — no design-time build — which is what makes it fast.
/// Call only after <see cref="MsBuildHost.TryRegister"/> succeeded.
/// </summary>
public sealed class ProjectEvaluator : IDisposable
{
    private readonly object _collection;

    [MethodImpl(MethodImplOptions.NoInlining)]
    public ProjectEvaluator() => _collection = CreateCollection();

    [MethodImpl(MethodImplOptions.NoInlining)]
    public EvaluatedProject Evaluate(string projectPath)
    {
        var collection = (ProjectCollection)_collection;
        try
        {
            var project = Load(collection, projectPath, targetFramework: null);
            var tfm = project.GetPropertyValue("TargetFramework");
            if (string.IsNullOrEmpty(tfm))
            {
                var first = project.GetPropertyValue("TargetFrameworks").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault();
                if (first is not null)
                {
                    project = Load(collection, projectPath, first);
                    tfm = first;
                }
            }

            return Read(project, string.IsNullOrEmpty(tfm) ? null : tfm);
        }
        catch (InvalidProjectFileException e)
        {
            throw new ProjectLoadException($"{projectPath}: {e.BaseMessage}", e);
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    public void Dispose() => ((ProjectCollection)_collection).Dispose();

    private static object CreateCollection() => new ProjectCollection(new Dictionary<string, string>
    {
        ["Configuration"] = "Debug",
        ["DesignTimeBuild"] = "true",
    });

    private static Project Load(ProjectCollection collection, string path, string? targetFramework)
    {
        var globals = new Dictionary<string, string>(collection.GlobalProperties);
        if (targetFramework is not null)
        {
            globals["TargetFramework"] = targetFramework;
        }

        return Project.FromFile(path, new Microsoft.Build.Definition.ProjectOptions
        {
            ProjectCollection = collection,
            GlobalProperties = globals,
            LoadSettings = ProjectLoadSettings.IgnoreMissingImports | ProjectLoadSettings.IgnoreInvalidImports | ProjectLoadSettings.IgnoreEmptyImports,
        });
    }

    private static EvaluatedProject Read(Project project, string? tfm)
    {
        var directory = project.DirectoryPath;
        string Full(string include) => Path.GetFullPath(Path.Combine(directory, include));

        var compile = project.GetItems("Compile")
            .Select(i => Full(i.EvaluatedInclude))
            .Where(p => p.EndsWith(".cs", StringComparison.OrdinalIgnoreCase))
            .Distinct(StringComparer.Ordinal)
            .ToList();

        var usings = project.GetItems("Using")
            .Select(i => new UsingDirective(
                i.EvaluatedInclude,
                NullIfEmpty(i.GetMetadataValue("Alias")),
                string.Equals(i.GetMetadataValue("Static"), "true", StringComparison.OrdinalIgnoreCase)))
            .ToList();

        var projectReferences = project.GetItems("ProjectReference")
            .Where(i => !string.Equals(i.GetMetadataValue("ReferenceOutputAssembly"), "false", StringComparison.OrdinalIgnoreCase))
            .Where(i => string.IsNullOrEmpty(i.GetMetadataValue("OutputItemType")))
            .Select(i => Full(i.EvaluatedInclude))
            .ToList();

        var assemblyReferences = project.GetItems("Reference")
            .Select(i => i.GetMetadataValue("HintPath"))
            .Where(p => !string.IsNullOrEmpty(p))
            .Select(Full)
            .ToList();

        var configFiles = project.GetItems("EditorConfigFiles").Concat(project.GetItems("GlobalAnalyzerConfigFiles"))
            .Select(i => Full(i.EvaluatedInclude))
            .ToList();

        var symbols = project.GetPropertyValue("DefineConstants")
            .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Concat(FrameworkSymbols.For(tfm))
            .Distinct(StringComparer.Ordinal)
            .ToList();

        var assets = project.GetPropertyValue("ProjectAssetsFile");
        return new EvaluatedProject(
            project.FullPath,
            NullIfEmpty(project.GetPropertyValue("AssemblyName")) ?? Path.GetFileNameWithoutExtension(project.FullPath),
            tfm,
            project.GetPropertyValue("OutputType"),
            compile,
            symbols,
            NullIfEmpty(project.GetPropertyValue("Nullable")),
            string.Equals(project.GetPropertyValue("AllowUnsafeBlocks"), "true", StringComparison.OrdinalIgnoreCase),
            usings,
            string.IsNullOrEmpty(assets) ? null : Full(assets),
            projectReferences,
            assemblyReferences,
            project.GetItems("FrameworkReference").Select(i => i.EvaluatedInclude).Distinct(StringComparer.Ordinal).ToList(),
            configFiles,
            NullIfEmpty(project.GetPropertyValue("NetCoreTargetingPackRoot")),
            NullIfEmpty(project.GetPropertyValue("AutoModePolicy")?.Trim() ?? string.Empty));
    }

    private static string? NullIfEmpty(string value) => string.IsNullOrEmpty(value) ? null : value;
}

/// <summary>A project that MSBuild could not evaluate.</summary>
public sealed class ProjectLoadException : Exception
{
    public ProjectLoadException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
