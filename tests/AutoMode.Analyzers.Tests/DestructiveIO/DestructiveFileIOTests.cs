using AutoMode.Analyzers.Rules.DestructiveIO;
using Verify = AutoMode.Analyzers.Tests.Infrastructure.AnalyzerVerifier<AutoMode.Analyzers.Rules.DestructiveIO.DestructiveFileIOAnalyzer>;

namespace AutoMode.Analyzers.Tests.DestructiveIO;

/// <summary>AM1001–AM1005: what is flagged, at which level, and what is not.</summary>
public class DestructiveFileIOTests
{
    private static string Wrap(string body, string members = "") => $$"""
        using System;
        using System.IO;
        using System.Text;

        class Maintenance
        {
            {{members}}
            void Run(string path, string other, bool flag)
            {
                {{body}}
            }
        }
        """;

    // jellyfin TrickplayManager.CreateTiles: a work folder the method names with a Guid under the app's temp folder (an
    // interface property), creates, and deletes again on failure.
    private const string WorkFolder = """
        using System;
        using System.IO;

        PATHS

        class Tiles
        {
            private readonly IApplicationPaths _appPaths;
            public Tiles(IApplicationPaths appPaths) => _appPaths = appPaths;

            public void Create(string outputDir)
            {
                var workDir = Path.Combine(_appPaths.TempDirectory, "trickplay_" + Guid.NewGuid().ToString("N"));
                Directory.CreateDirectory(workDir);
                try
                {
                    WRITE;
                    if (Directory.Exists(outputDir))
                    {
                        {|AM1002:Directory.Delete(outputDir, true)|};
                    }
                }
                catch
                {
                    DELETE;
                    throw;
                }
            }
        }
        """;

    [Test]
    public Task AM1005_WorkFolderNamedWithAGuid_UnderAnUnknownParent_DeletedInACatch() =>
        Verify.VerifyAsync(WorkFolder
            .Replace("PATHS", "interface IApplicationPaths { string TempDirectory { get; } }")
            .Replace("WRITE", """{|AM1005:File.WriteAllText(Path.Combine(workDir, "a"), "x")|}""")
            .Replace("DELETE", "{|AM1005:Directory.Delete(workDir, true)|}"));

    // The same code where IApplicationPaths comes from a package that did not restore: Path.Combine cannot be bound, so
    // the path is unknown only for want of the package. Silent, never louder than with the package (it was AM1002, Critical).
    [Test]
    public Task Silent_WhenThePathIsBuiltFromCodeTheCompilerCouldNotBind() =>
        Verify.VerifyAsync(WorkFolder
            .Replace("PATHS", "")
            .Replace("private readonly IApplicationPaths", "private readonly {|CS0246:IApplicationPaths|}")
            .Replace("public Tiles(IApplicationPaths", "public Tiles({|CS0246:IApplicationPaths|}")
            .Replace("WRITE", """File.WriteAllText(Path.Combine(workDir, "a"), "x")""")
            .Replace("DELETE", "Directory.Delete(workDir, true)"));

    // ---- AM1009: a recursive delete the code shows to be bounded or decided by callers (High, not Critical) ----

    // duplicati SystemIOLinux/SystemIOWindows: ISystemIO.DirectoryDelete(path, recursive) normalizes the path and forwards
    // the caller's recursive flag; the callers are in other assemblies, so the rule cannot see what they pass.
    private const string FileSystemWrapper = """
        using System.IO;

        public interface ISystemIO
        {
            void DirectoryDelete(string path, bool recursive);
        }

        public struct SystemIOLinux : ISystemIO
        {
            private static string NormalizePath(string path) => Path.GetFullPath(path);

            public void DirectoryDelete(string path, bool recursive)
            {
                DELETE;
            }
        }
        """;

    [Test]
    public Task AM1009_PublicApi_ForwardingTheRecursiveFlag() =>
        Verify.VerifyAsync(FileSystemWrapper.Replace("DELETE", "{|AM1009:Directory.Delete(NormalizePath(path), recursive)|}"));

