using Microsoft.Diagnostics.Tracing;
using Microsoft.Diagnostics.Tracing.Parsers;

namespace AutoMode.Benchmarks;

/// <summary>
/// <c>--jit-cost trace.nettrace [--baseline without.nettrace] [--list]</c>: how long the runtime spent JIT-compiling
/// because of AutoMode in one compiler process, from the runtime's own JIT events (each method's MethodJittingStarted
/// to its MethodLoadVerbose, on the same thread). Record the traces around builds without the compiler server, with and
/// without the analyzers, e.g.
/// <c>dotnet-trace collect --providers Microsoft-Windows-DotNETRuntime:0x10:5 -o jit.nettrace -- dotnet exec csc.dll @build.rsp</c>.
/// AutoMode's own methods and generic code instantiated over its types are counted from one trace; with a baseline,
/// so is the framework and compiler code compiled only in the run with AutoMode (generic instantiations it needs that no
/// ReadyToRun image holds, and methods its calls make hot enough for a tier-1 recompile).
/// The times include what the JIT waits on (type loads) and any time the thread was not scheduled, so they are an
/// upper bound; the method counts and IL sizes are exact.
/// </summary>
internal static class JitCost
{
    private const string Own = "AutoMode's methods";
    private const string OverOwnTypes = "generic code instantiated over AutoMode's types";
    private const string OnlyWithAutoMode = "other code compiled only with AutoMode";
    private const string Rest = "everything else";

    public static void Print(string tracePath, string? baselinePath, bool list)
    {
        var baseline = baselinePath is null ? null : Read(baselinePath).Select(m => m.Key).ToHashSet(StringComparer.Ordinal);
        var groups = new SortedDictionary<string, (double Ms, int Methods, long IlBytes)>(StringComparer.Ordinal);
        var counted = new List<JittedMethod>();
        foreach (var method in Read(tracePath))
        {
            var group = !method.Name.Contains("AutoMode", StringComparison.Ordinal)
                ? baseline is not null && !baseline.Contains(method.Key) ? OnlyWithAutoMode : Rest
                : method.Name.StartsWith("AutoMode", StringComparison.Ordinal) ? Own : OverOwnTypes;
            var sum = groups.GetValueOrDefault(group);
            groups[group] = (sum.Ms + method.Ms, sum.Methods + 1, sum.IlBytes + method.IlSize);
            if (group != Rest)
            {
                counted.Add(method);
            }
        }

        Console.WriteLine($"JIT in {Path.GetFileName(tracePath)}{(baselinePath is null ? "" : $" (baseline {Path.GetFileName(baselinePath)})")}:");
        foreach (var (group, sum) in groups)
        {
            Console.WriteLine($"  {group,-50} {sum.Ms,8:F1} ms  {sum.Methods,6} methods  {sum.IlBytes,8} bytes of IL");
        }

        foreach (var method in list ? counted.OrderByDescending(m => m.Ms) : Enumerable.Empty<JittedMethod>())
        {
            Console.WriteLine($"  {method.Ms,7:F3} ms  IL {method.IlSize,5}  {method.Tier,-16}  {method.Name}");
        }
    }

    private static List<JittedMethod> Read(string tracePath)
    {
        var started = new Dictionary<(int Thread, long Method), (double At, int IlSize)>();
        var methods = new List<JittedMethod>();
        using var source = new EventPipeEventSource(tracePath);
        var clr = new ClrTraceEventParser(source);
        clr.MethodJittingStarted += e => started[(e.ThreadID, e.MethodID)] = (e.TimeStampRelativeMSec, e.MethodILSize);
        clr.MethodLoadVerbose += e =>
        {
            if (started.Remove((e.ThreadID, e.MethodID), out var start))
            {
                var name = e.MethodNamespace + "::" + e.MethodName;
                var tier = e.OptimizationTier.ToString();
                // Dynamic methods (compiled regexes, stubs) carry run-specific signatures: matched by name only.
                var key = (e.MethodNamespace == "dynamicClass" ? name : name + e.MethodSignature) + "@" + tier;
                methods.Add(new JittedMethod(name, key, tier, e.TimeStampRelativeMSec - start.At, start.IlSize));
            }
        };
        source.Process();
        return methods;
    }

    private sealed record JittedMethod(string Name, string Key, string Tier, double Ms, int IlSize);
}
