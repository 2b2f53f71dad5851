using System.Collections.Immutable;
using AutoMode.Analyzers.Rules.TypedRefactor;
using AutoMode.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AutoMode.Analyzers.Tests.TypedRefactor;

/// <summary>The AM4xxx family as a whole: its levels, and that no rule throws on half-typed code.</summary>
public class TypedRefactorFamilyTests
{
    private static readonly ImmutableArray<DiagnosticAnalyzer> Analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(
        new DynamicBindingAnalyzer(), new ReflectionByNameAnalyzer(), new MemberNameInStringAnalyzer(), new UnsafeCodeAnalyzer(),
        new NullabilityEscapeAnalyzer(), new WarningSuppressionAnalyzer(), new RuntimeNameAnalyzer());

    [Test]
    public void Descriptors_HaveExpectedRiskLevels()
    {
        var byId = Analyzers.SelectMany(a => a.SupportedDiagnostics).ToDictionary(d => d.Id, d => RiskModel.FromSeverity(d.DefaultSeverity));
        Assert.That(byId, Is.EquivalentTo(new Dictionary<string, RiskLevel>
        {
            ["AM4001"] = RiskLevel.Medium,
            ["AM4002"] = RiskLevel.Medium,
            ["AM4003"] = RiskLevel.Low,
            ["AM4004"] = RiskLevel.High,
            ["AM4005"] = RiskLevel.High,
            ["AM4006"] = RiskLevel.Low,
            ["AM4007"] = RiskLevel.Medium,
            ["AM4008"] = RiskLevel.Medium,
            ["AM4009"] = RiskLevel.Low,
            ["AM4010"] = RiskLevel.Low,
            ["AM4011"] = RiskLevel.Low,
            ["AM4012"] = RiskLevel.Low,
            ["AM4013"] = RiskLevel.Medium,
            ["AM4014"] = RiskLevel.Low,
            ["AM4015"] = RiskLevel.Low,
        }));
    }

    [Test]
    public async Task HalfTypedCode_NoRuleThrows()
    {
        const string source = """
            using System;
            using System.Text.Json;
            using System.Runtime.CompilerServices;
            #pragma warning disable
            #nullable disable
            [SuppressMessage(
            class C : Missing
            {
                dynamic d;
                void M(Unknown u, string s)
                {
                    d.Foo(;
                    typeof(Missing).GetMethod("X");
                    Type.GetType(;
                    throw new ArgumentNullException("s"
                    OnPropertyChanged("Name");
                    unsafe { int* p = &; }
                    Unsafe.As<>(u);
                    var x = u!.;
                    JsonSerializer.Serialize(u);
                    JsonSerializer.Serialize<Missing>(;
                }
                [MemberNotNull("
                public Missing Prop { get; set; }
            }
            """;
        var references = await TestReferences.Net10.ResolveAsync(LanguageNames.CSharp, CancellationToken.None);
        var compilation = CSharpCompilation.Create(
            "HalfTyped",
            new[] { CSharpSyntaxTree.ParseText(source) },
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, allowUnsafe: true, nullableContextOptions: NullableContextOptions.Enable));
        var exceptions = new List<Exception>();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
            (exception, _, _) => exceptions.Add(exception),
            concurrentAnalysis: false,
            logAnalyzerExecutionTime: false);
        var diagnostics = await compilation.WithAnalyzers(Analyzers, options).GetAnalyzerDiagnosticsAsync();

        Assert.That(exceptions, Is.Empty);
        Assert.That(diagnostics.Where(d => d.Id == "AD0001"), Is.Empty);
    }
}
