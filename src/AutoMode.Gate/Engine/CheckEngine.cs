using AutoMode.Gate.Analysis;
using AutoMode.Gate.Model;
namespace AutoMode.Gate.Engine;
public sealed class CheckEngine
{
    public CheckEngine(AnalyzerCatalog catalog) { }
    public Task<CheckReport> CheckAsync(CheckOptions options, CancellationToken ct) => throw new GateException("todo");
}
