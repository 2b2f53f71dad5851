using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace AutoMode.Analyzers.Tests.Infrastructure;

/// <summary>
/// Runs one analyzer and one code fix on C# source with diagnostic markup, and compares the fixed source, against real
/// .NET 10 reference assemblies (plus packages when a family needs them).
/// </summary>
public static class CodeFixVerifier<TAnalyzer, TCodeFix>
    where TAnalyzer : DiagnosticAnalyzer, new()
    where TCodeFix : CodeFixProvider, new()
{
    public static Test Create(string source, string fixedSource, ReferenceAssemblies? references = null, int codeActionIndex = 0)
        => new()
        {
            TestCode = source,
            FixedCode = fixedSource,
            ReferenceAssemblies = references ?? TestReferences.Net10,
            CodeActionIndex = codeActionIndex,
        };

    public sealed class Test : CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier>
    {
    }
}
