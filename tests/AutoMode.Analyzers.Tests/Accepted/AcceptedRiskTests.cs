using System.Collections.Immutable;
using AutoMode.Analyzers.Rules.Accepted;
using AutoMode.Analyzers.Tests.Infrastructure;
using AutoMode.Analyzers.Tests.Meta;
using AutoMode.Analyzers.Tests.Secrets;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace AutoMode.Analyzers.Tests.Accepted;

/// <summary>
/// The accepted-risks file (AutoMode.Accepted.json): an accepted finding is reported at Low with automode.accepted;
/// its fingerprint survives reformatting, moved lines and members and renamed other members; changed code comes back
/// at its level; entries whose code is gone are AM9201; an unreadable file is AM9202. Every exported analyzer runs,
/// as in a build.
/// </summary>
public class AcceptedRiskTests
{
    private const string SourcePath = "/repo/src/Cleanup.cs";
    private const string AcceptedPath = "/repo/AutoMode.Accepted.json";

    private static readonly string Original = $$"""
        using System;
        using System.IO;

        namespace Tools;

        public static class Cleanup
        {
            private const string ApiKey = "{{Fake.Stripe}}";

            public static void Unrelated() { }

            public static void Wipe(string root)
            {
                Directory.Delete(Path.Combine(root, "cache"), true);
            }

            public static string Key() => ApiKey;
        }
        """;

    [Test]
    public async Task WithoutTheFile_FindingsAreAtTheirLevel_WithAFingerprint()
    {
        var diagnostics = await RunAsync(Original, accepted: null);

        var errors = Blocking(diagnostics);
        Assert.That(errors.Select(d => d.Id), Is.SupersetOf(new[] { "AM1002", "AM3001" }));
        var delete = errors.Single(d => d.Id == "AM1002");
        Assert.That(delete.Properties[AcceptedRisks.MemberProperty], Is.EqualTo("M:Tools.Cleanup.Wipe(string)"));
        Assert.That(delete.Properties[AcceptedRisks.HashProperty], Has.Length.EqualTo(16));
        Assert.That(delete.Properties[AcceptedRisks.OccurrenceProperty], Is.EqualTo("0"));
        Assert.That(errors.Single(d => d.Id == "AM3001").Properties[AcceptedRisks.MemberProperty], Is.EqualTo("F:Tools.Cleanup.ApiKey"));
    }

    [Test]
    public async Task AcceptedFindings_AreLow_WithWhoWhenAndWhy()
    {
        var accepted = await BaselineAsync(Original);

        var diagnostics = await RunAsync(Original, accepted);

        Assert.That(Blocking(diagnostics), Is.Empty);
        var delete = diagnostics.Single(d => d.Id == "AM1002");
        Assert.That(delete.Severity, Is.EqualTo(DiagnosticSeverity.Hidden));
        Assert.That(delete.Properties[AcceptedRisks.AcceptedProperty], Is.EqualTo("true"));
        Assert.That(delete.Properties[RiskModel.RiskProperty], Is.EqualTo("Low"));
        Assert.That(delete.Properties[AcceptedRisks.AcceptedByProperty], Is.EqualTo("Ada <ada@example.com>"));
        Assert.That(delete.Properties[AcceptedRisks.AcceptedWhyProperty], Is.EqualTo("baseline"));
        Assert.That(delete.Properties[AcceptedRisks.AcceptedLevelProperty], Is.EqualTo("Critical"));
        Assert.That(diagnostics.Where(d => d.Id.StartsWith("AM92", StringComparison.Ordinal)), Is.Empty);
    }

    [Test]
    public async Task AFileLinkedFromASiblingFolder_IsAcceptedByWhereItIs()
    {
        // eShop's APIs compile src/Shared/*.cs through <Compile Include="..\Shared\X.cs" Link="…"/>: the compiler names
        // the tree by the path as given (src/Api/../Shared/X.cs), `accept --all` by where the file is (src/Shared/X.cs).
        var accepted = await BaselineAsync(Original);
        var linked = await CompilationAsync(Original, "/repo/src/Api/../Cleanup.cs");

        var diagnostics = await AnalyzeAsync(linked, accepted);

        Assert.That(Blocking(diagnostics), Is.Empty);
        Assert.That(diagnostics.Single(d => d.Id == "AM1002").Properties[AcceptedRisks.AcceptedProperty], Is.EqualTo("true"));
    }

    [Test]
    public async Task ReformattedMovedAndRenamedOthers_StillAccepted()
    {
        var accepted = await BaselineAsync(Original);
        var edited = $$"""
            using System;
            using System.IO;

            namespace Tools;

            public static class Cleanup
            {
                public static string Key() => ApiKey;   // moved up

                // a comment, a blank line, and the call split over lines
                public static void Wipe(string root)
                {

                    Directory.Delete(
                        Path.Combine(root,   "cache"),
                        true);
                }

                public static void RenamedUnrelated(int x) { Console.WriteLine(x); }

                private const string ApiKey =
                    "{{Fake.Stripe}}";
            }
            """;

        var diagnostics = await RunAsync(edited, accepted);

        Assert.That(Blocking(diagnostics), Is.Empty);
        Assert.That(diagnostics.Where(d => d.Id is "AM1002" or "AM3001").Select(d => d.Severity), Is.All.EqualTo(DiagnosticSeverity.Hidden));
        Assert.That(diagnostics.Where(d => d.Id == "AM9201"), Is.Empty);
    }

