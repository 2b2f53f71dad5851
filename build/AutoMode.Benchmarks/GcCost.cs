using Microsoft.Diagnostics.Tracing;
using Microsoft.Diagnostics.Tracing.Analysis;

namespace AutoMode.Benchmarks;

/// <summary>
/// <c>--gc-cost a.nettrace [b.nettrace …]</c>: the garbage collections of a recorded compiler run, with their pauses
/// (every thread stops, the compiler's too), to compare runs with and without the analyzers. Record with
/// <c>dotnet-trace collect --providers Microsoft-Windows-DotNETRuntime:0x1:4 -o gc.nettrace -- dotnet exec csc.dll @build.rsp</c>.
/// </summary>
internal static class GcCost
{
    public static void Print(IEnumerable<string> tracePaths)
    {
        foreach (var path in tracePaths)
        {
            using var source = new EventPipeEventSource(path);
            source.NeedLoadedDotNetRuntimes();
            source.Process();
            foreach (var process in source.Processes())
            {
                var gcs = process.LoadedDotNetRuntime()?.GC?.GCs;
                if (gcs is null || gcs.Count == 0)
                {
                    continue;
                }

                Console.WriteLine($"{Path.GetFileName(path)}: {gcs.Count} collections, {gcs.Sum(g => g.PauseDurationMSec):F1} ms paused");
                foreach (var gc in gcs)
                {
                    Console.WriteLine($"  gen{gc.Generation} at {gc.StartRelativeMSec,6:F0} ms: paused {gc.PauseDurationMSec,5:F1} ms, heap {gc.HeapSizeBeforeMB:F0} -> {gc.HeapSizeAfterMB:F0} MB, promoted {gc.PromotedMB:F1} MB");
                }
            }
        }
    }
}
