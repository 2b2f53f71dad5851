using System.Collections.Immutable;
using AutoMode.Cli.Tests.Infrastructure;
using AutoMode.Gate.Analysis;
using AutoMode.Gate.Config;
using AutoMode.Gate.Model;
using AutoMode.Gate.Projects;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AutoMode.Cli.Tests.Engine;

/// <summary>An analyzer that throws is reported as such (AD0001, with the analyzer and the file), and the run goes on.</summary>
public class AnalyzerCrashTests
{
    [Test]
    public async Task ThrowingAnalyzerIsReportedAndOthersStillRun()
    {
        using var folder = new TempRepository(init: false);
        folder.Write("Tool.cs", "public static class Tool\n{\n    public static void Run(string dir) => Directory.Delete(dir, true);\n}\n");
        using var loader = new ProjectLoader(folder.Root, new ConfigFileLocator());
        var project = loader.LoadFolder("crash", null, new[] { folder.PathOf("Tool.cs") }, null);
        var catalog = AnalyzerCatalog.FromAnalyzers(AnalyzerCatalog.Default.Analyzers.Add(new ThrowingAnalyzer()));

        var result = await new AnalysisRunner(catalog).RunAsync(project, trees: null, CancellationToken.None);

        Assert.That(result.Diagnostics.Select(d => d.Id), Does.Contain("AM1002"), "the AutoMode rules still ran");
        var crash = result.Crashes.Single();
        Assert.That(crash.Analyzer, Is.EqualTo(nameof(ThrowingAnalyzer)));
        Assert.That(crash.Message, Does.Contain("boom"));
        var finding = AnalysisRunner.ToFinding(crash, folder.Root, folder.PathOf("Tool.cs"));
        Assert.That(finding.RuleId, Is.EqualTo("AD0001"));
        Assert.That(finding.Source, Is.EqualTo(FindingSource.AnalyzerError));
        Assert.That(finding.Path, Is.EqualTo("Tool.cs"));
    }

    /// <summary>A crash seen in a scan can be reproduced: the finding names the file, line and column, the node and the top frames.</summary>
    [Test]
    public async Task CrashFindingCarriesThePositionTheNodeAndTheTopFrames()
    {
        using var folder = new TempRepository(init: false);
        folder.Write("Tool.cs", "public static class Tool\n{\n    public static void Run(string dir)\n    {\n        System.Console.WriteLine(dir);\n    }\n}\n");
        using var loader = new ProjectLoader(folder.Root, new ConfigFileLocator());
        var project = loader.LoadFolder("crash", null, new[] { folder.PathOf("Tool.cs") }, null);
        var catalog = AnalyzerCatalog.FromAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new ThrowingOperationAnalyzer()));

        var result = await new AnalysisRunner(catalog).RunAsync(project, trees: null, CancellationToken.None);

        var finding = AnalysisRunner.ToFinding(result.Crashes.Single(), folder.Root, null);
        Assert.That(finding.Path, Is.EqualTo("Tool.cs"));
        Assert.That((finding.Line, finding.Column), Is.EqualTo((5, 9)), finding.Message);
        Assert.That(finding.Message, Does.Contain("InvocationExpressionSyntax `System.Console.WriteLine(dir)`"));
        Assert.That(finding.Message, Does.Contain("Top frames: ").And.Contain(nameof(ThrowingOperationAnalyzer) + ".Fail"));
        Assert.That(finding.Message, Does.Contain("NullReferenceException").Or.Contain("InvalidOperationException"));
    }

#pragma warning disable RS1001, RS1025, RS1026, RS2008, RS1032, RS1033 // a test double, not a shipped analyzer
    private sealed class ThrowingOperationAnalyzer : DiagnosticAnalyzer
    {
        private static readonly DiagnosticDescriptor Rule = new("TEST002", "Throws", "Throws", "Test", DiagnosticSeverity.Warning, isEnabledByDefault: true);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterOperationAction(Fail, OperationKind.Invocation);
        }

        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
        private static void Fail(OperationAnalysisContext context) => throw new InvalidOperationException("boom at " + context.Operation.Syntax);
    }

    private sealed class ThrowingAnalyzer : DiagnosticAnalyzer
    {
        private static readonly DiagnosticDescriptor Rule = new("TEST001", "Throws", "Throws", "Test", DiagnosticSeverity.Warning, isEnabledByDefault: true);

        // An analyzer without an enabled diagnostic is never run by the compiler.
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterSyntaxTreeAction(_ => throw new InvalidOperationException("boom"));
        }
    }
#pragma warning restore RS1001, RS1025, RS1026, RS2008, RS1032, RS1033
}
