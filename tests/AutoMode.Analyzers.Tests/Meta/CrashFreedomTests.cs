using System.Collections.Concurrent;
using System.Collections.Immutable;
using AutoMode.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AutoMode.Analyzers.Tests.Meta;

/// <summary>
/// Every analyzer over what an IDE sees while someone types: the C# inputs of the rule tests, the sample and the
/// labeled corpus, truncated at many points, with tokens deleted and braces unbalanced. Any analyzer exception
/// (what users would see as AD0001) fails the test with the input and mutation that caused it.
/// </summary>
[NonParallelizable]
public class CrashFreedomTests
{
    private const int Seed = 20261127;
    private const string StatementHost = """
        using System;
        using System.IO;
        using System.Linq;
        using System.Text;

        class Host
        {
            void Run(string path, string other, bool flag, object value, dynamic d)
            {
                BODY
            }
        }
        """;
    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(ResolveReferences);

    public static IEnumerable<TestCaseData> Mutations()
    {
        yield return new TestCaseData("truncated").SetArgDisplayNames("truncated");
        yield return new TestCaseData("token-deleted").SetArgDisplayNames("token-deleted");
        yield return new TestCaseData("unbalanced-braces").SetArgDisplayNames("unbalanced-braces");
    }

    [TestCaseSource(nameof(Mutations))]
    public async Task AnalyzersNeverThrowOnMutatedInput(string mutation)
    {
        var inputs = Inputs();
        Assert.That(inputs, Has.Count.GreaterThan(10), "too few inputs found to make this test meaningful: " + inputs.Count + " under " + RepositoryPaths.Root);

        var failures = new ConcurrentBag<string>();
        var analyzers = RuleCatalog.Analyzers.ToImmutableArray();
        var random = new Random(Seed);
        var runs = 0;
        foreach (var (name, source) in inputs)
        {
            foreach (var (label, mutated) in Mutate(mutation, source, random))
            {
                runs++;
                foreach (var exception in await RunAsync(analyzers, mutated))
                {
                    failures.Add($"{name} [{mutation} {label}]: {exception}");
                }
            }
        }

        TestContext.Out.WriteLine($"{mutation}: {inputs.Count} inputs, {runs} mutated compilations, {analyzers.Length} analyzers");
        Assert.That(failures, Is.Empty, string.Join("\n\n", failures.Take(5)));
    }

    [Test]
    public async Task HarnessCatchesAnAnalyzerThatThrows()
    {
        var exceptions = await RunAsync(ImmutableArray.Create<DiagnosticAnalyzer>(new ThrowingAnalyzer()), "class C { void M() { M(); } }");
        Assert.That(exceptions, Is.Not.Empty, "the harness must see analyzer exceptions, or the crash test proves nothing");
    }

