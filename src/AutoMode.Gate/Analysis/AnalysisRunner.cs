using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Globalization;
using AutoMode;
using AutoMode.Gate.Model;
using AutoMode.Gate.Projects;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AutoMode.Gate.Analysis;

/// <summary>
/// Runs every AutoMode analyzer over a compilation with the configuration in force. Severities come out effective
/// (after .editorconfig / global config overrides); suppressed diagnostics are dropped; an analyzer that throws is
/// reported as an <see cref="FindingSource.AnalyzerError"/> finding and the run goes on.
/// </summary>
public sealed class AnalysisRunner
{
    public const string AnalyzerErrorId = "AD0001";

    private readonly AnalyzerCatalog _catalog;

    public AnalysisRunner(AnalyzerCatalog catalog) => _catalog = catalog;

    /// <summary>Analyzes the whole compilation (<paramref name="trees"/> null) or only the given trees.</summary>
    /// <param name="wholeCompilationFor">
    /// With <paramref name="trees"/>: which analyzers with compilation-end actions may analyze the whole compilation for
    /// them (all by default); the others are skipped, since their findings could not matter to the change.
    /// </param>
    public async Task<AnalysisResult> RunAsync(
        LoadedProject project,
        IReadOnlyCollection<SyntaxTree>? trees,
        CancellationToken cancellationToken,
        Func<DiagnosticAnalyzer, bool>? wholeCompilationFor = null)
    {
        var errors = new ConcurrentBag<(DiagnosticAnalyzer Analyzer, Exception Exception, Diagnostic Diagnostic)>();
        var additional = project.AdditionalFiles.Select(p => (AdditionalText)new FileText(p)).ToImmutableArray();
        var options = new AnalyzerOptions(additional, project.Config.CreateOptionsProvider());
        var withAnalyzers = project.Compilation.WithAnalyzers(
            _catalog.Analyzers,
            new CompilationWithAnalyzersOptions(
                options,
                (exception, analyzer, diagnostic) => errors.Add((analyzer, exception, diagnostic)),
                concurrentAnalysis: true,
                logAnalyzerExecutionTime: false,
                reportSuppressedDiagnostics: false));

        var diagnostics = new List<Diagnostic>();
        if (trees is null)
        {
            diagnostics.AddRange(await withAnalyzers.GetAnalyzerDiagnosticsAsync(cancellationToken).ConfigureAwait(false));
        }
        else
        {
            // Syntax, operation and symbol actions run on the changed trees only; an analyzer that reports at the end of
            // the compilation needs the whole compilation, so those (and only those) analyze everything.
            var changed = trees.ToHashSet();
            foreach (var tree in trees)
            {
                diagnostics.AddRange(await withAnalyzers.GetAnalyzerSyntaxDiagnosticsAsync(tree, cancellationToken).ConfigureAwait(false));
                var model = project.Compilation.GetSemanticModel(tree);
                var result = await withAnalyzers.GetAnalysisResultAsync(model, filterSpan: null, cancellationToken).ConfigureAwait(false);
                diagnostics.AddRange(result.SemanticDiagnostics.Values.SelectMany(d => d.Values).SelectMany(d => d));

                // A diagnostic reported away from the operation that found it (AM3003 at the literal a key was decoded from,
                // two statements or a field initializer above the HMAC that uses it) is "non-local" to Roslyn: it is not
                // among the tree's semantic diagnostics but among the compilation's. Keep those that are in a changed tree.
                diagnostics.AddRange(result.CompilationDiagnostics.Values.SelectMany(d => d)
                    .Where(d => d.Location.SourceTree is { } t && changed.Contains(t)));
            }

            var endAnalyzers = new List<DiagnosticAnalyzer>();
            foreach (var analyzer in _catalog.Analyzers)
            {
                var telemetry = await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, cancellationToken).ConfigureAwait(false);
                if (telemetry.CompilationEndActionsCount > 0 && (wholeCompilationFor?.Invoke(analyzer) ?? true))
                {
                    endAnalyzers.Add(analyzer);
                }
            }

            if (endAnalyzers.Count > 0)
            {
                var whole = project.Compilation.WithAnalyzers(endAnalyzers.ToImmutableArray(), withAnalyzers.AnalysisOptions);
                var treeSet = trees.ToHashSet();
                diagnostics.AddRange((await whole.GetAnalyzerDiagnosticsAsync(cancellationToken).ConfigureAwait(false))
                    .Where(d => d.Location.SourceTree is { } t && treeSet.Contains(t)));
            }
        }

