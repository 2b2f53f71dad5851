using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace AutoMode.Analyzers.Tests.Infrastructure;

/// <summary>
/// Runs an analyzer and its code fix on markup source against real .NET 10 reference assemblies (plus packages when a
/// family needs them), checking the fixed source after one fix and after Fix All (document, project and solution scope).
/// </summary>
public static class CodeFixVerifier<TAnalyzer, TCodeFix>
    where TAnalyzer : DiagnosticAnalyzer, new()
    where TCodeFix : CodeFixProvider, new()
{
    public static DiagnosticResult Diagnostic(string id) => CSharpCodeFixVerifier<TAnalyzer, TCodeFix, DefaultVerifier>.Diagnostic(id);

    public static Task VerifyCodeFixAsync(string source, string fixedSource, ReferenceAssemblies? references = null)
        => Create(source, fixedSource, references).RunAsync();

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
        public Test()
        {
            ReferenceAssemblies = TestReferences.Net10;
        }
    }
}
