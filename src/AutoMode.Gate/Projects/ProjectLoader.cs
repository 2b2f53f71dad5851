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
    private int _timedOut;

    public ProjectLoader(string workingDirectory, ConfigFileLocator configs)
    {
        _workingDirectory = workingDirectory;
        _configs = configs;
        Boundary = new PathBoundary(workingDirectory);
    }

    /// <summary>The default deadline of one project's MSBuild evaluation (<c>AUTOMODE_EVALUATION_TIMEOUT</c>, in seconds, overrides it).</summary>
    public static readonly TimeSpan DefaultEvaluationTimeout = TimeSpan.FromSeconds(30);

    /// <summary>After this many evaluations that missed their deadline, the loader stops using MSBuild for the rest of the run.</summary>
    public const int MaxTimedOutEvaluations = 2;

    /// <summary>How long one project's MSBuild evaluation may take; past it the project is compiled from its folder, with a note.</summary>
    public TimeSpan EvaluationTimeout { get; init; } = TimeoutFromEnvironment();

    /// <summary>The folder no source is read outside of through a symbolic link (the scanned root, the repository).</summary>
    public PathBoundary Boundary { get; init; }

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
        if (evaluated is not null && evaluated.CompileFiles.Count == 0 && !evaluated.UsesNetSdk && FolderSources(projectPath, null).Count > 0)
        {
            // An SDK that did not import (IgnoreMissingImports) leaves a project without items: its code still counts.
            notes.Add("evaluated to no C# files (its MSBuild SDK did not import): compiled from its folder's .cs files against the framework only");
            evaluated = null;
        }

        if (evaluated is null)
        {
            var files = FolderSources(projectPath, notes);
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

        var sources = Present(evaluated.CompileFiles, texts, notes).Concat(extraFiles ?? Array.Empty<string>()).Distinct(StringComparer.Ordinal).ToList();
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
            AdditionalFiles = AcceptedRisksLocator.With(evaluated.AdditionalFiles.Where(File.Exists), Path.GetDirectoryName(projectPath)!),
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
        return new LoadedProject(name, projectPath, compilation, config, notes)
        {
            AdditionalFiles = AcceptedRisksLocator.With(Array.Empty<string>(), directory),
        };
    }

    public void Dispose() => _evaluator?.Dispose();

    private List<string> FolderSources(string projectPath, List<string>? notes) =>
        SourceFolders.Files(Path.GetDirectoryName(projectPath)!, "*.cs", stopAtProjects: true, Boundary, notes).ToList();

    /// <summary>
    /// The Compile items that can be read: one that does not exist (a file a build step generates) or that reaches
    /// outside the boundary through a link is left out with a note; the rest of the project is analyzed.
    /// </summary>
    private List<string> Present(IReadOnlyList<string> compileFiles, IReadOnlyDictionary<string, string>? texts, List<string> notes)
    {
        var present = new List<string>(compileFiles.Count);
        var missing = new List<string>();
        foreach (var file in compileFiles)
        {
            if (texts is not null && texts.ContainsKey(file))
            {
                present.Add(file);
            }
            else if (!File.Exists(file))
            {
                missing.Add(file);
            }
            else if (Boundary.Escapes(file))
            {
                notes.Add($"not analyzed: {file} is a link to outside {Boundary.Root}");
            }
            else
            {
                present.Add(file);
            }
        }

        const int named = 5;
        if (missing.Count > 0)
        {
            var more = missing.Count > named ? $" and {missing.Count - named} more" : string.Empty;
            notes.Add($"Compile item{(missing.Count == 1 ? string.Empty : "s")} not found (generated by a build step?), skipped: {string.Join(", ", missing.Take(named))}{more}");
        }

        return present;
    }

    private static TimeSpan TimeoutFromEnvironment() => EnvironmentSettings.Seconds("AUTOMODE_EVALUATION_TIMEOUT", DefaultEvaluationTimeout);

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

        var cache = ProjectCaches.Evaluations;
        if (cache is not null && cache.TryGet(projectPath, out var fresh))
        {
            _evaluated[projectPath] = fresh;
            return fresh;
        }

        var stamps = cache is null ? null : EvaluationCache.StampInputs(projectPath, null);
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
        else if (_timedOut >= MaxTimedOutEvaluations)
        {
            notes.Add($"not evaluated: MSBuild missed its deadline on {_timedOut} projects in this run, so it is no longer used; compiled from its folder's .cs files against the framework only");
        }
        else
        {
            result = EvaluateWithDeadline(projectPath, notes);
        }

        if (result is not null && stamps is not null)
        {
            cache!.Add(result, EvaluationCache.Complete(stamps, result));
        }

        _evaluated[projectPath] = result;
        return result;
    }

    /// <summary>
    /// Evaluates on a thread of its own and waits at most <see cref="EvaluationTimeout"/>. An SDK that only a feed could
    /// bring is never resolved (that is where evaluations hang: the NuGet SDK resolver waiting for unreachable feeds).
    /// MSBuild cannot cancel an evaluation: one past its deadline is abandoned with its project collection.
    /// </summary>
    private EvaluatedProject? EvaluateWithDeadline(string projectPath, List<string> notes)
    {
        var missing = MsBuildSdks.Missing(projectPath, MsBuildHost.MsBuildPath);
        if (missing.Any(m => m.Pinned) && !MsBuildSdks.NuGetResolverDisabled)
        {
            MsBuildSdks.DisableNuGetResolver();
        }

        if (missing.FirstOrDefault(m => m.ProjectSdk) is { } own)
        {
            notes.Add($"its MSBuild SDK {own.Sdk} is neither installed nor in the local NuGet cache (the gate does not download SDKs; a restore may): compiled from its folder's .cs files against the framework only");
            return null;
        }

        foreach (var sdk in missing)
        {
            notes.Add($"MSBuild SDK {sdk.Sdk} (named in {sdk.File}) is neither installed nor in the local NuGet cache: its imports are skipped");
        }

        var evaluator = _evaluator!;
        var work = Task.Factory.StartNew(() => evaluator.Evaluate(projectPath), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        try
        {
            if (work.Wait(EvaluationTimeout))
            {
                return work.Result;
            }
        }
        catch (AggregateException e)
        {
            notes.Add($"could not be evaluated ({e.InnerException?.Message ?? e.Message}); compiled from its folder's .cs files against the framework only");
            return null;
        }

        _timedOut++;
        _evaluator = new ProjectEvaluator();
        notes.Add($"MSBuild evaluation did not finish within {EvaluationTimeout.TotalSeconds:0.#} s (AUTOMODE_EVALUATION_TIMEOUT): compiled from its folder's .cs files against the framework only");
        return null;
    }
}
