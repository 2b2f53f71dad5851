using System.Collections.Immutable;
using System.Diagnostics;
using BenchmarkDotNet.Running;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AutoMode.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project build/AutoMode.Benchmarks</c> runs the BenchmarkDotNet suite on a generated
/// codebase; <c>-- --folder PATH</c> analyses the .cs files under PATH instead; <c>-- --quick [--folder PATH]</c>
/// prints a one-shot per-family timing table (median of 5) without BenchmarkDotNet, for a fast look.
/// </summary>
public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        var folderIndex = Array.IndexOf(args, "--folder");
        if (folderIndex >= 0 && folderIndex + 1 < args.Length)
        {
            Environment.SetEnvironmentVariable("AUTOMODE_BENCH_FOLDER", Path.GetFullPath(args[folderIndex + 1]));
            args = args.Where((_, i) => i != folderIndex && i != folderIndex + 1).ToArray();
        }

        if (args.Contains("--quick"))
        {
            await QuickAsync();
            return 0;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args.Length == 0 ? new[] { "--filter", "*" } : args);
        return 0;
    }

    private static async Task QuickAsync()
    {
        Workload.Folder = Environment.GetEnvironmentVariable("AUTOMODE_BENCH_FOLDER");
        var compilation = Workload.CreateCompilation();
        var bindWatch = Stopwatch.StartNew();
        var compilerDiagnostics = compilation.GetDiagnostics();
        bindWatch.Stop();
        Console.WriteLine($"{compilation.SyntaxTrees.Count()} files; compiler diagnostics (binding) took {bindWatch.ElapsedMilliseconds} ms");

        async Task<(double Ms, long Bytes, int Count)> Measure(ImmutableArray<DiagnosticAnalyzer> analyzers)
        {
            var times = new List<double>();
            long bytes = 0;
            var count = 0;
            for (var run = 0; run < 5; run++)
            {
                var before = GC.GetTotalAllocatedBytes(precise: true);
                var watch = Stopwatch.StartNew();
                count = await Workload.RunAsync(compilation, analyzers);
                watch.Stop();
                bytes = GC.GetTotalAllocatedBytes(precise: true) - before;
                times.Add(watch.Elapsed.TotalMilliseconds);
            }

            times.Sort();
            return (times[2], bytes, count);
        }

        var baseline = await Measure(ImmutableArray.Create<DiagnosticAnalyzer>(new EmptyAnalyzer()));
        Console.WriteLine($"{"family",-28} {"median ms",10} {"over base",10} {"alloc MB",9} {"findings",9}");
        Console.WriteLine($"{"(empty analyzer baseline)",-28} {baseline.Ms,10:F1} {0,10:F1} {baseline.Bytes / 1e6,9:F1} {baseline.Count,9}");
        foreach (var (family, analyzers) in Workload.Families().OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            var result = await Measure(analyzers);
            Console.WriteLine($"{family,-28} {result.Ms,10:F1} {result.Ms - baseline.Ms,10:F1} {result.Bytes / 1e6,9:F1} {result.Count,9}");
        }

        Console.WriteLine($"binding for reference: {bindWatch.ElapsedMilliseconds} ms");
    }
}
