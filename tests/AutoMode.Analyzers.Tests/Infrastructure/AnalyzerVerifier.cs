using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace AutoMode.Analyzers.Tests.Infrastructure;

/// <summary>
/// Runs one analyzer on C# source written with diagnostic markup (<c>{|AM1001:File.Delete(p)|}</c>) against
/// real .NET 10 reference assemblies. Every expected diagnostic must appear and nothing else may.
/// </summary>
public static class AnalyzerVerifier<TAnalyzer>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    public static DiagnosticResult Diagnostic(string id) => CSharpAnalyzerVerifier<TAnalyzer, DefaultVerifier>.Diagnostic(id);

    public static Task VerifyAsync(string source, params DiagnosticResult[] expected)
        => VerifyAsync(source, editorConfig: null, expected);

    public static Task VerifyAsync(string source, string? editorConfig, params DiagnosticResult[] expected)
    {
        var test = Create(source, editorConfig);
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    /// <summary>Against other reference assemblies, e.g. <c>TestReferences.WithPackages(...)</c>.</summary>
    public static Task VerifyAsync(ReferenceAssemblies references, string source, params DiagnosticResult[] expected)
        => VerifyAsync(references, source, editorConfig: null, expected);

    public static Task VerifyAsync(ReferenceAssemblies references, string source, string? editorConfig, params DiagnosticResult[] expected)
    {
        var test = Create(source, editorConfig);
        test.ReferenceAssemblies = references;
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    /// <summary>A test to customise further (more files, packages, additional files).</summary>
    public static Test Create(string source, string? editorConfig = null)
    {
        var test = new Test { TestCode = source };
        if (editorConfig is not null)
        {
            test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*.cs]\n" + editorConfig));
        }

        return test;
    }

    public sealed class Test : CSharpAnalyzerTest<TAnalyzer, DefaultVerifier>
    {
        public Test()
        {
            ReferenceAssemblies = TestReferences.Net10;
        }
    }
}
