using System.Collections.Immutable;
using System.Diagnostics;
using BenchmarkDotNet.Running;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AutoMode.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project build/AutoMode.Benchmarks</c> runs the BenchmarkDotNet suite on a generated
/// codebase; <c>-- --folder PATH</c> analyses the .cs files under PATH instead; <c>-- --quick [--folder PATH]</c>
/// prints a one-shot per-family timing table (median of 5) without BenchmarkDotNet, for a fast look;
/// <c>-- --jit-cost TRACE.nettrace [--baseline WITHOUT.nettrace] [--list]</c> sums the JIT time AutoMode causes in a recorded compiler run (see <see cref="JitCost"/>);
/// <c>-- --stack-share PROFILE.speedscope.json PATTERN</c> splits a profile's time under matching frames by AutoMode's presence (see <see cref="StackShare"/>);
/// <c>-- --gc-cost TRACE.nettrace …</c> lists a recorded compiler run's garbage collections and pauses (see <see cref="GcCost"/>).
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

        var jitIndex = Array.IndexOf(args, "--jit-cost");
        if (jitIndex >= 0 && jitIndex + 1 < args.Length)
        {
            var baselineIndex = Array.IndexOf(args, "--baseline");
            JitCost.Print(args[jitIndex + 1], baselineIndex >= 0 && baselineIndex + 1 < args.Length ? args[baselineIndex + 1] : null, args.Contains("--list"));
            return 0;
        }

        var stackIndex = Array.IndexOf(args, "--stack-share");
        if (stackIndex >= 0 && stackIndex + 2 < args.Length)
        {
            StackShare.Print(args[stackIndex + 1], args[stackIndex + 2]);
            return 0;
        }

        var gcIndex = Array.IndexOf(args, "--gc-cost");
        if (gcIndex >= 0)
        {
            GcCost.Print(args.Skip(gcIndex + 1).TakeWhile(a => !a.StartsWith("--", StringComparison.Ordinal)));
            return 0;
        }

        if (args.Contains("--quick"))
        {
            await QuickAsync();
            return 0;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args.Length == 0 ? new[] { "--filter", "*" } : args);
        return 0;
    }

    /// <summary>
    /// Steady-state cost per rule family, the way the compiler's /reportanalyzer measures it (time spent inside each
    /// analyzer's callbacks), with the JIT warm as under the compiler server: one warm-up, then the median of five runs of
    /// the whole set. Compared with what the compiler itself spends binding the same code (median of three fresh
    /// compilations), which is a lower bound of a build's compile time.
    /// </summary>
    private static async Task QuickAsync()
    {
        Workload.Folder = Environment.GetEnvironmentVariable("AUTOMODE_BENCH_FOLDER");
        var compilation = Workload.CreateCompilation();
        var bindings = new List<double>();
        for (var i = 0; i < 3; i++)
        {
            var watch = Stopwatch.StartNew();
            _ = compilation.Clone().GetDiagnostics();
            bindings.Add(watch.Elapsed.TotalMilliseconds);
        }

        bindings.Sort();
        var binding = bindings[1];
        var families = Workload.Families();
        var all = families["All"];
        if (Environment.GetEnvironmentVariable("AUTOMODE_BENCH_ONLY") is { Length: > 0 } only)
        {
            // e.g. AUTOMODE_BENCH_ONLY=SecretsAnalyzer: one analyzer, for a profiler.
            all = all.Where(a => a.GetType().Name == only).ToImmutableArray();
        }

        var familyOf = families.Where(f => f.Key != "All").SelectMany(f => f.Value.Select(a => (Analyzer: a, Family: f.Key))).ToDictionary(x => x.Analyzer, x => x.Family);
        var perFamily = new Dictionary<string, List<double>>();
        var perAnalyzer = new Dictionary<string, List<double>>();
        var totals = new List<double>();
        var firstRun = new Dictionary<string, double>();
        var findings = 0;
        await Workload.RunWithTelemetryAsync(compilation, ImmutableArray.Create<DiagnosticAnalyzer>(new EmptyAnalyzer(everyCallback: true)));
        var firstRunJit = TimeSpan.Zero;
        var firstRunMethods = 0L;
        for (var run = 0; run < 6; run++)
        {
            var jitBefore = System.Runtime.JitInfo.GetCompilationTime();
            var methodsBefore = System.Runtime.JitInfo.GetCompiledMethodCount();
            var (count, times) = await Workload.RunWithTelemetryAsync(compilation, all);
            if (run == 0)
            {
                firstRunJit = System.Runtime.JitInfo.GetCompilationTime() - jitBefore;
                firstRunMethods = System.Runtime.JitInfo.GetCompiledMethodCount() - methodsBefore;
                // The first run in this process pays the JIT and the analyzers' static state, as a build without the
                // compiler server does: reported as its own column, not part of the medians.
                foreach (var group in times.GroupBy(t => familyOf[t.Key]))
                {
                    firstRun[group.Key] = group.Sum(t => t.Value.TotalMilliseconds);
                }

                firstRun["All"] = times.Values.Sum(t => t.TotalMilliseconds);
                continue;
            }

            findings = count;
            totals.Add(times.Values.Sum(t => t.TotalMilliseconds));
            foreach (var (analyzer, time) in times)
            {
                var name = analyzer.GetType().Name;
                (perAnalyzer.TryGetValue(name, out var own) ? own : perAnalyzer[name] = new List<double>()).Add(time.TotalMilliseconds);
            }

            foreach (var group in times.GroupBy(t => familyOf[t.Key]))
            {
                (perFamily.TryGetValue(group.Key, out var list) ? list : perFamily[group.Key] = new List<double>()).Add(group.Sum(t => t.Value.TotalMilliseconds));
            }
        }

        static double Median(List<double> values) => values.OrderBy(v => v).ElementAt(values.Count / 2);
        Console.WriteLine($"{compilation.SyntaxTrees.Count()} files; compiler binding (median of 3 fresh compilations): {binding:F0} ms; findings: {findings}");
        Console.WriteLine($"{"family",-28} {"analyzer ms",12} {"% of binding",13} {"first run ms",13}");
        foreach (var (family, values) in perFamily.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            Console.WriteLine($"{family,-28} {Median(values),12:F1} {100 * Median(values) / binding,12:F2}% {firstRun.GetValueOrDefault(family),13:F1}");
        }

        Console.WriteLine($"{"All (sum of callbacks)",-28} {Median(totals),12:F1} {100 * Median(totals) / binding,12:F2}% {firstRun["All"],13:F1}");
        Console.WriteLine($"first run: {firstRunJit.TotalMilliseconds:F1} ms of JIT compiling {firstRunMethods} methods (all threads; the analyzers' code and the generic code they instantiate)");
        Console.WriteLine();
        Console.WriteLine("costliest analyzers:");
        foreach (var (name, values) in perAnalyzer.OrderByDescending(a => Median(a.Value)).Take(6))
        {
            Console.WriteLine($"  {name,-36} {Median(values),8:F1} ms");
        }
    }
}
