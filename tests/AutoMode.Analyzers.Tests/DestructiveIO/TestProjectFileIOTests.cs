using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Testing;
using Verify = AutoMode.Analyzers.Tests.Infrastructure.AnalyzerVerifier<AutoMode.Analyzers.Rules.DestructiveIO.DestructiveFileIOAnalyzer>;

namespace AutoMode.Analyzers.Tests.DestructiveIO;

/// <summary>
/// AM1007 and the paths a test makes itself. Real-code cases behind them: jellyfin's ManagedFileSystemTests and
/// BackupServiceTests (random-named folders), bitwarden's LicensingServiceTests (a <c>Lazy&lt;string&gt;</c> under the temp
/// folder), duplicati's EmptyFileTests (the test's own database file), all reported Critical before.
/// </summary>
public class TestProjectFileIOTests
{
    private static readonly ReferenceAssemblies WithNUnit =
        Infrastructure.TestReferences.Net10.AddPackages(ImmutableArray.Create(new PackageIdentity("NUnit", "4.4.0")));

    private static Task InTests(string source) => Verify.VerifyAsync(WithNUnit, "using NUnit.Framework;\n" + source);

    [Test]
    public Task InATestProject_UnresolvedDeletes_AreMedium_ProtectedLocationsStayCritical() => InTests("""
        using System;
        using System.IO;

        public class BackupTests
        {
            private string _dataFolder = "";
            private const string DbFile = "data/backup.sqlite";

            [TearDown]
            public void Cleanup(string parent)
            {
                {|AM1007:Directory.Delete(_dataFolder, true)|};
                {|AM1007:File.Delete(Path.Combine(parent, "log.txt"))|};
                {|AM1007:File.Delete(DbFile)|};
                {|AM1007:File.WriteAllText("appsettings.Test.json", "{}")|};
                {|AM1003:File.WriteAllText(Path.Combine(parent, "out.txt"), "x")|};
                {|AM1006:Directory.Delete(parent)|};
                {|AM1004:Directory.Delete(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), true)|};
                {|AM1004:Directory.Delete("/etc/nginx", true)|};
                {|AM1004:Directory.Delete(Path.Combine(parent, ".git"), true)|};
            }
        }
        """);

    [Test]
    public Task AM1007_Message() => Verify.VerifyAsync(WithNUnit, """
        using System.IO;
        public class T { public void Cleanup(string dir) => {|#0:Directory.Delete(dir, true)|}; }
        """,
        Verify.Diagnostic("AM1007").WithLocation(0).WithMessage(
            "'Directory.Delete' recursively deletes a path computed at run time in a test project; such code usually removes what it set up, but the compiler cannot see that this path is its own. Create its files under a folder it makes (Directory.CreateTempSubdirectory(), Path.GetTempPath() with a random name) so the change is routine."));

    // duplicati's StaticFilesMiddleware.Debug.cs (a whole file in #if DEBUG, a developer's npm helper) was AM1002 Critical.
    [Test]
    public Task InDebugOnlyCode_OrADevelopmentBranch_UnresolvedDeletesAreMedium_ProtectedLocationsStayCritical()
    {
        var test = Verify.Create("""
            using System;
            using System.IO;

            class StaticFiles
            {
                void Install(string target, string environment, bool isDevelopment)
                {
            #if DEBUG
                    {|#0:Directory.Delete(target + "-ins-tmp", true)|};
                    {|AM1004:Directory.Delete("/etc/nginx", true)|};
            #else
                    Directory.Delete(target, true); // not compiled with DEBUG defined
            #endif
            #if DEBUG && NPM
                    Directory.Delete(target, true);
            #endif
                    if (environment == "Development")
                    {
                        {|#1:Directory.Delete(target, true)|};
                    }

                    if (environment != "Development" || isDevelopment)
                    {
                        {|AM1002:Directory.Delete(target, true)|};
                    }
                }
            }
            """);
        test.SolutionTransforms.Add((solution, projectId) => solution.WithProjectParseOptions(projectId,
            new Microsoft.CodeAnalysis.CSharp.CSharpParseOptions(preprocessorSymbols: new[] { "DEBUG" })));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic("AM1007").WithLocation(0)
            .WithArguments("Directory.Delete", "recursively deletes", "'…-ins-tmp'", "in code compiled only in DEBUG builds (#if DEBUG)"));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic("AM1007").WithLocation(1)
            .WithArguments("Directory.Delete", "recursively deletes", "a path computed at run time", "in a branch taken only in development (IsDevelopment())"));
        return test.RunAsync();
    }

    [Test]
    public Task ConfiguredProtectedPaths_StayCriticalInTests() => Verify.VerifyAsync(WithNUnit, """
        using System.IO;
        public class T { public void Cleanup(string dir) => {|AM1004:Directory.Delete(Path.Combine(dir, "tenants"), true)|}; }
        """, "automode.io.protected_paths = **/tenants");

    [Test]
    public Task WithoutATestFramework_TheSameDeletesKeepTheirLevel() => Verify.VerifyAsync("""
        using System.IO;

        public class Cleaner
        {
            private string _dataFolder = "";
            public void Run() { {|AM1002:Directory.Delete(_dataFolder, true)|}; {|AM1004:File.Delete("data/backup.sqlite")|}; }
        }
        """);

    // A name generated at run time cannot name anything the program did not make: scratch (Low), in tests and out.
    [Test]
    public Task RandomNamedFolders_AreScratch() => Verify.VerifyAsync("""
        using System;
        using System.IO;

        public class Transcoder
        {
            private readonly string _root;

            public Transcoder(string temp) => _root = Path.Combine(AppContext.BaseDirectory, "backup-tests-" + Guid.NewGuid().ToString("N"));

            public void Run(string tempDirectory, string parent)
            {
                var target = Path.Combine(tempDirectory, Guid.NewGuid().ToString("N"));
                {|AM1005:Directory.Delete(target, true)|};
                var destination = Path.Join(parent ?? Path.GetTempPath(), Path.GetRandomFileName());
                {|AM1005:Directory.Delete(destination, true)|};
                {|AM1005:Directory.Delete(_root, true)|};
                {|AM1005:File.Delete(Path.Combine(parent, Guid.NewGuid() + ".db"))|};
                {|AM1002:Directory.Delete(Path.Combine(parent, "Guid"), true)|};
                {|AM1004:Directory.Delete(Path.Combine("/etc", Path.GetRandomFileName()), true)|};
            }
        }
        """);

    // bitwarden's LicensingServiceTests: private static Lazy<string> Dir => new(() => { var d = Path.Combine(Path.GetTempPath(), "x"); …; return d; });
    [Test]
    public Task LazyFolders_AreFollowedIntoTheirFactory() => Verify.VerifyAsync("""
        using System;
        using System.IO;

        public class LicensingTests
        {
            private static Lazy<string> OrganizationLicenseDirectory => new(() =>
            {
                var directory = Path.Combine(Path.GetTempPath(), "organization");
                Directory.CreateDirectory(directory);
                return directory;
            });

            private static readonly Lazy<string> Cache = new Lazy<string>(() => Path.Combine(Path.GetTempPath(), "cache"));
            private static readonly Lazy<string> Unknown = new Lazy<string>(() => Environment.GetEnvironmentVariable("DATA_DIR")!);

            public void Cleanup()
            {
                {|AM1005:Directory.Delete(OrganizationLicenseDirectory.Value, true)|};
                {|AM1005:Directory.Delete(Cache.Value, true)|};
                {|AM1002:Directory.Delete(Unknown.Value, true)|};
            }
        }
        """);
}