    // The look-alikes that stay Critical: the method decides recursive itself (the gate's risky example
    // `public static void Run(string dir) => Directory.Delete(dir, recursive: true)`), the flag is computed, the method is not an API.
    [Test]
    public Task AM1002_PublicApi_ThatChoosesRecursiveItself_StaysCritical() =>
        Verify.VerifyAsync(FileSystemWrapper.Replace("DELETE", "{|AM1002:Directory.Delete(NormalizePath(path), true)|}"));

    [Test]
    public Task AM1002_PublicApi_ThatComputesTheFlag_StaysCritical() =>
        Verify.VerifyAsync(FileSystemWrapper.Replace("DELETE", "{|AM1002:Directory.Delete(path, recursive || path.Length > 3)|}"));

    [Test]
    public Task AM1002_InternalHelper_ForwardingTheFlag_StaysCritical() =>
        Verify.VerifyAsync(FileSystemWrapper.Replace("public struct SystemIOLinux", "internal struct SystemIOLinux")
            .Replace("DELETE", "{|AM1002:Directory.Delete(path, recursive)|}"));

    // bitwarden LocalOrganizationReportStorageService.DeleteReportFilesAsync: one report's folder, named by its ids, under
    // the configured attachment root.
    [Test]
    public Task AM1009_FolderNamedByAGuidId_UnderARootTheTypeHolds() => Verify.VerifyAsync("""
        using System;
        using System.IO;

        public class Report { public Guid OrganizationId { get; set; } public Guid Id { get; set; } public DateTime CreationDate { get; set; } }

        public class LocalReportStorage
        {
            private readonly string _baseDirPath;
            public LocalReportStorage(string baseDir) => _baseDirPath = baseDir;
            public string Root { get; set; } = "";

            public void DeleteReportFiles(Report report, string reportFileId)
            {
                var dirPath = Path.Combine(_baseDirPath, report.OrganizationId.ToString(), report.CreationDate.ToString("MM-dd-yyyy"), report.Id.ToString(), reportFileId);
                if (Directory.Exists(dirPath))
                {
                    {|AM1009:Directory.Delete(dirPath, true)|};
                }
            }

            public void DeleteCipher(Guid cipherId) => {|AM1009:new DirectoryInfo(Path.Combine(Root, cipherId.ToString())).Delete(true)|};

            // The look-alikes that stay Critical: a name (not an id) under the root, an id under a parameter's folder, and
            // the root itself.
            public void DeleteNamed(string name) => {|AM1002:Directory.Delete(Path.Combine(_baseDirPath, name), true)|};

            public void DeleteUnder(string root, Guid id) => {|AM1002:Directory.Delete(Path.Combine(root, id.ToString()), true)|};

            public void DeleteAll() => {|AM1002:Directory.Delete(_baseDirPath, true)|};
        }
        """);

    // jellyfin TrickplayManager.RefreshTrickplayDataInternal: imgTempDir is the Guid folder the media encoder (an interface
    // in another assembly) made under the app's temp directory.
    [Test]
    public Task AM1009_PathHeldByAVariableNamedAsATempFolder() => Verify.VerifyAsync("""
        using System.IO;

        public interface IMediaEncoder { string ExtractImages(string media); }

        public class Trickplay
        {
            private readonly IMediaEncoder _encoder;
            private string _tmpRoot = "";
            public Trickplay(IMediaEncoder encoder) => _encoder = encoder;

            public void Refresh(string mediaPath, string outputDir, string templateDir)
            {
                string imgTempDir = null;
                try
                {
                    imgTempDir = _encoder.ExtractImages(mediaPath);
                }
                finally
                {
                    if (!string.IsNullOrEmpty(imgTempDir))
                    {
                        {|AM1009:Directory.Delete(imgTempDir, true)|};
                    }
                }

                {|AM1009:Directory.Delete(_tmpRoot, true)|};

                // The look-alikes that stay Critical: an output folder, and a template (not temp) folder.
                {|AM1002:Directory.Delete(outputDir, true)|};
                {|AM1002:Directory.Delete(templateDir, true)|};
            }
        }
        """);

