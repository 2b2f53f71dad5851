using Microsoft.CodeAnalysis;

namespace AutoMode.Analyzers;

/// <summary>
/// Whether a compilation is test code: it references a test framework (NUnit, xUnit v2/v3, MSTest, TUnit). Test
/// projects and their shared helper libraries are; an application is not.
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
