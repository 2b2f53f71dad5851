using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AutoMode.Gate.Analysis;

/// <summary>
/// Every C# analyzer the AutoMode.Analyzers assembly exports, found by reflection: a rule family added to the
/// analyzers flows into the gate with no change here.
/// </summary>
public sealed class AnalyzerCatalog
{
    public const string AnalyzerAssemblyName = "AutoMode.Analyzers";

    private static readonly Lazy<AnalyzerCatalog> Shared = new(() => FromAssembly(Assembly.Load(new AssemblyName(AnalyzerAssemblyName))));

    private AnalyzerCatalog(ImmutableArray<DiagnosticAnalyzer> analyzers)
    {
        Analyzers = analyzers;
        var descriptors = new Dictionary<string, DiagnosticDescriptor>(StringComparer.OrdinalIgnoreCase);
        foreach (var analyzer in analyzers)
        {
            foreach (var descriptor in analyzer.SupportedDiagnostics)
            {
                descriptors.TryAdd(descriptor.Id, descriptor);
            }
        }

        Descriptors = descriptors;
    }

    public static AnalyzerCatalog Default => Shared.Value;

    public ImmutableArray<DiagnosticAnalyzer> Analyzers { get; }

    public IReadOnlyDictionary<string, DiagnosticDescriptor> Descriptors { get; }

    public string Version { get; } = typeof(AnalyzerCatalog).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";

    /// <summary>A catalog of the given analyzers (tests, or a host that adds its own).</summary>
    public static AnalyzerCatalog FromAnalyzers(ImmutableArray<DiagnosticAnalyzer> analyzers) => new(analyzers);

    public static AnalyzerCatalog FromAssembly(Assembly assembly)
    {
        Type?[] types;
        try
        {
            types = assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException e)
        {
            types = e.Types;
        }

        var analyzers = types
            .Where(t => t is { IsAbstract: false } && typeof(DiagnosticAnalyzer).IsAssignableFrom(t))
            .Where(t => t!.GetCustomAttributes<DiagnosticAnalyzerAttribute>().Any(a => a.Languages.Contains(LanguageNames.CSharp)))
            .OrderBy(t => t!.FullName, StringComparer.Ordinal)
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t!)!)
            .ToImmutableArray();
        return new AnalyzerCatalog(analyzers);
    }
}