    // duplicati Tools/AutoTune: the folders default to subfolders of a temp folder; each is deleted only when the tool
    // made it (its *_created flag says the configured value was null).
    [Test]
    public Task AM1009_ConfiguredOrTempFallback_DeletedOnlyWhenTheConfiguredValueIsNull() => Verify.VerifyAsync("""
        using System;
        using System.IO;

        public class Config { public string TempFolder { get; set; } public string SourceFolder { get; set; } public string Destination { get; set; } }

        public static class AutoTune
        {
            public static void Run(Config cfg, bool keep)
            {
                bool tempfolder_created = cfg.TempFolder is null;
                var tempfolder = cfg.TempFolder ?? Path.Combine(Path.GetTempPath(), $"autotune_{Guid.NewGuid()}");
                bool source_created = cfg.SourceFolder is null;
                var source = cfg.SourceFolder ?? Path.Combine(tempfolder, "source");
                var destination = cfg.Destination ?? Path.Combine(tempfolder, "backup");

                if (source_created)
                    {|AM1009:Directory.Delete(source, true)|};
                if (cfg.Destination == null && !keep)
                    {|AM1009:Directory.Delete(destination, true)|};

                // The look-alikes that stay Critical: no guard, and a guard on another value.
                {|AM1002:Directory.Delete(source, true)|};
                if (source_created)
                    {|AM1002:Directory.Delete(destination, true)|};
            }
        }
        """);

    [Test]
    public Task AM1009_Message() => Verify.VerifyAsync(
        FileSystemWrapper.Replace("DELETE", "{|#0:Directory.Delete(path, recursive)|}"),
        Verify.Diagnostic("AM1009").WithLocation(0).WithMessage(
            "'Directory.Delete' deletes a path computed at run time and everything under it, but its recursive flag is the parameter 'recursive' of the public 'SystemIOLinux.DirectoryDelete', passed on unchanged: its callers, which may be in other assemblies, decide whether more than an empty folder goes; so High rather than Critical. Check that the path cannot name anything else."));

    // ---- AM1001: deletion (Medium) ----

    [Test]
    public Task AM1001_FileDelete_OnUnknownPath() =>
        Verify.VerifyAsync(Wrap("{|AM1001:File.Delete(path)|};"));

    [Test]
    public Task AM1001_FileInfoDelete() =>
        Verify.VerifyAsync(Wrap("var info = new FileInfo(path); {|AM1001:info.Delete()|};"));

    [Test]
    public Task AM1006_DirectoryDelete_NonRecursive_OnlyRemovesAnEmptyDirectory() =>
        Verify.VerifyAsync(Wrap("""
            {|AM1006:Directory.Delete(path)|};
            {|AM1006:Directory.Delete(path, recursive: false)|};
            {|AM1006:new DirectoryInfo(path).Delete()|};
            {|AM1006:new DirectoryInfo(path).Delete(false)|};
            System.Array.ForEach(new[] { path }, {|AM1006:Directory.Delete|});
            """));

    [Test]
    public Task AM1006_Message() =>
        Verify.VerifyAsync(
            Wrap("{|#0:Directory.Delete(path)|};"),
            Verify.Diagnostic("AM1006").WithLocation(0)
                .WithMessage("'Directory.Delete' deletes a path computed at run time only when it is empty (without recursive: true it fails on a directory with content); recorded for the gate"));

    [Test]
    public Task AM1006_NotWhenRecursiveMayBeTrue_OrOnAFile_OrOnAProtectedPath() =>
        Verify.VerifyAsync(Wrap("""
            {|AM1002:Directory.Delete(path, true)|};
            {|AM1002:new DirectoryInfo(path).Delete(recursive: path.Length > 3)|};
            {|AM1001:File.Delete(path)|};
            FileSystemInfo entry = new DirectoryInfo(path);
            {|AM1001:entry.Delete()|};
            {|AM1004:Directory.Delete("/etc/nginx")|};
            """));