    [Test]
    public async Task ChangedCode_ComesBackAtItsLevel_AndTheEntryIsStale()
    {
        var accepted = await BaselineAsync(Original);
        var edited = Original.Replace("\"cache\"", "\"config\"", StringComparison.Ordinal);

        var diagnostics = await RunAsync(edited, accepted);

        Assert.That(Blocking(diagnostics).Select(d => d.Id), Is.EquivalentTo(new[] { "AM1002" }));
        var stale = diagnostics.Single(d => d.Id == "AM9201");
        Assert.That(stale.Severity, Is.EqualTo(DiagnosticSeverity.Info));
        Assert.That(stale.Location.GetLineSpan().Path, Is.EqualTo(AcceptedPath));
        Assert.That(stale.GetMessage(), Does.Contain("accepts AM1002 in src/Cleanup.cs (M:Tools.Cleanup.Wipe(string))").And.Contain("that code is no longer there"));
    }

    [Test]
    public async Task ASecondIdenticalCallInTheMember_IsNotAccepted()
    {
        var accepted = await BaselineAsync(Original);
        var edited = Original.Replace(
            "Directory.Delete(Path.Combine(root, \"cache\"), true);",
            "Directory.Delete(Path.Combine(root, \"cache\"), true);\n        Directory.Delete(Path.Combine(root, \"cache\"), true);",
            StringComparison.Ordinal);

        var diagnostics = await RunAsync(edited, accepted);

        Assert.That(diagnostics.Where(d => d.Id == "AM1002").Select(d => d.Severity), Is.EquivalentTo(new[] { DiagnosticSeverity.Hidden, DiagnosticSeverity.Error }));
    }

    [Test]
    public async Task RenamedContainingMember_ComesBack_AndTheEntryNamesTheMissingMember()
    {
        var accepted = await BaselineAsync(Original);
        var edited = Original.Replace("void Wipe(", "void WipeCache(", StringComparison.Ordinal);

        var diagnostics = await RunAsync(edited, accepted);

        Assert.That(Blocking(diagnostics).Select(d => d.Id), Is.EquivalentTo(new[] { "AM1002" }));
        Assert.That(diagnostics.Single(d => d.Id == "AM9201").GetMessage(), Does.Contain("the file has no M:Tools.Cleanup.Wipe(string)"));
    }

    [Test]
    public async Task NewFindings_BreakExactlyWhereTheyAre()
    {
        var accepted = await BaselineAsync(Original);
        var edited = Original.Replace(
            "public static string Key() => ApiKey;",
            "public static string Key() => ApiKey;\n\n    public static void Reset(string home) => Directory.Delete(Path.Combine(home, \"config\"), recursive: true);\n\n    private const string GitHubToken = \"" + Fake.GitHub + "\";",
            StringComparison.Ordinal);

        var diagnostics = await RunAsync(edited, accepted);

        var blocking = Blocking(diagnostics);
        Assert.That(blocking.Select(d => d.Properties[AcceptedRisks.MemberProperty]), Is.EquivalentTo(new[] { "M:Tools.Cleanup.Reset(string)", "F:Tools.Cleanup.GitHubToken" }), string.Join("\n", blocking));
    }

    [Test]
    public async Task AnUnreadableFile_AcceptsNothing_AndSaysWhere()
    {
        var diagnostics = await RunAsync(Original, "{\n  \"version\": 1,\n  \"accepted\": [ { \"rule\": \"AM1002\" ]\n}\n");

        Assert.That(Blocking(diagnostics).Select(d => d.Id), Is.SupersetOf(new[] { "AM1002", "AM3001" }));
        var unreadable = diagnostics.Single(d => d.Id == "AM9202");
        Assert.That(unreadable.Severity, Is.EqualTo(DiagnosticSeverity.Warning));
        Assert.That(unreadable.GetMessage(), Does.StartWith("AutoMode.Accepted.json line 3: expected '}' but found ']'"));
    }

    [Test]
    public async Task AnEntryWithoutItsFingerprint_IsReportedAndSkipped()
    {
        var diagnostics = await RunAsync(Original, "{ \"version\": 1, \"accepted\": [\n  { \"rule\": \"AM1002\", \"file\": \"src/Cleanup.cs\" }\n] }\n");

        Assert.That(diagnostics.Single(d => d.Id == "AM9202").GetMessage(), Does.StartWith("AutoMode.Accepted.json line 2: an entry needs"));
    }

