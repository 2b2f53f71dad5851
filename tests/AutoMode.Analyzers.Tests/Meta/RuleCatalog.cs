using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AutoMode.Analyzers.Tests.Meta;

/// <summary>Every analyzer and code fix the package exports, found by reflection: new rules join the meta-tests by themselves.</summary>
public static class RuleCatalog
{
    public static IReadOnlyList<DiagnosticAnalyzer> Analyzers { get; } = Exported<DiagnosticAnalyzer, DiagnosticAnalyzerAttribute>(typeof(RiskModel).Assembly);

    public static IReadOnlyList<CodeFixProvider> CodeFixes { get; } = Exported<CodeFixProvider, ExportCodeFixProviderAttribute>(
        Assembly.Load("AutoMode.CodeFixes"));

    public static IReadOnlyList<(DiagnosticDescriptor Descriptor, DiagnosticAnalyzer Analyzer)> Descriptors { get; } =
        Analyzers.SelectMany(a => a.SupportedDiagnostics.Select(d => (d, a))).OrderBy(x => x.d.Id, StringComparer.Ordinal).ToList();

    public static IEnumerable<TestCaseData> DescriptorCases() =>
        Descriptors.Select(x => new TestCaseData(x.Descriptor, x.Analyzer.GetType().Name).SetArgDisplayNames(x.Descriptor.Id));

    private static IReadOnlyList<T> Exported<T, TAttribute>(Assembly assembly)
        where TAttribute : Attribute =>
        assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(T).IsAssignableFrom(t) && t.GetCustomAttribute<TAttribute>() is not null)
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Select(t => (T)Activator.CreateInstance(t)!)
            .ToList();
}
