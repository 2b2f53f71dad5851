using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AutoMode.Benchmarks;

/// <summary>The code analysed (a generated codebase or a folder) and the analyzer sets, grouped by rule family.</summary>
public static class Workload
{
    public static string? Folder { get; set; }

    public static int GeneratedFiles { get; set; } = 400;

    public static CSharpCompilation CreateCompilation()
    {
        var trees = Folder is null ? CodebaseGenerator.Generate(GeneratedFiles) : ReadFolder(Folder);
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p).StartsWith("System", StringComparison.Ordinal) || Path.GetFileName(p) is "mscorlib.dll" or "netstandard.dll")
            .Select(p => MetadataReference.CreateFromFile(p));
        return CSharpCompilation.Create(
            "Benchmark",
            trees,
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, allowUnsafe: true));
    }

    /// <summary>Every exported AutoMode analyzer, by rule family (the category of its first descriptor).</summary>
    public static IReadOnlyDictionary<string, ImmutableArray<DiagnosticAnalyzer>> Families()
    {
        var analyzers = Assembly.Load("AutoMode.Analyzers").GetTypes()
            .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null)
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
            .ToList();
        var families = analyzers
            .GroupBy(a => a.SupportedDiagnostics[0].Id[..3] + "xxx " + a.SupportedDiagnostics[0].Category)
            .ToDictionary(g => g.Key, g => g.ToImmutableArray());
        families["All"] = analyzers.ToImmutableArray();
        return families;
    }

    public static async Task<int> RunAsync(CSharpCompilation compilation, ImmutableArray<DiagnosticAnalyzer> analyzers)
    {
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: false);
        var diagnostics = await compilation.WithAnalyzers(analyzers, options).GetAnalyzerDiagnosticsAsync();
        return diagnostics.Length;
    }

    /// <summary>One analysis run with the compiler's per-analyzer timing on: the findings and each analyzer's time in callbacks.</summary>
    public static async Task<(int Count, Dictionary<DiagnosticAnalyzer, TimeSpan> Times)> RunWithTelemetryAsync(CSharpCompilation compilation, ImmutableArray<DiagnosticAnalyzer> analyzers)
    {
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: true);
        var withAnalyzers = compilation.WithAnalyzers(analyzers, options);
        var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync();
        var times = new Dictionary<DiagnosticAnalyzer, TimeSpan>();
        foreach (var analyzer in analyzers)
        {
            times[analyzer] = (await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None)).ExecutionTime;
        }

        return (diagnostics.Length, times);
    }

    private static IEnumerable<SyntaxTree> ReadFolder(string folder)
        => Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}"))
            .Select(f => CSharpSyntaxTree.ParseText(File.ReadAllText(f), new CSharpParseOptions(LanguageVersion.Latest), path: f))
            .ToList();
}

/// <summary>
/// An analyzer that does nothing. By default it registers the operation callbacks most of ours use (the BenchmarkDotNet
/// baseline); with <c>everyCallback</c> it registers every kind of callback our analyzers use, run once before the first
/// measured run of <c>--quick</c> so that the JIT time of that run is the analyzers' own code and not the analysis
/// driver's (which the compiler ships precompiled).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class EmptyAnalyzer : DiagnosticAnalyzer
{
    private static readonly DiagnosticDescriptor Rule = new("BENCH0001", "Baseline", "Baseline", "Benchmark", DiagnosticSeverity.Hidden, isEnabledByDefault: true);
    private readonly bool _everyCallback;

    public EmptyAnalyzer()
        : this(everyCallback: false)
    {
    }

    public EmptyAnalyzer(bool everyCallback) => _everyCallback = everyCallback;

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            if (!_everyCallback)
            {
                start.RegisterOperationAction(_ => { }, OperationKind.Invocation, OperationKind.ObjectCreation);
                return;
            }

            start.RegisterOperationAction(_ => { }, Enum.GetValues<OperationKind>().Where(k => k != OperationKind.None).ToArray());
            start.RegisterSyntaxNodeAction(_ => { }, Microsoft.CodeAnalysis.CSharp.SyntaxKind.InvocationExpression, Microsoft.CodeAnalysis.CSharp.SyntaxKind.StringLiteralExpression);
            start.RegisterSyntaxTreeAction(_ => { });
            start.RegisterSymbolAction(_ => { }, SymbolKind.NamedType, SymbolKind.Method, SymbolKind.Property, SymbolKind.Field);
            start.RegisterOperationBlockStartAction(block => block.RegisterOperationAction(_ => { }, OperationKind.Invocation));
            start.RegisterCompilationEndAction(_ => { });
        });
    }
}