    [Test]
    public Task AM1001_Message_NamesApiAndTarget() =>
        Verify.VerifyAsync(
            Wrap("""File.Delete(Path.Combine(path, "report.csv"));"""),
            Verify.Diagnostic("AM1001").WithSpan(10, 9, 10, 54)
                .WithMessage("'File.Delete' deletes '…/report.csv'; a deleted file cannot be brought back by reverting the change. Move it to a recoverable location instead, or keep the path inside a folder the program owns."));

    [Test]
    public Task AM1001_StaticUsingAndAlias() =>
        Verify.VerifyAsync("""
            using static System.IO.File;
            using Fs = System.IO.File;

            class C
            {
                void M(string p)
                {
                    {|AM1001:Delete(p)|};
                    {|AM1001:Fs.Delete(p)|};
                }
            }
            """);

    [Test]
    public Task AM1001_MethodGroupPassedAsDelegate() =>
        Verify.VerifyAsync(Wrap("""
            System.Array.ForEach(Directory.GetFiles(path, "*.log"), {|AM1001:File.Delete|});
            var info = new FileInfo(path);
            System.Action later = {|AM1001:info.Delete|};
            System.Action<string, bool> wipe = {|AM1002:Directory.Delete|};
            System.Action<string, string> write = {|AM1003:File.WriteAllText|};
            System.Func<string, string> read = File.ReadAllText;
            """));

    [Test]
    public Task NotFlagged_UserMethodGroupsWithSameNames() =>
        Verify.VerifyAsync("""
            using System;
            using System.Collections.Generic;

            class Store { public void Delete(string key) { } }

            class C
            {
                void M(Store store, List<string> keys)
                {
                    keys.ForEach(store.Delete);
                    Action<string> remove = store.Delete;
                    Func<string, bool> has = keys.Remove;
                }
            }
            """);

    // ---- AM1002: recursive deletion (Critical) ----

    [Test]
    public Task AM1002_DirectoryDelete_Recursive() =>
        Verify.VerifyAsync(Wrap("{|AM1002:Directory.Delete(path, true)|}; {|AM1002:new DirectoryInfo(path).Delete(true)|};"));

    [Test]
    public Task AM1002_RecursiveFlagNotConstant_IsTreatedAsRecursive() =>
        Verify.VerifyAsync(Wrap("{|AM1002:Directory.Delete(path, flag)|};"));

    // ---- AM1003: overwrite (Medium) ----

    [Test]
    public Task AM1003_WriteAll_AndCreate() =>
        Verify.VerifyAsync(Wrap("""
            {|AM1003:File.WriteAllText(path, "x")|};
            {|AM1003:File.WriteAllBytes(path, new byte[0])|};
            {|AM1003:File.WriteAllLines(path, new[] { "a" })|};
            _ = {|AM1003:File.WriteAllTextAsync(path, "x")|};
            {|AM1003:File.Create(path)|}.Dispose();
            {|AM1003:File.CreateText(path)|}.Dispose();
            {|AM1003:new FileInfo(path).Create()|}.Dispose();
            """));

    [Test]
    public Task AM1003_TruncatingModes() =>
        Verify.VerifyAsync(Wrap("""
            {|AM1003:new FileStream(path, FileMode.Create)|}.Dispose();
            {|AM1003:File.Open(path, FileMode.Truncate)|}.Dispose();
            {|AM1003:new FileInfo(path).Open(FileMode.Create)|}.Dispose();
            {|AM1003:new StreamWriter(path)|}.Dispose();
            {|AM1003:new StreamWriter(path, append: false)|}.Dispose();
            """));

    [Test]
    public Task AM1003_CopyMoveReplace_WithOverwrite() =>
        Verify.VerifyAsync(Wrap("""
            {|AM1003:File.Copy(path, other, true)|};
            {|AM1003:File.Move(path, other, overwrite: true)|};
            {|AM1003:new FileInfo(path).CopyTo(other, true)|};
            {|AM1003:new FileInfo(path).MoveTo(other, flag)|};
            {|AM1003:File.Replace(path, other, null)|};
            {|AM1003:Directory.Move(path, other)|};
            """));

