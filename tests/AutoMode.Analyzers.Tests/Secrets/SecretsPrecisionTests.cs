using System.Collections.Immutable;
using System.Text.RegularExpressions;
using AutoMode.Analyzers.Rules.Secrets;
using AutoMode.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace AutoMode.Analyzers.Tests.Secrets;

/// <summary>
/// Measures the precision (and recall) of the hard-coded-secret rules AM3001–AM3004 on the realistic corpus in
/// Secrets/Corpus (see its README): a diagnostic on a line ending with <c>// secret</c> is a true positive, any other
/// a false positive; a <c>// secret</c> line without one is a miss. Prints the figures and fails below the bar.
/// </summary>
public class SecretsPrecisionTests
{
    private static readonly string[] HardcodedIds = { "AM3001", "AM3002", "AM3003", "AM3004", "AM3005" };

    private static readonly ReferenceAssemblies CorpusReferences = SecretsVerify.Packages.AddPackages(ImmutableArray.Create(
        new PackageIdentity("Microsoft.EntityFrameworkCore.SqlServer", "10.0.15"),
        new PackageIdentity("Microsoft.Extensions.DependencyInjection.Abstractions", "10.0.15"),
        new PackageIdentity("Microsoft.Extensions.Logging", "10.0.15"),
        new PackageIdentity("Microsoft.Extensions.Options.ConfigurationExtensions", "10.0.15")));

    private static readonly ReferenceAssemblies TestCorpusReferences = CorpusReferences.AddPackages(ImmutableArray.Create(new PackageIdentity("NUnit", "4.4.0")));

    [Test]
    public async Task HardcodedSecrets_PrecisionOnCorpus()
    {
        var folder = Path.Combine(RepositoryPaths.Root, "tests", "AutoMode.Analyzers.Tests", "Secrets", "Corpus");
        var files = Directory.GetFiles(folder, "*.cs", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal).ToList();
        var trees = files.Select(f => CSharpSyntaxTree.ParseText(Fake.Expand(File.ReadAllText(f)), new CSharpParseOptions(LanguageVersion.Latest), path: Path.GetRelativePath(folder, f))).ToList();
        // Two projects, as in a real solution: the application's files, and the test files (they reference NUnit, which
        // makes them a test project: AM3002-AM3004 become AM3005 there, a detection all the same).
        var isTest = (SyntaxTree tree) => tree.ToString().Contains("using NUnit.Framework;", StringComparison.Ordinal);
        var diagnostics = new List<Diagnostic>();
        foreach (var (name, projectTrees, referenceSet) in new[]
                 {
                     ("Corpus", trees.Where(t => !isTest(t)).ToList(), CorpusReferences),
                     ("Corpus.Tests", trees.Where(isTest).ToList(), TestCorpusReferences),
                 })
        {
            var references = await referenceSet.ResolveAsync(LanguageNames.CSharp, CancellationToken.None);
            var compilation = CSharpCompilation.Create(
                name,
                projectTrees,
                references,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

            var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            Assert.That(errors, Is.Empty, "the corpus must compile: " + string.Join("\n", errors.Take(10)));
            diagnostics.AddRange(await compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new SecretsAnalyzer())).GetAnalyzerDiagnosticsAsync());
        }

        Assert.That(diagnostics.Where(d => isTest(d.Location.SourceTree!) && d.Id is "AM3002" or "AM3003" or "AM3004"), Is.Empty, "in the test project these are AM3005");
        var flagged = diagnostics.Where(d => HardcodedIds.Contains(d.Id))
            .Select(d => (File: d.Location.SourceTree!.FilePath, Line: d.Location.GetLineSpan().StartLinePosition.Line, d.Id))
            .ToList();

        var labelled = new HashSet<(string File, int Line)>();
        var literals = 0;
        foreach (var tree in trees)
        {
            var lines = tree.GetText().Lines;
            for (var i = 0; i < lines.Count; i++)
            {
                if (Regex.IsMatch(lines[i].ToString(), @"//\s*secret\s*$"))
                {
                    labelled.Add((tree.FilePath, i));
                }
            }

            literals += tree.GetRoot().DescendantTokens().Count(t => t.IsKind(SyntaxKind.StringLiteralToken) || t.IsKind(SyntaxKind.InterpolatedStringTextToken));
        }

        var flaggedLines = flagged.Select(f => (f.File, f.Line)).ToHashSet();
        var truePositives = flaggedLines.Count(labelled.Contains);
        var falsePositives = flaggedLines.Where(l => !labelled.Contains(l)).ToList();
        var misses = labelled.Where(l => !flaggedLines.Contains(l)).ToList();
        var precision = flaggedLines.Count == 0 ? 0 : (double)truePositives / flaggedLines.Count;
        var recall = labelled.Count == 0 ? 0 : (double)truePositives / labelled.Count;

        TestContext.Out.WriteLine($"corpus: {files.Count} files, {literals} string literal parts, {labelled.Count} labelled secrets");
        foreach (var (set, inSet) in new (string, Func<string, bool>)[] { ("tuning set (Corpus/*.cs)", f => !f.StartsWith("HeldOut", StringComparison.Ordinal)), ("held-out set (Corpus/HeldOut/*.cs)", f => f.StartsWith("HeldOut", StringComparison.Ordinal)) })
        {
            var setFlagged = flaggedLines.Count(l => inSet(l.File));
            var setTrue = flaggedLines.Count(l => inSet(l.File) && labelled.Contains(l));
            var setLabelled = labelled.Count(l => inSet(l.File));
            TestContext.Out.WriteLine($"{set}: flagged {setFlagged}, true positives {setTrue}, labelled {setLabelled}, precision {(setFlagged == 0 ? 0 : (double)setTrue / setFlagged):P1}, recall {(setLabelled == 0 ? 0 : (double)setTrue / setLabelled):P1}");
        }

        TestContext.Out.WriteLine($"all: flagged lines: {flaggedLines.Count}; true positives: {truePositives}; false positives: {falsePositives.Count}; missed: {misses.Count}");
        TestContext.Out.WriteLine($"precision: {precision:P1}; recall: {recall:P1}");
        foreach (var (file, line) in falsePositives)
        {
            TestContext.Out.WriteLine($"  false positive: {file}:{line + 1} {string.Join(",", flagged.Where(f => f.File == file && f.Line == line).Select(f => f.Id))}");
        }

        foreach (var (file, line) in misses)
        {
            TestContext.Out.WriteLine($"  missed: {file}:{line + 1}");
        }

        Assert.That(precision, Is.GreaterThanOrEqualTo(0.95), "precision of AM3001–AM3004 on the corpus");
        Assert.That(recall, Is.GreaterThanOrEqualTo(0.85), "recall of AM3001–AM3004 on the corpus");
    }
}
