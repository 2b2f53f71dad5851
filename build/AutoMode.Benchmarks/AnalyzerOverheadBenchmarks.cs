using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AutoMode.Benchmarks;

/// <summary>Time and allocations of each rule family and of the whole set, against the empty-analyzer baseline.</summary>
[MemoryDiagnoser]
public class AnalyzerOverheadBenchmarks
{
    private CSharpCompilation _compilation = null!;
    private ImmutableArray<DiagnosticAnalyzer> _analyzers;

    [ParamsSource(nameof(FamilyNames))]
    public string Family { get; set; } = "All";

    public static IEnumerable<string> FamilyNames() => Workload.Families().Keys.OrderBy(k => k, StringComparer.Ordinal);

    [GlobalSetup]
    public void Setup()
    {
        Workload.Folder = Environment.GetEnvironmentVariable("AUTOMODE_BENCH_FOLDER");
        _compilation = Workload.CreateCompilation();
        _ = _compilation.GetDiagnostics(); // bind once: the benchmark measures analyzers, not binding
        _analyzers = Workload.Families()[Family];
    }

    [Benchmark(Baseline = true)]
    public Task<int> EmptyAnalyzer() => Workload.RunAsync(_compilation, ImmutableArray.Create<DiagnosticAnalyzer>(new EmptyAnalyzer()));

    [Benchmark]
    public Task<int> AutoModeAnalyzers() => Workload.RunAsync(_compilation, _analyzers);
}