    // ---- AM1004: protected targets (Critical) ----

    [TestCase("""File.Delete("appsettings.Production.json")""", "a configuration file")]
    [TestCase("""File.WriteAllText(Path.Combine(path, "web.config"), "")""", "a configuration file")]
    [TestCase("""File.Delete(path + "/.env")""", "an environment/secrets file")]
    [TestCase("""File.Delete($"{path}/certs/server.pfx")""", "a certificate or private key")]
    [TestCase("""File.Delete(Path.Combine(path, "app.db"))""", "a database file")]
    [TestCase("""File.Copy(other, Path.Join(path, "data", "main.sqlite"), true)""", "a database file")]
    [TestCase("""File.Delete(path + ".bak")""", "a backup")]
    [TestCase("""Directory.Delete(Path.Combine(path, "backups"), true)""", "a backup folder")]
    [TestCase("""Directory.Delete(Path.Combine(path, ".git"), true)""", "source control metadata (.git)")]
    [TestCase("""Directory.Delete(Path.Combine(path, ".config"), true)""", "a folder named like a configuration file (*.config)")]
    [TestCase("""Directory.Delete(Path.Combine(path, "app.db"))""", "a folder named like a database file (*.db)")]
    [TestCase("""Directory.Move(Path.Combine(path, "site.config"), other)""", "a folder named like a configuration file (*.config)")]
    [TestCase("""File.Delete(Path.Combine(path, "backups"))""", "a file named like a backup folder (backups)")]
    [TestCase("""Directory.Delete("/", true)""", "a filesystem root")]
    [TestCase("""Directory.Delete(@"C:\", true)""", "a filesystem root")]
    [TestCase("""Directory.Delete(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), true)""", "the user's home folder")]
    [TestCase("""Directory.Delete(Directory.GetCurrentDirectory(), true)""", "the current directory itself")]
    [TestCase("""Directory.Delete(".", true)""", "the current directory itself")]
    [TestCase("""Directory.Delete(AppContext.BaseDirectory, true)""", "the application directory itself")]
    [TestCase("""File.Delete("/etc/hosts")""", "a system folder")]
    public Task AM1004_ProtectedTargets(string call, string reason) =>
        Verify.VerifyAsync(
            Wrap("{|#0:" + call + "|};"),
            Verify.Diagnostic("AM1004").WithLocation(0).WithArguments(ApiOf(call), VerbOf(call), TargetOf(call), reason));

    [Test]
    public Task AM1004_FollowsLocalsAndConstants() =>
        Verify.VerifyAsync(Wrap(
            """
            var dir = Path.Combine(path, "db");
            var file = Path.Combine(dir, DatabaseName);
            {|AM1004:File.Delete(file)|};
            {|AM1004:File.Delete(Settings)|};
            """,
            members: """
                const string DatabaseName = "orders.db";
                static readonly string Settings = "appsettings.json";
                """));

    [Test]
    public Task AM1004_FileInfoReceiverResolved() =>
        Verify.VerifyAsync(Wrap("""
            var config = new FileInfo(Path.Combine(AppContext.BaseDirectory, "appsettings.json"));
            {|AM1004:config.Delete()|};
            """));

    [Test]
    public Task AM1004_LocalReassigned_IsNotTrusted() =>
        Verify.VerifyAsync(Wrap("""
            var file = "app.db";
            if (flag) file = path;
            {|AM1001:File.Delete(file)|};
            """));

    // ---- AM1005: scratch targets (Low) ----

    [Test]
    public Task AM1005_TempFolder() =>
        Verify.VerifyAsync(Wrap("""
            var scratch = Path.Combine(Path.GetTempPath(), "build-cache");
            {|AM1005:Directory.Delete(scratch, true)|};
            var tmp = Path.GetTempFileName();
            {|AM1005:File.WriteAllText(tmp, "x")|};
            {|AM1005:File.Delete(tmp)|};
            {|AM1005:Directory.CreateTempSubdirectory().Delete(true)|};
            {|AM1005:File.Delete("/tmp/x.lock")|};
            """));

