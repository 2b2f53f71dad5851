using System.Collections.Immutable;
using AutoMode.Analyzers.Values;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace AutoMode.Analyzers.Rules.DestructiveIO;

/// <summary>
/// AM1001–AM1007 and AM1009: calls into System.IO that delete or overwrite files and folders, with the risk raised for
/// protected targets (AM1004) and lowered for scratch folders (AM1005) and for test projects and development-only code
/// (AM1007: DEBUG-only regions, IsDevelopment() branches), where a delete is nearly always a fixture or a developer
/// tool removing what it set up; a protected location (home, a system folder, a root, the current or
/// application directory itself, a path from <c>automode.io.protected_paths</c>) stays Critical there too. A recursive
/// delete that the code shows to be bounded or decided by callers it cannot see is AM1009, one level below AM1002
/// (<see cref="BoundedRecursiveDelete"/>).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class DestructiveFileIOAnalyzer : DiagnosticAnalyzer
{
    internal static readonly DiagnosticDescriptor FileDeleteRule = DescriptorFactory.Create(
        RuleIdentifiers.FileDelete,
        "File or directory deletion",
        "'{0}' deletes {1}; a deleted file cannot be brought back by reverting the change. Move it to a recoverable location instead, or keep the path inside a folder the program owns.",
        RuleCategory.DestructiveIO,
        RiskLevel.Medium,
        "Deleting a file loses its contents for good, so the gate asks before such a change lands. Medium, not High: on nine real repositories 2 of 40 labeled single-file deletes were right at High (38 were the program's own cache, temp, intermediate, lock and expired files); a delete of a protected file is AM1004 (Critical), and a directory deleted without recursive: true is AM1006 (Low).");

    internal static readonly DiagnosticDescriptor RecursiveDeleteRule = DescriptorFactory.Create(
        RuleIdentifiers.RecursiveDirectoryDelete,
        "Recursive directory deletion",
        "'{0}' deletes {1} and everything under it; one wrong path loses a whole tree. Delete only inside a folder the program created itself, e.g. under Path.GetTempPath().",
        RuleCategory.DestructiveIO,
        RiskLevel.Critical,
        "A recursive delete of a path that is not visibly a scratch folder can wipe data, source trees or a user's home. It breaks the build until reviewed.");

    internal static readonly DiagnosticDescriptor FileOverwriteRule = DescriptorFactory.Create(
        RuleIdentifiers.FileOverwrite,
        "File overwrite",
        "'{0}' replaces the contents of {1}; what was there before is lost. Write to a new file and move it into place, or keep a backup.",
        RuleCategory.DestructiveIO,
        RiskLevel.Medium,
        "Creating, truncating, replacing or overwriting a file destroys its previous contents.");

    internal static readonly DiagnosticDescriptor ProtectedPathRule = DescriptorFactory.Create(
        RuleIdentifiers.ProtectedPathChange,
        "Destructive file IO on a protected path",
        "'{0}' {1} {2}, which is {3}; losing it means lost data, a broken deployment or an exposed secret. Do not let this change land without review.",
        RuleCategory.DestructiveIO,
        RiskLevel.Critical,
        "Deleting or overwriting configuration, secrets, databases, backups, .git, a filesystem root, the home folder or the application directory is critical whatever the API.");

    internal static readonly DiagnosticDescriptor ScratchPathRule = DescriptorFactory.Create(
        RuleIdentifiers.ScratchPathChange,
        "Destructive file IO in a scratch folder",
        "'{0}' {1} {2}, inside {3}; recorded for the gate only",
        RuleCategory.DestructiveIO,
        RiskLevel.Low,
        "Deleting or overwriting inside the temp folder or a configured safe path is routine; it is reported at Low so the gate knows the change touches the file system.");

    internal static readonly DiagnosticDescriptor EmptyDirectoryDeleteRule = DescriptorFactory.Create(
        RuleIdentifiers.EmptyDirectoryDelete,
        "Empty directory deletion",
        "'{0}' deletes {1} only when it is empty (without recursive: true it fails on a directory with content); recorded for the gate",
        RuleCategory.DestructiveIO,
        RiskLevel.Low,
        "Directory.Delete(path) and DirectoryInfo.Delete() without recursive: true throw on a directory that holds anything, so no file can be lost. A recursive delete is AM1002.");

    internal static readonly DiagnosticDescriptor TestProjectRule = DescriptorFactory.Create(
        RuleIdentifiers.TestProjectFileChange,
        "Destructive IO in tests or dev-only code",
        "'{0}' {1} {2} {3}; such code usually removes what it set up, but the compiler cannot see that this path is its own. Create its files under a folder it makes (Directory.CreateTempSubdirectory(), Path.GetTempPath() with a random name) so the change is routine.",
        RuleCategory.DestructiveIO,
        RiskLevel.Medium,
        "In a test project, in code compiled only in DEBUG builds and in a branch taken only in development, a delete of a path the analyzer cannot resolve, or of a database or configuration file recognised only by its name, is almost always a fixture or a developer tool cleaning up after itself; it is reported one level below the application's rules, at Medium. Home, system folders, roots, the current or application directory itself and configured protected paths stay AM1004 (Critical).");

    internal static readonly DiagnosticDescriptor BoundedRecursiveDeleteRule = DescriptorFactory.Create(
        RuleIdentifiers.BoundedRecursiveDelete,
        "Recursive deletion of a bounded or caller-decided folder",
        "'{0}' deletes {1} and everything under it, but {2}; so High rather than Critical. Check that the path cannot name anything else.",
        RuleCategory.DestructiveIO,
        RiskLevel.High,
        "What AM1002 finds when the code shows what bounds the delete without proving the folder is the program's own: the recursive flag is a parameter of a public API passed on unchanged (its callers decide), the folder is named by a Guid id under a root field or property (one item of the program's store), or the variable holding the path is named as a temp folder. The analyzer cannot tell, so it reports one level lower.");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        FileDeleteRule, RecursiveDeleteRule, FileOverwriteRule, ProtectedPathRule, ScratchPathRule, EmptyDirectoryDeleteRule, TestProjectRule, BoundedRecursiveDeleteRule);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        AcceptedRisks.Enable(context);
        context.RegisterCompilationStartAction(start =>
        {
            var symbols = FileSystemSymbols.TryCreate(start.Compilation);
            if (symbols is null)
            {
                return;
            }

            var catalog = new FileOperationCatalog(symbols);
            var resolver = new PathResolver(symbols);
            var isTestProject = TestCode.IsTestProject(start.Compilation, start.Options);
            start.RegisterOperationAction(c => Analyze(c, catalog, resolver, isTestProject), OperationKind.Invocation, OperationKind.ObjectCreation, OperationKind.MethodReference);
        });
    }

    private static void Analyze(OperationAnalysisContext context, FileOperationCatalog catalog, PathResolver resolver, bool isTestProject)
    {
        if (catalog.Match(context.Operation) is not { } op)
        {
            return;
        }

        var target = op.TargetIsReceiver ? resolver.ResolveFileSystemInfo(op.Target) : resolver.ResolvePath(op.Target);
        var tree = context.Operation.Syntax.SyntaxTree;
        var classifier = PathClassifier.Create(
            AutoModeOptions.GetList(context.Options, tree, PathClassifier.ProtectedPathsOption),
            AutoModeOptions.GetList(context.Options, tree, PathClassifier.SafePathsOption));
        var folder = op.Kind is FileOperationKind.RecursiveDelete or FileOperationKind.EmptyDirectoryDelete || op.ApiName.StartsWith("Directory.", System.StringComparison.Ordinal);
        var (kind, reason) = classifier.Classify(target, folder);
        if (kind == PathKind.Ordinary && InvalidCode.Reaches(op.Target))
        {
            // Half-typed code (a package that did not restore): what makes the path ordinary may only be that the compiler could not
            // bind it, so this rule cannot tell and stays silent rather than report a guess.
            return;
        }

        var location = context.Operation.Syntax.GetLocation();
        var display = Describe(target);
        var relaxed = RelaxedContext.Of(context.Operation, isTestProject);

        var diagnostic = kind switch
        {
            PathKind.Protected => RiskDiagnostic.Create(ProtectedPathRule, location, op.ApiName, Verb(op.Kind), display, reason),
            PathKind.ProtectedKind when relaxed is not null => RiskDiagnostic.Create(TestProjectRule, location, op.ApiName, Verb(op.Kind), display + " (" + reason + ")", relaxed),
            PathKind.ProtectedKind => RiskDiagnostic.Create(ProtectedPathRule, location, op.ApiName, Verb(op.Kind), display, reason),
            PathKind.Scratch => RiskDiagnostic.Create(ScratchPathRule, location, op.ApiName, Verb(op.Kind), display, reason),
            _ when relaxed is not null && op.Kind is FileOperationKind.Delete or FileOperationKind.RecursiveDelete =>
                RiskDiagnostic.Create(TestProjectRule, location, op.ApiName, Verb(op.Kind), display, relaxed),
            _ when BoundedRecursiveDelete.Reason(context.Operation, op, node => catalog.Match(node) is not null) is { } bounded =>
                RiskDiagnostic.Create(BoundedRecursiveDeleteRule, location, op.ApiName, display, bounded),
            _ => op.Kind switch
            {
                FileOperationKind.Delete => RiskDiagnostic.Create(FileDeleteRule, location, op.ApiName, display),
                FileOperationKind.RecursiveDelete => RiskDiagnostic.Create(RecursiveDeleteRule, location, op.ApiName, display),
                FileOperationKind.EmptyDirectoryDelete => RiskDiagnostic.Create(EmptyDirectoryDeleteRule, location, op.ApiName, display),
                _ => RiskDiagnostic.Create(FileOverwriteRule, location, op.ApiName, display),
            },
        };
        context.ReportDiagnostic(diagnostic);
    }

    private static string Verb(FileOperationKind kind) => kind switch
    {
        FileOperationKind.Delete => "deletes",
        FileOperationKind.RecursiveDelete => "recursively deletes",
        FileOperationKind.EmptyDirectoryDelete => "deletes the directory",
        _ => "overwrites",
    };

    private static string Describe(SymbolicString path)
    {
        if (path.IsFullyUnknown)
        {
            return "a path computed at run time";
        }

        var text = path.Render(forDisplay: true);
        return "'" + (text.Length > 80 ? text.Substring(0, 77) + "..." : text) + "'";
    }
}
