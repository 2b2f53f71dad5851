using AutoMode.Gate.Config;
using AutoMode.Gate.Policy;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace AutoMode.Gate.Projects;

/// <summary>
/// Turns projects and bare folders into compilations. Projects are evaluated with the SDK's MSBuild and compiled
/// against the references of their last restore; referenced projects are compiled in memory (no build needed).
/// Where MSBuild or a restore is missing the loader degrades (framework-only references) and says so in notes.
/// </summary>
public sealed class ProjectLoader : IDisposable
{
    private readonly ConfigFileLocator _configs;
    private readonly string _workingDirectory;
    private readonly Dictionary<string, EvaluatedProject?> _evaluated = new(StringComparer.Ordinal);
    private readonly Dictionary<string, LoadedProject> _plain = new(StringComparer.Ordinal);
    private readonly HashSet<string> _loading = new(StringComparer.Ordinal);
    private ProjectEvaluator? _evaluator;
    private bool _msbuildChecked;
    private string? _msbuildError;

    public ProjectLoader(string workingDirectory, ConfigFileLocator configs)
    {
        _workingDirectory = workingDirectory;
        _configs = configs;
    }

    /// <summary>Compiles a project; <paramref name="texts"/> override file contents, <paramref name="extraFiles"/> join the sources (a deleted file's last version).</summary>
    public LoadedProject LoadProject(string projectPath, IReadOnlyDictionary<string, string>? texts = null, IReadOnlyList<string>? extraFiles = null)
    {
        // A project as it is on disk is compiled once, whether it is scanned or referenced by others.
        var plain = texts is null && extraFiles is null;
        if (plain && _plain.TryGetValue(projectPath, out var cached))
        {
            return cached;
        }

        var loaded = Load(projectPath, texts, extraFiles);
        if (plain)
        {
            _plain[projectPath] = loaded;
        }

        return loaded;
    }

    private LoadedProject Load(string projectPath, IReadOnlyDictionary<string, string>? texts, IReadOnlyList<string>? extraFiles)
    {
        var notes = new List<string>();
        var evaluated = Evaluate(projectPath, notes);
        if (evaluated is null)
        {
            var files = SourceFolders.Files(Path.GetDirectoryName(projectPath)!, "*.cs", stopAtProjects: true).ToList();
            return LoadFolder(Path.GetFileNameWithoutExtension(projectPath), projectPath, files.Concat(extraFiles ?? Array.Empty<string>()).Distinct().ToList(), texts, notes);
        }

        var resolved = ReferenceResolver.Resolve(evaluated);
        notes.AddRange(resolved.Notes);
        var references = resolved.Paths.Select(CompilationFactory.Reference).ToList();
        foreach (var reference in evaluated.ProjectReferences)
        {
            var metadata = ProjectReference(reference, notes);
            if (metadata is not null)
            {
                references.Add(metadata);
            }
        }

        var sources = evaluated.CompileFiles.Concat(extraFiles ?? Array.Empty<string>()).Distinct(StringComparer.Ordinal).ToList();
        var config = ConfigFor(sources, Path.GetDirectoryName(projectPath)!, evaluated.ConfigFiles, PresetFor(evaluated, notes), BuildProperties(evaluated));
        notes.AddRange(config.Problems.Select(p => "configuration: " + p));
        var compilation = CompilationFactory.Create(
            evaluated.AssemblyName,
            sources,
            texts,
            references,
            evaluated.PreprocessorSymbols,
            evaluated.Usings,
            CompilationFactory.ParseOutputKind(evaluated.OutputType),
            CompilationFactory.ParseNullable(evaluated.Nullable),
            evaluated.AllowUnsafeBlocks,
            config,
            notes,
            evaluated.InternalsVisibleTo);
        return new LoadedProject(Path.GetFileNameWithoutExtension(projectPath), projectPath, compilation, config, notes)
        {
            AdditionalFiles = evaluated.AdditionalFiles.Where(File.Exists).ToList(),
        };
    }

    /// <summary>Compiles loose C# files against the running runtime's framework reference assemblies, with the SDK's implicit usings.</summary>
    public LoadedProject LoadFolder(string name, string? projectPath, IReadOnlyList<string> files, IReadOnlyDictionary<string, string>? texts, List<string>? notes = null)
    {
        notes ??= new List<string>();
        var directory = projectPath is not null ? Path.GetDirectoryName(projectPath)! : CommonDirectory(files);
        var config = ConfigFor(files, directory, Array.Empty<string>(), null, null);
        notes.AddRange(config.Problems.Select(p => "configuration: " + p));
        var references = TargetingPacks.ForRunningRuntime().Select(CompilationFactory.Reference);
        var compilation = CompilationFactory.Create(
            name,
            files,
            texts,
            references,
            FrameworkSymbols.For($"net{Environment.Version.Major}.{Environment.Version.Minor}").ToList(),
            CompilationFactory.SdkImplicitUsings,
            files.Any(IsTopLevelProgram) ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary,
            NullableContextOptions.Enable,
            allowUnsafe: true,
            config,
            notes);
        return new LoadedProject(name, projectPath, compilation, config, notes);
    }