    /// <summary>The FullName of a DirectoryInfo/FileInfo is the path it was made from (a held-out evaluation case showed it).</summary>
    [Test]
    public Task AM1005_FullNameOfATempSubdirectory() =>
        Verify.VerifyAsync(Wrap("""
            var staging = Directory.CreateTempSubdirectory("export-");
            {|AM1005:File.WriteAllText(Path.Combine(staging.FullName, "orders.csv"), "x")|};
            {|AM1005:Directory.Delete(staging.FullName, recursive: true)|};
            var info = new FileInfo(Path.Combine(Path.GetTempPath(), "a.txt"));
            {|AM1005:File.Delete(info.FullName)|};
            var unknown = new DirectoryInfo(path);
            {|AM1002:Directory.Delete(unknown.FullName, true)|};
            """));

    [Test]
    public Task AM1005_EntriesOfAScratchFolderHeldInAReadonlyField() =>
        Verify.VerifyAsync("""
            using System;
            using System.IO;

            static class TempSweeper
            {
                private static readonly string Root = Path.Combine(Path.GetTempPath(), "contoso-sync", "downloads");

                public static void Sweep(string other)
                {
                    foreach (var file in Directory.EnumerateFiles(Root))
                    {
                        {|AM1005:File.Delete(file)|};
                    }

                    {|AM1005:Directory.Delete(Root, true)|};
                    foreach (var file in Directory.GetFiles(other))
                    {
                        {|AM1001:File.Delete(file)|};
                    }

                    foreach (var db in Directory.GetFiles(other, "*.db"))
                    {
                        {|AM1001:File.Delete(db)|};
                    }
                }
            }
            """);

    [Test]
    public Task AM1005_MembersSetOnceInTheConstructor() =>
        Verify.VerifyAsync("""
            using System;
            using System.IO;

            sealed class ScratchSpace : IDisposable
            {
                private readonly string _work;
                private string _mutable;

                public ScratchSpace(string other)
                {
                    Root = Path.Combine(Path.GetTempPath(), "contoso-maint", Environment.ProcessId.ToString());
                    _work = Path.Combine(Path.GetTempPath(), "work");
                    _mutable = Path.Combine(Path.GetTempPath(), "mutable");
                    Data = Path.Combine(other, "data");
                }

                public string Root { get; }

                public string Data { get; }

                public void Dispose()
                {
                    {|AM1005:Directory.Delete(Root, recursive: true)|};
                    {|AM1005:Directory.Delete(_work, true)|};
                    {|AM1002:Directory.Delete(_mutable, true)|};
                    {|AM1002:Directory.Delete(Data, true)|};
                }

                public void Reset() => _mutable = "/";
            }
            """);

    /// <summary>
    /// A private field assigned once anywhere in its type (a test fixture's [SetUp]) holds that value or null: the
    /// evaluation corpus's Tests/004 was a Critical false rejection. Any second write, a public field, a ref, a compound
    /// assignment or a real initializer keeps the field unknown.
    /// </summary>
    [Test]
    public Task AM1005_PrivateFieldAssignedOnceInItsType() =>
        Verify.VerifyAsync("""
            using System;
            using System.IO;

            public class LedgerExportTests
            {
                private string _workDir = null!;
                private string _twice = null!;
                private string _byRef = null!;
                private string _appended = null!;
                private string _initialized = "/srv/data";
                public string Shared = null!;

                public void SetUp()
                {
                    _workDir = Path.Combine(Path.GetTempPath(), "inventory-tests", Guid.NewGuid().ToString("N"));
                    Directory.CreateDirectory(_workDir);
                    _twice = Path.Combine(Path.GetTempPath(), "a");
                    _byRef = Path.Combine(Path.GetTempPath(), "b");
                    _appended = Path.Combine(Path.GetTempPath(), "c");
                    _appended += "/..";
                    _initialized = Path.Combine(Path.GetTempPath(), "d");
                    Shared = Path.Combine(Path.GetTempPath(), "e");
                    Console.WriteLine(nameof(_workDir));
                }

                public void Other(LedgerExportTests other)
                {
                    other._twice = "/";
                    Redirect(ref _byRef);
                }

                public void TearDown()
                {
                    {|AM1005:File.WriteAllText(Path.Combine(_workDir, "movements.txt"), "x")|};
                    {|AM1005:Directory.Delete(_workDir, recursive: true)|};
                    {|AM1002:Directory.Delete(_twice, true)|};
                    {|AM1002:Directory.Delete(_byRef, true)|};
                    {|AM1002:Directory.Delete(_appended, true)|};
                    {|AM1002:Directory.Delete(_initialized, true)|};
                    {|AM1002:Directory.Delete(Shared, true)|};
                }

                private static void Redirect(ref string path) => path = "/";
            }
            """);

