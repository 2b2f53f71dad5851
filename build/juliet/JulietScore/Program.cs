// Scores AutoMode's secret rules on NIST Juliet C# 1.3's CWE-259 (hard-coded password) and CWE-321 (hard-coded
// cryptographic key) test cases: compiles each CWE's test cases with the suite's support files in process, runs
// SecretsAnalyzer, and attributes every hard-coded-secret finding (AM3001-AM3005) to the method it is in.
// A test case (one flow variant, possibly several files: 22a/22b, 81_bad/81_goodG2B…) is found when a finding is in
// one of its bad methods; any finding in one of its good methods is a false alarm. See ../README.md.
using System.Text.RegularExpressions;
using AutoMode.Analyzers.Rules.Secrets;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

var root = args.Length > 0 ? args[0] : "/tmp/juliet";
var verbose = args.Contains("--verbose");
var testcases = Path.Combine(root, "src", "testcases");
var support = Path.Combine(root, "src", "testcasesupport");
if (!Directory.Exists(testcases) || !Directory.Exists(support))
{
    Console.Error.WriteLine($"No Juliet suite under {root} (expected src/testcases and src/testcasesupport): see build/juliet/README.md.");
    return 2;
}

// The hard-coded secret rules. AM3025 (a connection string set in code) and the access rules are not about the value.
var counted = new HashSet<string> { "AM3001", "AM3002", "AM3003", "AM3004", "AM3005" };
var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
    .Where(p => p.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
    .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
    .ToList();
var supportTrees = Directory.GetFiles(support, "*.cs")
    .Where(f => !Path.GetFileName(f).Contains("Web", StringComparison.Ordinal)) // ASP.NET (System.Web) test case bases: not used here
    .Select(f => CSharpSyntaxTree.ParseText(File.ReadAllText(f), path: f))
    .ToList();

var caseName = new Regex(@"^(CWE\d+_\w+?_\d+)(?:[a-e]|_bad|_base|_goodG2B|_goodB2G)?\.cs$");
var exitCode = 0;
foreach (var cwe in new[] { "CWE259_Hard_Coded_Password", "CWE321_Hard_Coded_Cryptographic_Key" })
{
    var directory = Path.Combine(testcases, cwe);
    if (!Directory.Exists(directory))
    {
        Console.Error.WriteLine($"missing {directory}");
        exitCode = 2;
        continue;
    }

    var files = Directory.GetFiles(directory, "*.cs").Where(f => caseName.IsMatch(Path.GetFileName(f))).OrderBy(f => f, StringComparer.Ordinal).ToList();
    var trees = files.Select(f => CSharpSyntaxTree.ParseText(File.ReadAllText(f), path: f)).Concat(supportTrees).ToList();
    var compilation = CSharpCompilation.Create(cwe, trees, references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
    var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();

    var analyzerErrors = new List<string>();
    var withAnalyzers = compilation.WithAnalyzers(
        [new SecretsAnalyzer()],
        new CompilationWithAnalyzersOptions(new AnalyzerOptions([]), (e, _, d) => analyzerErrors.Add(e.ToString()), concurrentAnalysis: false, logAnalyzerExecutionTime: false));
    var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync();

    var cases = files.Select(f => caseName.Match(Path.GetFileName(f)).Groups[1].Value).Distinct().ToList();
    var found = new HashSet<string>();
    var goodFindings = new List<string>();
    var elsewhere = new List<string>();
    foreach (var diagnostic in diagnostics.Where(d => counted.Contains(d.Id)))
    {
        var tree = diagnostic.Location.SourceTree;
        var file = tree is null ? "" : Path.GetFileName(tree.FilePath);
        var line = diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1;
        var match = caseName.Match(file);
        var method = tree?.GetRoot().FindNode(diagnostic.Location.SourceSpan).AncestorsAndSelf().OfType<BaseMethodDeclarationSyntax>().FirstOrDefault();
        var methodName = method switch
        {
            MethodDeclarationSyntax m => m.Identifier.ValueText,
            ConstructorDeclarationSyntax c => c.Identifier.ValueText,
            _ => "",
        };
        var typeName = method?.Ancestors().OfType<TypeDeclarationSyntax>().FirstOrDefault()?.Identifier.ValueText ?? "";
        var description = $"{file}:{line} {methodName} {diagnostic.Id} {diagnostic.GetMessage()}";
        if (!match.Success || method is null)
        {
            elsewhere.Add(description);
        }
        else if (IsGood(methodName, typeName))
        {
            goodFindings.Add(description);
        }
        else if (IsBad(methodName, typeName))
        {
            found.Add(match.Groups[1].Value);
            if (verbose)
            {
                Console.WriteLine("  hit " + description);
            }
        }
        else
        {
            elsewhere.Add(description);
        }
    }

    Console.WriteLine($"{cwe}: {found.Count}/{cases.Count} test cases found, {goodFindings.Count} findings in good methods, {elsewhere.Count} elsewhere" +
                      $" ({errors.Count} compile errors, {analyzerErrors.Count} analyzer exceptions)");
    foreach (var missed in cases.Where(c => !found.Contains(c)))
    {
        Console.WriteLine("  missed " + missed);
    }

    foreach (var good in goodFindings)
    {
        Console.WriteLine("  GOOD-METHOD FINDING " + good);
    }

    foreach (var other in elsewhere)
    {
        Console.WriteLine("  elsewhere " + other);
    }

    foreach (var error in errors.Take(verbose ? 50 : 3))
    {
        Console.WriteLine("  compile error " + error);
    }

    foreach (var error in analyzerErrors.Take(3))
    {
        Console.WriteLine("  ANALYZER EXCEPTION " + error);
    }

    if (goodFindings.Count > 0 || analyzerErrors.Count > 0)
    {
        exitCode = 1;
    }
}

return exitCode;

// Juliet's naming: bad(), badSink(), Bad_source(); good(), goodG2B1(), GoodG2B2_source(); the classes of the
// variant-81 files are named …_81_bad and …_81_goodG2B, their method Action().
static bool IsBad(string method, string type)
    => method.StartsWith("bad", StringComparison.OrdinalIgnoreCase) || type.EndsWith("_bad", StringComparison.Ordinal);

static bool IsGood(string method, string type)
    => method.StartsWith("good", StringComparison.OrdinalIgnoreCase) || type.EndsWith("_goodG2B", StringComparison.Ordinal) ||
       type.EndsWith("_goodB2G", StringComparison.Ordinal);