    public void Dispose() => _evaluator?.Dispose();

    private static bool IsTopLevelProgram(string file) => string.Equals(Path.GetFileName(file), "Program.cs", StringComparison.OrdinalIgnoreCase);

    private static string CommonDirectory(IReadOnlyList<string> files)
    {
        if (files.Count == 0)
        {
            return Directory.GetCurrentDirectory();
        }

        var common = Path.GetDirectoryName(files[0])!;
        foreach (var file in files.Skip(1))
        {
            while (!file.StartsWith(common.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                common = Path.GetDirectoryName(common) ?? common;
                if (common.Length <= 1)
                {
                    break;
                }
            }
        }

        return common;
    }

    /// <summary>The AutoModePolicy preset of a project (null when none is set or the project cannot be evaluated).</summary>
    public string? PolicyPreset(string projectPath, ICollection<string> notes)
    {
        var evaluated = Evaluate(projectPath, new List<string>());
        return evaluated?.AutoModePolicy is { } preset && PresetFor(evaluated, notes) is not null ? preset.ToLowerInvariant() : null;
    }

    /// <summary>The embedded preset to add when the project sets AutoModePolicy and its restore did not bring the package's file.</summary>
    private static (string Path, string Text)? PresetFor(EvaluatedProject project, ICollection<string> notes)
    {
        if (project.AutoModePolicy is not { } preset)
        {
            return null;
        }

        var text = PolicyPresets.Text(preset);
        if (text is null)
        {
            var note = $"AutoModePolicy '{preset}' is not a preset ({string.Join(", ", PolicyPresets.Names)}); ignored";
            if (!notes.Contains(note))
            {
                notes.Add(note);
            }

            return null;
        }

        return (PolicyPresets.VirtualPath(preset), text);
    }

    /// <summary>The generated global config the SDK passes to the compiler: <c>build_property.X = value</c> per CompilerVisibleProperty.</summary>
    private static (string Path, string Text)? BuildProperties(EvaluatedProject project)
    {
        if (project.CompilerVisibleProperties.Count == 0)
        {
            return null;
        }

        var text = new System.Text.StringBuilder("is_global = true\n");
        foreach (var (name, value) in project.CompilerVisibleProperties)
        {
            text.Append("build_property.").Append(name).Append(" = ").Append(value.ReplaceLineEndings(" ")).Append('\n');
        }

        var path = Path.Combine(project.Directory, "obj", Path.GetFileNameWithoutExtension(project.FullPath) + ".GeneratedMSBuildEditorConfig.editorconfig");
        return (path, text.ToString());
    }

    private ConfigSet ConfigFor(IReadOnlyList<string> sources, string projectDirectory, IReadOnlyList<string> projectConfigFiles, (string Path, string Text)? preset, (string Path, string Text)? buildProperties)
    {
        var editorConfigs = _configs.EditorConfigsFor(sources.Append(Path.Combine(projectDirectory, "_")));
        var globalConfigs = _configs.GlobalConfigsFor(projectDirectory);
        var fromPackage = projectConfigFiles.Where(File.Exists).ToList();
        var inMemory = new List<(string Path, string Text)>();
        if (preset is { } p && !fromPackage.Any(f => string.Equals(Path.GetFileName(f), Path.GetFileName(p.Path), StringComparison.OrdinalIgnoreCase)))
        {
            inMemory.Add(p);
        }

        if (buildProperties is { } b)
        {
            inMemory.Add(b);
        }

        return ConfigSet.Load(editorConfigs.Concat(globalConfigs).Concat(fromPackage), inMemory);
    }

    private MetadataReference? ProjectReference(string path, List<string> notes)
    {
        if (_plain.TryGetValue(path, out var cached))
        {
            return cached.Compilation.ToMetadataReference();
        }

        if (!File.Exists(path))
        {
            notes.Add($"referenced project not found: {path}");
            return null;
        }

        if (!_loading.Add(path))
        {
            notes.Add($"project reference cycle through {path}");
            return null;
        }

        try
        {
            return LoadProject(path).Compilation.ToMetadataReference();
        }
        finally
        {
            _loading.Remove(path);
        }
    }

    private EvaluatedProject? Evaluate(string projectPath, List<string> notes)
    {
        if (_evaluated.TryGetValue(projectPath, out var cached))
        {
            return cached;
        }

        EvaluatedProject? result = null;
        if (!_msbuildChecked)
        {
            _msbuildChecked = true;
            if (MsBuildHost.TryRegister(_workingDirectory, out _msbuildError))
            {
                _evaluator = new ProjectEvaluator();
            }
        }

        if (_evaluator is null)
        {
            notes.Add(_msbuildError ?? "MSBuild is not available");
        }
        else
        {
            try
            {
                result = _evaluator.Evaluate(projectPath);
            }
            catch (Exception e)
            {
                notes.Add($"could not be evaluated ({e.Message}); compiled from its folder's .cs files against the framework only");
            }
        }

        _evaluated[projectPath] = result;
        return result;
    }
}