    [Test]
    public Task AM1005_TempWinsOverProtectedFilePattern() =>
        Verify.VerifyAsync(Wrap("""{|AM1005:File.Delete(Path.Combine(Path.GetTempPath(), "test.db"))|};"""));

    [Test]
    public Task AM1005_TempFolderItself_KeepsBaseLevel() =>
        Verify.VerifyAsync(Wrap("""{|AM1002:Directory.Delete(Path.GetTempPath(), true)|};"""));

    // ---- Options ----

    [Test]
    public Task Option_ProtectedPaths_AddsGlobs() =>
        Verify.VerifyAsync(
            Wrap("""
                {|AM1004:File.Delete(Path.Combine(path, "exports", "ledger.csv"))|};
                {|AM1004:File.Delete(path + "/tenants/acme.json")|};
                {|AM1001:File.Delete(Path.Combine(path, "report.csv"))|};
                """),
            "automode.io.protected_paths = **/exports/**, tenants\n");

    [Test]
    public Task Option_SafePaths_LowersToScratch() =>
        Verify.VerifyAsync(
            Wrap("""
                {|AM1005:Directory.Delete(Path.Combine(path, "cache", "thumbnails"), true)|};
                {|AM1002:Directory.Delete(Path.Combine(path, "uploads"), true)|};
                """),
            "automode.io.safe_paths = **/cache/**\n");

    [Test]
    public Task Option_SafePaths_DoNotOverrideProtectedRoots() =>
        Verify.VerifyAsync(
            Wrap("""{|AM1004:Directory.Delete(Directory.GetCurrentDirectory(), true)|};"""),
            "automode.io.safe_paths = **\n");

    // ---- Must not flag ----

    [Test]
    public Task NotFlagged_Reads_Appends_AndSafeModes() =>
        Verify.VerifyAsync(Wrap("""
            _ = File.ReadAllText(path);
            _ = File.Exists(path);
            File.AppendAllText(path, "x");
            new StreamWriter(path, append: true).Dispose();
            new FileStream(path, FileMode.Open).Dispose();
            new FileStream(path, FileMode.CreateNew).Dispose();
            File.Open(path, FileMode.OpenOrCreate).Dispose();
            File.Copy(path, other);
            File.Copy(path, other, false);
            File.Move(path, other);
            new FileInfo(path).CopyTo(other);
            Directory.CreateDirectory(path);
            _ = Directory.GetFiles(path);
            """));

    [Test]
    public Task NotFlagged_UserTypesWithSameNames() =>
        Verify.VerifyAsync("""
            using System.Collections.Generic;

            namespace MyApp.IO
            {
                static class File { public static void Delete(string path) { } public static void WriteAllText(string p, string t) { } }
                class Directory { public void Delete(string path, bool recursive) { } }
                class Repository { public void Delete(int id) { } }

                class C
                {
                    void M(Repository repo, Directory dir, List<string> list)
                    {
                        File.Delete("/");
                        File.WriteAllText("appsettings.json", "");
                        dir.Delete("/", true);
                        repo.Delete(42);
                        list.Remove("x");
                        list.Clear();
                    }
                }
            }
            """);