        var kept = diagnostics
            .Where(d => d.Id != AnalyzerErrorId && !d.IsSuppressed)
            .DistinctBy(d => (d.Id, d.Location.SourceTree?.FilePath, d.Location.SourceSpan, d.GetMessage(CultureInfo.InvariantCulture)))
            .ToList();
        var crashes = errors
            .Select(e => AnalyzerCrash.From(e.Analyzer.GetType().Name, e.Exception, e.Diagnostic))
            .Concat(diagnostics.Where(d => d.Id == AnalyzerErrorId).Select(d => AnalyzerCrash.From("analyzer", null, d)))
            .DistinctBy(c => (c.Analyzer, c.ExceptionType, c.Message, c.Path, c.Line, c.Column))
            .ToList();
        return new AnalysisResult(kept, crashes);
    }

    /// <param name="fallbackPath">Where a diagnostic without a source location (a compilation-level one) is reported: its project file.</param>
    public static Finding ToFinding(Diagnostic diagnostic, string root, string? fallbackPath = null)
    {
        var span = diagnostic.Location.GetLineSpan();
        var descriptor = diagnostic.Descriptor;
        var inSource = span.IsValid && !string.IsNullOrEmpty(span.Path);
        return new Finding(
            diagnostic.Id,
            RiskModel.FromSeverity(diagnostic.Severity),
            descriptor.Category,
            diagnostic.GetMessage(CultureInfo.InvariantCulture),
            RelativePath(inSource ? span.Path : fallbackPath ?? string.Empty, root),
            inSource ? span.StartLinePosition.Line + 1 : 0,
            inSource ? span.StartLinePosition.Character + 1 : 0,
            inSource ? span.EndLinePosition.Line + 1 : 0,
            inSource ? span.EndLinePosition.Character + 1 : 0,
            string.IsNullOrEmpty(descriptor.HelpLinkUri) ? null : descriptor.HelpLinkUri,
            FindingSource.Analyzer)
        {
            Title = descriptor.Title.ToString(CultureInfo.InvariantCulture),
            Fingerprint = diagnostic.Properties.TryGetValue(AcceptedRisks.HashProperty, out var hash) && hash is not null &&
                int.TryParse(diagnostic.Properties.GetValueOrDefault(AcceptedRisks.OccurrenceProperty), NumberStyles.None, CultureInfo.InvariantCulture, out var occurrence)
                ? new FindingFingerprint(diagnostic.Properties.GetValueOrDefault(AcceptedRisks.MemberProperty) ?? string.Empty, hash, occurrence)
                : null,
            Accepted = diagnostic.Properties.GetValueOrDefault(AcceptedRisks.AcceptedProperty) == "true"
                ? new FindingAcceptance(
                    diagnostic.Properties.GetValueOrDefault(AcceptedRisks.AcceptedByProperty) ?? string.Empty,
                    diagnostic.Properties.GetValueOrDefault(AcceptedRisks.AcceptedOnProperty) ?? string.Empty,
                    diagnostic.Properties.GetValueOrDefault(AcceptedRisks.AcceptedWhyProperty) ?? string.Empty,
                    diagnostic.Properties.GetValueOrDefault(AcceptedRisks.AcceptedLevelProperty) ?? string.Empty)
                : null,
        };
    }

    /// <summary>
    /// An AD0001 finding: the analyzer, the exception, what it was analyzing (file, line and column, node) and the
    /// exception's top frames — enough to reproduce the crash from a scan's report.
    /// </summary>
    public static Finding ToFinding(AnalyzerCrash crash, string root, string? fallbackPath)
    {
        var message = new System.Text.StringBuilder($"{crash.Analyzer} threw {crash.ExceptionType}: {crash.Message}");
        if (crash.Node is not null)
        {
            message.Append(" while analyzing ").Append(crash.Node);
        }

        if (crash.Frames.Count > 0)
        {
            message.Append(". Top frames: ").Append(string.Join(" ← ", crash.Frames));
        }

        message.Append(". Its verdict on this code is unknown, so the change needs a person.");
        return new Finding(
            AnalyzerErrorId,
            RiskLevel.High,
            "AnalyzerError",
            message.ToString(),
            RelativePath(crash.Path ?? fallbackPath ?? string.Empty, root),
            crash.Line,
            crash.Column,
            crash.Line,
            crash.Column,
            null,
            FindingSource.AnalyzerError)
        {
            Title = "Analyzer exception",
        };
    }

    public static string RelativePath(string path, string root)
    {
        if (string.IsNullOrEmpty(path))
        {
            return path;
        }

        var relative = Path.IsPathRooted(path) ? Path.GetRelativePath(root, path) : path;
        return relative.Replace('\\', '/');
    }

}

