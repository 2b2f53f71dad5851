using Microsoft.Diagnostics.Tracing;
using Microsoft.Diagnostics.Tracing.Parsers;

namespace AutoMode.Benchmarks;

/// <summary>
/// <c>--jit-cost trace.nettrace [--list]</c>: how long the runtime spent JIT-compiling AutoMode's code in one compiler
/// process, from the runtime's own JIT events (each method's MethodJittingStarted to its MethodLoadVerbose, on the
/// same thread). Record the trace around a build without the compiler server, e.g.
/// <c>dotnet-trace collect --providers Microsoft-Windows-DotNETRuntime:0x10:5 -o jit.nettrace -- dotnet exec csc.dll @build.rsp</c>.
/// The times include what the JIT waits on (type loads) and any time the thread was not scheduled, so they are an
/// upper bound; the method counts and IL sizes are exact.
/// </summary>
internal static class JitCost
{
    public static void Print(string tracePath, bool list)
    {
        var started = new Dictionary<(int Thread, long Method), (double At, string Name, int IlSize)>();
        var groups = new SortedDictionary<string, (double Ms, int Methods, long IlBytes)>(StringComparer.Ordinal);
        var methods = new List<(double Ms, int IlSize, string Name)>();
        using (var source = new EventPipeEventSource(tracePath))
        {
            var clr = new ClrTraceEventParser(source);
            clr.MethodJittingStarted += e => started[(e.ThreadID, e.MethodID)] = (e.TimeStampRelativeMSec, e.MethodNamespace + "::" + e.MethodName, e.MethodILSize);
            clr.MethodLoadVerbose += e =>
            {
                if (!started.Remove((e.ThreadID, e.MethodID), out var start))
                {
                    return;
                }

                var ms = e.TimeStampRelativeMSec - start.At;
                var group = !start.Name.Contains("AutoMode", StringComparison.Ordinal) ? "everything else"
                    : start.Name.StartsWith("AutoMode", StringComparison.Ordinal) ? "AutoMode's methods"
                    : "generic code instantiated over AutoMode's types";
                var sum = groups.GetValueOrDefault(group);
                groups[group] = (sum.Ms + ms, sum.Methods + 1, sum.IlBytes + start.IlSize);
                if (group != "everything else")
                {
                    methods.Add((ms, start.IlSize, start.Name));
                }
            };
            source.Process();
        }

        Console.WriteLine($"JIT in {Path.GetFileName(tracePath)}:");
        foreach (var (group, sum) in groups)
        {
            Console.WriteLine($"  {group,-50} {sum.Ms,8:F1} ms  {sum.Methods,6} methods  {sum.IlBytes,8} bytes of IL");
        }

        foreach (var method in list ? methods.OrderByDescending(m => m.Ms) : Enumerable.Empty<(double Ms, int IlSize, string Name)>())
        {
            Console.WriteLine($"  {method.Ms,7:F3} ms  IL {method.IlSize,5}  {method.Name}");
        }
    }
}