    [Test]
    public Task NotFlagged_AbstractionWrappers() =>
        Verify.VerifyAsync("""
            interface IFileSystem { IFile File { get; } }
            interface IFile { void Delete(string path); void WriteAllText(string path, string text); }

            class Cleaner
            {
                private readonly IFileSystem _fs;
                public Cleaner(IFileSystem fs) => _fs = fs;
                public void Clean(string path)
                {
                    _fs.File.Delete(path);
                    _fs.File.WriteAllText("appsettings.json", "{}");
                }
            }
            """);

    [Test]
    public Task NotFlagged_GeneratedCode() =>
        Verify.VerifyAsync("""
            // <auto-generated/>
            using System.IO;

            class Generated
            {
                void M(string p) => Directory.Delete(p, true);
            }
            """);

    [Test]
    public Task HalfTypedCode_StaysSilentAndDoesNotThrow()
    {
        var test = Verify.Create("""
            using System.IO;

            class C
            {
                void M(string p)
                {
                    File.Delete(;
                    Directory.Delete(p, );
                    new FileInfo().Delete();
                }
            }
            """);
        test.CompilerDiagnostics = Microsoft.CodeAnalysis.Testing.CompilerDiagnostics.None;
        // Calls that do not bind (missing arguments) are not reported, nor a call that binds on a broken receiver: its
        // path is unknown only because the compiler could not bind it.
        return test.RunAsync();
    }

    [Test]
    public void Descriptors_HaveExpectedRiskLevels()
    {
        var byId = new DestructiveFileIOAnalyzer().SupportedDiagnostics.ToDictionary(d => d.Id, d => RiskModel.FromSeverity(d.DefaultSeverity));
        Assert.That(byId, Is.EquivalentTo(new Dictionary<string, RiskLevel>
        {
            ["AM1001"] = RiskLevel.Medium,
            ["AM1002"] = RiskLevel.Critical,
            ["AM1003"] = RiskLevel.Medium,
            ["AM1004"] = RiskLevel.Critical,
            ["AM1005"] = RiskLevel.Low,
            ["AM1006"] = RiskLevel.Low,
            ["AM1007"] = RiskLevel.Medium,
            ["AM1009"] = RiskLevel.High,
        }));
    }

    private static string ApiOf(string call)
    {
        var name = call.Substring(0, call.IndexOf('('));
        return name;
    }

    private static string VerbOf(string call) =>
        call.StartsWith("Directory.Delete", StringComparison.Ordinal) && call.Contains("true") ? "recursively deletes"
        : call.StartsWith("Directory.Delete", StringComparison.Ordinal) ? "deletes the directory"
        : call.Contains("Delete") ? "deletes"
        : "overwrites";

    private static string TargetOf(string call) => call switch
    {
        _ when call.Contains("appsettings.Production.json") => "'appsettings.Production.json'",
        _ when call.Contains("\".config\"") => "'…/.config'",
        _ when call.Contains("site.config") => "'…/site.config'",
        _ when call.Contains("web.config") => "'…/web.config'",
        _ when call.Contains(".env") => "'…/.env'",
        _ when call.Contains("server.pfx") => "'…/certs/server.pfx'",
        _ when call.Contains("app.db") => "'…/app.db'",
        _ when call.Contains("main.sqlite") => "'…/data/main.sqlite'",
        _ when call.Contains(".bak") => "'….bak'",
        _ when call.Contains("backups") => "'…/backups'",
        _ when call.Contains(".git") => "'…/.git'",
        _ when call.Contains("C:\\") => "'C:\\'",
        _ when call.Contains("\"/\"") => "'/'",
        _ when call.Contains("UserProfile") => "'~'",
        _ when call.Contains("GetCurrentDirectory") => "'{current directory}'",
        _ when call.Contains("\".\"") => "'.'",
        _ when call.Contains("BaseDirectory") => "'{application directory}'",
        _ when call.Contains("/etc/hosts") => "'/etc/hosts'",
        _ => throw new ArgumentException(call),
    };
}
