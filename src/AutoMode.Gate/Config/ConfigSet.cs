using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AutoMode.Gate.Config;

/// <summary>
/// The analyzer configuration in force for a set of files, exactly as the compiler computes it
/// (<see cref="AnalyzerConfigSet"/>): severities per path and the <c>automode.*</c> keys.
/// </summary>
public sealed class ConfigSet
{
    private readonly ConcurrentDictionary<string, AnalyzerConfigOptionsResult> _byPath = new(StringComparer.Ordinal);

    private readonly Dictionary<string, string> _inMemory;

    private ConfigSet(AnalyzerConfigSet set, IReadOnlyList<string> files, IReadOnlyList<string> problems, Dictionary<string, string> inMemory)
    {
        _inMemory = inMemory;
        Set = set;
        Files = files;
        Problems = problems;
    }

    public AnalyzerConfigSet Set { get; }

    /// <summary>The configuration files this set was built from.</summary>
    public IReadOnlyList<string> Files { get; }

    /// <summary>Files that could not be read or parsed (reported as notes, never fatal).</summary>
    public IReadOnlyList<string> Problems { get; }

    /// <param name="inMemory">Configurations that are not files on disk (a policy preset): path and text.</param>
    public static ConfigSet Load(IEnumerable<string> configFiles, IEnumerable<(string Path, string Text)>? inMemory = null)
    {
        var configs = new List<AnalyzerConfig>();
        var files = new List<string>();
        var problems = new List<string>();
        foreach (var (path, text) in inMemory ?? Array.Empty<(string, string)>())
        {
            configs.Add(AnalyzerConfig.Parse(text, path));
            files.Add(path);
        }

        foreach (var file in configFiles.Distinct(StringComparer.Ordinal))
        {
            try
            {
                configs.Add(AnalyzerConfig.Parse(File.ReadAllText(file), file));
                files.Add(file);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                problems.Add($"{file}: {e.Message}");
            }
        }

        var set = AnalyzerConfigSet.Create(configs, out var diagnostics);
        problems.AddRange(diagnostics.Select(d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)));
        return new ConfigSet(set, files, problems, (inMemory ?? Array.Empty<(string, string)>()).ToDictionary(p => p.Path, p => p.Text, StringComparer.Ordinal));
    }

    /// <summary>The text of one of the configuration files (read from disk unless it was given in memory).</summary>
    public string TextOf(string file) => _inMemory.TryGetValue(file, out var text) ? text : File.ReadAllText(file);

    /// <summary>Whether a configuration was given in memory (a policy preset) rather than read from a file.</summary>
    public bool IsInMemory(string file) => _inMemory.ContainsKey(file);

    public AnalyzerConfigOptionsResult For(string path) => _byPath.GetOrAdd(path, p => Set.GetOptionsForSourcePath(p));

    /// <summary>The value of a key (e.g. <c>automode.auto_approve_max_risk</c>) for a path, falling back to the global configs.</summary>
    public string? Get(string path, string key)
    {
        if (For(path).AnalyzerOptions.TryGetValue(key, out var value) ||
            Set.GlobalConfigOptions.AnalyzerOptions.TryGetValue(key, out value))
        {
            return value;
        }

        return null;
    }

    /// <summary>The configured severity of a diagnostic id for a path (tree options, then global options).</summary>
    public ReportDiagnostic? SeverityFor(string path, string id)
    {
        if (For(path).TreeOptions.TryGetValue(id, out var severity) ||
            Set.GlobalConfigOptions.TreeOptions.TryGetValue(id, out severity))
        {
            return severity;
        }

        return null;
    }

    public AnalyzerConfigOptionsProvider CreateOptionsProvider() => new OptionsProvider(this);

    public SyntaxTreeOptionsProvider CreateTreeOptionsProvider() => new TreeOptionsProvider(this);

    private sealed class Options : AnalyzerConfigOptions
    {
        private readonly ImmutableDictionary<string, string> _values;

        public Options(ImmutableDictionary<string, string> values) => _values = values;

        public override IEnumerable<string> Keys => _values.Keys;

        public override bool TryGetValue(string key, out string value) => _values.TryGetValue(key, out value!);
    }

    private sealed class OptionsProvider : AnalyzerConfigOptionsProvider
    {
        private readonly ConfigSet _set;
        private readonly ConcurrentDictionary<string, AnalyzerConfigOptions> _cache = new(StringComparer.Ordinal);

        public OptionsProvider(ConfigSet set)
        {
            _set = set;
            GlobalOptions = new Options(set.Set.GlobalConfigOptions.AnalyzerOptions);
        }

        public override AnalyzerConfigOptions GlobalOptions { get; }

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => ForPath(tree.FilePath);

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => ForPath(textFile.Path);

        private AnalyzerConfigOptions ForPath(string path) =>
            _cache.GetOrAdd(path, p => new Options(_set.For(p).AnalyzerOptions));
    }

    private sealed class TreeOptionsProvider : SyntaxTreeOptionsProvider
    {
        private readonly ConfigSet _set;

        public TreeOptionsProvider(ConfigSet set) => _set = set;

        public override GeneratedKind IsGenerated(SyntaxTree tree, CancellationToken cancellationToken)
        {
            var value = _set.Get(tree.FilePath, "generated_code");
            return value?.Trim().ToLowerInvariant() switch
            {
                "true" => GeneratedKind.MarkedGenerated,
                "false" => GeneratedKind.NotGenerated,
                _ => GeneratedKind.Unknown,
            };
        }

        public override bool TryGetDiagnosticValue(SyntaxTree tree, string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity)
            => _set.For(tree.FilePath).TreeOptions.TryGetValue(diagnosticId, out severity);

        public override bool TryGetGlobalDiagnosticValue(string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity)
            => _set.Set.GlobalConfigOptions.TreeOptions.TryGetValue(diagnosticId, out severity);
    }
}