    [Test]
    public async Task EntriesForFilesOutsideTheCompilation_AreNotJudged()
    {
        var entry = new AcceptedRisk("AM1002", "Critical", "other/Project/Gone.cs", "M:X.Y", "0123456789abcdef", 0, "Ada", "2026-01-01", "baseline");

        var diagnostics = await RunAsync(Original, AcceptedRisksFile.Write(new[] { entry }));

        Assert.That(diagnostics.Where(d => d.Id == "AM9201"), Is.Empty);
    }

    [Test]
    public async Task TheSameCompilationAnalyzedAgain_AfterTheFileChanged_UsesTheNewFile()
    {
        var accepted = await BaselineAsync(Original);
        var compilation = await CompilationAsync(Original);

        var before = await AnalyzeAsync(compilation, accepted: null);
        var after = await AnalyzeAsync(compilation, accepted);
        var again = await AnalyzeAsync(compilation, AcceptedRisksFile.Write(Array.Empty<AcceptedRisk>()));

        Assert.That(Blocking(before), Is.Not.Empty);
        Assert.That(Blocking(after), Is.Empty, "the file was added: a hook server analyzes a cached compilation again");
        Assert.That(Blocking(again).Select(d => d.Id), Is.EquivalentTo(Blocking(before).Select(d => d.Id)), "the entries were removed");
    }

    [Test]
    public void TheFileIsWrittenInOneOrder_AndReadsBack()
    {
        var a = new AcceptedRisk("AM3001", "Critical", "src/b.cs", "F:N.T.Key", "00000000000000aa", 0, "Ada \"the\" reviewer", "2026-12-07", "line\nbreak");
        var b = new AcceptedRisk("AM1002", "Critical", "src/a.cs", "M:N.T.M(string)", "00000000000000bb", 1, "Bo", "2026-12-07", "baseline");

        var text = AcceptedRisksFile.Write(new[] { a, b });
        var (entries, problems) = AcceptedRisksFile.Parse(text);

        Assert.That(text, Is.EqualTo(AcceptedRisksFile.Write(new[] { b, a, a })));
        Assert.That(problems, Is.Empty);
        Assert.That(entries, Is.EqualTo(new[] { b, a }));
        Assert.That(entries.Select(e => e.Line), Is.EqualTo(new[] { 4, 5 }), "one entry a line, after the header");
        Assert.That(AcceptedRisksFile.Write(entries), Is.EqualTo(text));
    }

    private static List<Diagnostic> Blocking(IEnumerable<Diagnostic> diagnostics) =>
        diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning && d.Id.StartsWith("AM", StringComparison.Ordinal)).ToList();

    /// <summary>What <c>automode accept --all</c> writes for a source: an entry for every finding above Low.</summary>
    private static async Task<string> BaselineAsync(string source)
    {
        var entries = (await RunAsync(source, accepted: null))
            .Where(d => d.Severity > DiagnosticSeverity.Hidden && d.Properties.ContainsKey(AcceptedRisks.HashProperty))
            .Select(d => new AcceptedRisk(
                d.Id,
                RiskModel.FromSeverity(d.Severity).ToString(),
                "src/Cleanup.cs",
                d.Properties[AcceptedRisks.MemberProperty]!,
                d.Properties[AcceptedRisks.HashProperty]!,
                int.Parse(d.Properties[AcceptedRisks.OccurrenceProperty]!, System.Globalization.CultureInfo.InvariantCulture),
                "Ada <ada@example.com>",
                "2026-12-07",
                "baseline"));
        return AcceptedRisksFile.Write(entries);
    }

    private static async Task<ImmutableArray<Diagnostic>> RunAsync(string source, string? accepted) =>
        await AnalyzeAsync(await CompilationAsync(source), accepted);

    private static async Task<Compilation> CompilationAsync(string source, string path = SourcePath)
    {
        var references = await TestReferences.Net10.ResolveAsync(LanguageNames.CSharp, CancellationToken.None);
        var tree = CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest), path);
        return CSharpCompilation.Create("Tools", new[] { tree }, references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
    }

    private static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(Compilation compilation, string? accepted)
    {
        var additional = accepted is null ? ImmutableArray<AdditionalText>.Empty : ImmutableArray.Create<AdditionalText>(new InMemoryText(AcceptedPath, accepted));
        var analyzers = RuleCatalog.Analyzers.ToImmutableArray();
        var diagnostics = await compilation.WithAnalyzers(analyzers, new AnalyzerOptions(additional)).GetAnalyzerDiagnosticsAsync(CancellationToken.None);
        Assert.That(diagnostics.Where(d => d.Id == "AD0001"), Is.Empty, string.Join("\n", diagnostics));
        return diagnostics;
    }

    /// <summary>An additional file whose text is read once, as the compiler's are.</summary>
    private sealed class InMemoryText(string path, string text) : AdditionalText
    {
        private readonly SourceText _text = SourceText.From(text);

        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }
}
