using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AutoMode.Analyzers;

/// <summary>
/// Whether a compilation is test code: it references a test framework (NUnit, xUnit v2/v3, MSTest, TUnit), or the build
/// says so (<c>build_property.IsTestProject = true</c>: set by Microsoft.NET.Test.Sdk and made visible by the package,
/// and by the gate for a project it compiles unrestored whose package references name a test framework). Test projects
/// and their shared helper libraries are; an application is not.
/// </summary>
internal static class TestCode
{
    private static readonly string[] FrameworkMarkers =
    {
        "NUnit.Framework.TestAttribute",
        "Xunit.FactAttribute",
        "Microsoft.VisualStudio.TestTools.UnitTesting.TestMethodAttribute",
        "TUnit.Core.TestAttribute",
    };

    internal const string IsTestProjectProperty = "build_property.IsTestProject";

    public static bool IsTestProject(Compilation compilation, AnalyzerOptions options)
        => (options.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue(IsTestProjectProperty, out var value) &&
            string.Equals(value?.Trim(), "true", StringComparison.OrdinalIgnoreCase)) ||
           IsTestProject(compilation);

    public static bool IsTestProject(Compilation compilation)
    {
        var types = WellKnownTypes.For(compilation);
        foreach (var marker in FrameworkMarkers)
        {
            if (types.Get(marker) is not null)
            {
                return true;
            }
        }

        return false;
    }
}