/// <summary>An AdditionalFiles item, read when an analyzer asks for it.</summary>
internal sealed class FileText : AdditionalText
{
    private readonly Lazy<Microsoft.CodeAnalysis.Text.SourceText?> _text;

    public FileText(string path)
    {
        Path = path;
        _text = new Lazy<Microsoft.CodeAnalysis.Text.SourceText?>(() =>
        {
            try
            {
                return Microsoft.CodeAnalysis.Text.SourceText.From(File.ReadAllText(path), System.Text.Encoding.UTF8);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return null;
            }
        });
    }

    public override string Path { get; }

    public override Microsoft.CodeAnalysis.Text.SourceText? GetText(CancellationToken cancellationToken = default) => _text.Value;
}

public sealed record AnalysisResult(IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<AnalyzerCrash> Crashes);

/// <summary>
/// An analyzer that threw (the run went on without its verdict): the exception, where (file, 1-based line and column,
/// and the syntax node, as the compiler's AD0001 context tells it) and the exception's top stack frames.
/// </summary>
public sealed record AnalyzerCrash(string Analyzer, string ExceptionType, string Message, string? Path)
{
    public const int MaxFrames = 4;

    public int Line { get; init; }

    public int Column { get; init; }

    /// <summary>The node being analyzed, e.g. "InvocationExpressionSyntax `Directory.Delete(dir, true)`".</summary>
    public string? Node { get; init; }

    /// <summary>The exception's top frames, e.g. "AutoMode.Analyzers.X.Analyze(OperationAnalysisContext) in X.cs:line 42".</summary>
    public IReadOnlyList<string> Frames { get; init; } = Array.Empty<string>();

    /// <param name="exception">The exception, when the compiler handed it over (null for an AD0001 diagnostic read back).</param>
    /// <param name="diagnostic">The compiler's AD0001 diagnostic, whose description holds the context of the crash.</param>
    public static AnalyzerCrash From(string analyzer, Exception? exception, Diagnostic diagnostic)
    {
        var context = string.Join('\n', diagnostic.GetMessage(CultureInfo.InvariantCulture), diagnostic.Descriptor.Description.ToString(CultureInfo.InvariantCulture), diagnostic.ToString());
        var path = diagnostic.Location.SourceTree?.FilePath ?? ContextValue(context, "SyntaxTree:");
        var (line, column) = diagnostic.Location.SourceTree is not null && diagnostic.Location.IsInSource
            ? (diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1, diagnostic.Location.GetLineSpan().StartLinePosition.Character + 1)
            : (0, 0);
        string? node = null;
        var syntaxNode = System.Text.RegularExpressions.Regex.Match(context, @"SyntaxNode: (?<text>.*?) \[(?<kind>\w+)\]@\[\d+\.\.\d+\) \((?<line>\d+),(?<column>\d+)\)");
        if (syntaxNode.Success)
        {
            node = $"{syntaxNode.Groups["kind"].Value} `{Shorten(syntaxNode.Groups["text"].Value)}`";
            if (line == 0)
            {
                line = int.Parse(syntaxNode.Groups["line"].Value, CultureInfo.InvariantCulture) + 1;
                column = int.Parse(syntaxNode.Groups["column"].Value, CultureInfo.InvariantCulture) + 1;
            }
        }
        else if (ContextValue(context, "ISymbol:") is { } symbol)
        {
            node = "symbol " + symbol;
        }

        var trace = exception?.ToString() ?? context;
        var frames = trace.Split('\n')
            .Select(l => l.Trim())
            .Where(l => l.StartsWith("at ", StringComparison.Ordinal))
            .Select(l => System.Text.RegularExpressions.Regex.Replace(l[3..], @" in (?:.*[/\\])?([^/\\]+):line (\d+)$", " in $1:line $2"))
            .Take(MaxFrames)
            .ToList();
        return new AnalyzerCrash(
            analyzer,
            exception?.GetType().Name ?? "exception",
            exception?.Message ?? diagnostic.GetMessage(CultureInfo.InvariantCulture).Split('\n')[0],
            path)
        {
            Line = line,
            Column = column,
            Node = node,
            Frames = frames,
        };
    }

    private static string? ContextValue(string context, string key)
    {
        foreach (var line in context.Split('\n'))
        {
            var index = line.IndexOf(key, StringComparison.Ordinal);
            if (index >= 0)
            {
                return line[(index + key.Length)..].Trim();
            }
        }

        return null;
    }

    private static string Shorten(string text)
    {
        var one = System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " ");
        return one.Length <= 80 ? one : one[..77] + "...";
    }
}