    internal static async Task<IReadOnlyList<string>> RunAsync(ImmutableArray<DiagnosticAnalyzer> analyzers, string source)
    {
        var tree = CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest), path: "/0/Input.cs");
        var compilation = CSharpCompilation.Create(
            "CrashInput",
            new[] { tree },
            References.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, allowUnsafe: true));
        var exceptions = new List<string>();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
            (exception, analyzer, diagnostic) => { lock (exceptions) { exceptions.Add(analyzer.GetType().Name + ": " + exception); } },
            concurrentAnalysis: false,
            logAnalyzerExecutionTime: false,
            reportSuppressedDiagnostics: false);
        var diagnostics = await compilation.WithAnalyzers(analyzers, options).GetAnalyzerDiagnosticsAsync();
        exceptions.AddRange(diagnostics.Where(d => d.Id == "AD0001").Select(d => d.GetMessage()));
        return exceptions;
    }

    private static IEnumerable<(string Label, string Source)> Mutate(string mutation, string source, Random random)
    {
        switch (mutation)
        {
            case "truncated":
                for (var i = 1; i <= 6; i++)
                {
                    var at = source.Length * i / 7;
                    yield return ($"at {at}", source[..at]);
                }

                break;
            case "token-deleted":
                var tokens = CSharpSyntaxTree.ParseText(source).GetRoot().DescendantTokens().Where(t => t.Span.Length > 0).ToList();
                for (var i = 0; i < 4 && tokens.Count > 0; i++)
                {
                    var token = tokens[random.Next(tokens.Count)];
                    yield return ($"'{token.Text}' at {token.SpanStart}", source.Remove(token.SpanStart, token.Span.Length));
                }

                break;
            default:
                var closing = source.LastIndexOf('}');
                if (closing >= 0)
                {
                    yield return ("last } removed", source.Remove(closing, 1));
                }

                var opening = source.IndexOf('{');
                if (opening >= 0)
                {
                    yield return ("extra { after first", source.Insert(opening + 1, "{ "));
                    var middle = source.IndexOf('(', source.Length / 2);
                    if (middle >= 0)
                    {
                        yield return ("{ inside a call", source.Insert(middle + 1, "{"));
                    }
                }

                break;
        }
    }

    /// <summary>C# inputs: raw/verbatim string literals of the rule tests that look like code, the samples, and the corpus.</summary>
    internal static List<(string Name, string Source)> Inputs()
    {
        var inputs = new List<(string, string)>();
        var testsRoot = Path.Combine(RepositoryPaths.Root, "tests", "AutoMode.Analyzers.Tests");
        foreach (var file in Directory.EnumerateFiles(testsRoot, "*.cs", SearchOption.AllDirectories).Where(f => !f.Contains("/obj/") && !f.Contains("/bin/")).OrderBy(f => f, StringComparer.Ordinal))
        {
            var root = CSharpSyntaxTree.ParseText(File.ReadAllText(file)).GetRoot();
            var index = 0;
            foreach (var text in StringContents(root))
            {
                if (text.Length > 40 && (text.Contains("class ") || text.Contains("using ")) && text.Contains('{'))
                {
                    inputs.Add(($"{Path.GetRelativePath(RepositoryPaths.Root, file)}#{index++}", StripMarkup(text)));
                }
                else if (text.Length > 15 && text.Contains(';'))
                {
                    // A statement snippet that a test wraps into a method: wrap it the same way.
                    inputs.Add(($"{Path.GetRelativePath(RepositoryPaths.Root, file)}#{index++}", StatementHost.Replace("BODY", StripMarkup(text))));
                }
            }
        }

        foreach (var folder in new[] { "samples", Path.Combine("tests", "AutoMode.Evaluation", "Corpus") })
        {
            var path = Path.Combine(RepositoryPaths.Root, folder);
            if (!Directory.Exists(path))
            {
                continue;
            }

            var files = Directory.EnumerateFiles(path, "*.cs", SearchOption.AllDirectories)
                .Where(f => !f.Contains("/obj/") && !f.Contains("/bin/") && !f.Contains("/before/"))
                .OrderBy(f => f, StringComparer.Ordinal)
                .ToList();

            // The corpus has hundreds of files: every third keeps the test under a minute and still covers every stack.
            var step = files.Count > 100 ? 3 : 1;
            for (var i = 0; i < files.Count; i += step)
            {
                inputs.Add((Path.GetRelativePath(RepositoryPaths.Root, files[i]), File.ReadAllText(files[i])));
            }
        }

        return inputs;
    }

    private static IEnumerable<string> StringContents(SyntaxNode root)
    {
        foreach (var node in root.DescendantNodes())
        {
            if (node is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.StringLiteralExpression))
            {
                yield return literal.Token.ValueText;
            }
            else if (node is InterpolatedStringExpressionSyntax interpolated)
            {
                // Template sources ($$"""…{{body}}…"""): the text parts, holes left empty.
                yield return string.Concat(interpolated.Contents.OfType<InterpolatedStringTextSyntax>().Select(t => t.TextToken.ValueText));
            }
        }
    }

    /// <summary>Removes the test markup <c>{|AM1001:…|}</c>, <c>{|#0:…|}</c>, <c>[|…|]</c> so the input is plain C#.</summary>
    private static string StripMarkup(string text)
        => System.Text.RegularExpressions.Regex.Replace(text, @"\{\|[^:|]+:|\|\}|\[\||\|\]", string.Empty);

    private static ImmutableArray<MetadataReference> ResolveReferences()
    {
        // The packages the rule families match (EF Core, Azure, Dapper…), so that their code paths run too.
        var referenceAssemblies = TestReferences.WithPackages(CrashTestPackages.All);
        return referenceAssemblies.ResolveAsync(LanguageNames.CSharp, CancellationToken.None).GetAwaiter().GetResult();
    }

    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    private sealed class ThrowingAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics =>
            ImmutableArray.Create(Rules.DestructiveIO.DestructiveFileIOAnalyzer.FileDeleteRule);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterOperationAction(_ => throw new InvalidOperationException("boom"), Microsoft.CodeAnalysis.OperationKind.Invocation);
        }
    }
}
