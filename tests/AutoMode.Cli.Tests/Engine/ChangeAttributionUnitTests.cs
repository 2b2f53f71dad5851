using AutoMode.Gate.Engine;
using AutoMode.Gate.Git;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace AutoMode.Cli.Tests.Engine;

/// <summary>
/// Which findings in a changed file count against the change (issue #20): those on a line it adds or modifies, or
/// whose arguments and data flow, guards, target or migration Down it modifies — not every finding in the same member
/// or file. Each counted case stands beside the look-alike that must not count.
/// </summary>
public class ChangeAttributionUnitTests
{
    private const string Maintenance = """
        using System.IO;

        public static class Maintenance
        {
            public static void Clean(string root, bool confirmed)
            {
                var path = Path.Combine(root, "cache");
                if (!confirmed)
                {
                    return;
                }

                Log("cleaning " + root);
                File.Delete(path);
                Log("done");
            }

            private static void Log(string message) => System.Console.WriteLine(message);
        }
        """;

    /// <summary>Whether the finding at <paramref name="finding"/> (its only occurrence in <paramref name="after"/>) counts.</summary>
    private static bool Counts(string before, string after, string finding, string ruleId = "AM1001")
    {
        var start = after.IndexOf(finding, StringComparison.Ordinal);
        Assert.That(start, Is.GreaterThanOrEqualTo(0), "the finding's text is in the new version");
        Assert.That(after.IndexOf(finding, start + 1, StringComparison.Ordinal), Is.EqualTo(-1), "the finding's text is unique");
        return ChangeAttribution.Counts(CSharpSyntaxTree.ParseText(after), new TextSpan(start, finding.Length), ruleId, LineChanges.Compute(before, after));
    }

    // ---- a guard on the path ----

    [Test]
    public void RemovedGuard_AboveAnUnchangedDelete_Counts()
        => Assert.That(Counts(Maintenance, Maintenance.Replace("        if (!confirmed)\n        {\n            return;\n        }\n\n", string.Empty), "File.Delete(path)"), Is.True);

    [Test]
    public void ChangedGuardCondition_Counts()
        => Assert.That(Counts(Maintenance, Maintenance.Replace("if (!confirmed)", "if (!confirmed && root.Length > 3)"), "File.Delete(path)"), Is.True);

    [Test]
    public void ChangedConditionOfTheEnclosingIf_Counts()
    {
        var before = Maintenance.Replace("        File.Delete(path);\n", "        if (root.Length > 3)\n        {\n            File.Delete(path);\n        }\n");
        Assert.That(Counts(before, before.Replace("root.Length > 3", "root.Length > 0"), "File.Delete(path)"), Is.True);
    }

    [Test]
    public void EditedLogLine_InTheSameMember_DoesNotCount()
        => Assert.That(Counts(Maintenance, Maintenance.Replace("\"cleaning \"", "\"cleaning the cache of \""), "File.Delete(path)"), Is.False);

    [Test]
    public void EditBelowTheFinding_DoesNotCount()
        => Assert.That(Counts(Maintenance, Maintenance.Replace("Log(\"done\");", "Log(\"done\");\n        if (root.Length == 0)\n        {\n            return;\n        }"), "File.Delete(path)"), Is.False);

    [Test]
    public void EditInTheOtherBranch_DoesNotCount()
    {
        var before = Maintenance.Replace("        File.Delete(path);\n", "        if (root.Length > 3)\n        {\n            File.Delete(path);\n        }\n        else\n        {\n            Log(\"skipped\");\n        }\n");
        Assert.That(Counts(before, before.Replace("\"skipped\"", "\"nothing to clean\""), "File.Delete(path)"), Is.False);
    }

    // ---- arguments and their data flow ----

    [Test]
    public void ChangedInitializerOfTheArgument_Counts()
        => Assert.That(Counts(Maintenance, Maintenance.Replace("\"cache\"", "\"data\""), "File.Delete(path)"), Is.True);

    [Test]
    public void ChangedParameterTheArgumentComesFrom_Counts()
        => Assert.That(Counts(Maintenance, Maintenance.Replace("Clean(string root, bool confirmed)", "Clean(string? root, bool confirmed)"), "File.Delete(path)"), Is.True);

    [Test]
    public void RemovedReassignmentOfTheArgument_Counts()
    {
        var before = Maintenance.Replace("        Log(\"cleaning \" + root);\n", "        path = Path.Combine(path, \"tmp\");\n        Log(\"cleaning \" + root);\n");
        Assert.That(Counts(before, Maintenance, "File.Delete(path)"), Is.True);
    }

    /// <summary>
    /// duplicati ccc3dd68a9, minimized: another method's changed lines assign a field an unchanged <c>unsafe</c> block
    /// reads; the block is decided by itself and its member (a changed local it reads, a change inside it still count).
    /// </summary>
    [Test]
    public void UnsafeBlock_IsNotDecidedByFieldAssignmentsInOtherMembers()
    {
        const string before = """
            public sealed unsafe class Disk
            {
                private int _fd;
                private byte* _buffer;

                public bool Open(bool write)
                {
                    int flags = write ? 2 : 0;
                    _fd = Native.Open("/dev/sda", flags);
                    return _fd >= 0;
                }

                public int Read(long offset)
                {
                    int length = 4096;
                    unsafe
                    {
                        return Native.Pread(_fd, _buffer, length, offset);
                    }
                }
            }
            """;
        var otherMember = before.Replace("int flags = write ? 2 : 0;", "var flags = write ? 2 : 0;");
        var localOfTheMember = before.Replace("int length = 4096;", "int length = 8192;");
        var inside = before.Replace("return Native.Pread(_fd, _buffer, length, offset);", "return Native.Pread(_fd, _buffer + 1, length, offset);");
        Assert.Multiple(() =>
        {
            Assert.That(Counts(before, otherMember, "unsafe\n        {", "AM4004"), Is.False);
            Assert.That(Counts(before, localOfTheMember, "unsafe\n        {", "AM4004"), Is.True);
            Assert.That(Counts(before, inside, "unsafe\n        {", "AM4004"), Is.True);
        });
    }

    [Test]
    public void ChangedFieldInitializer_TheArgumentReads_Counts()
    {
        const string before = """
            using System.IO;

            public sealed class Cache
            {
                private readonly string _folder = "/var/cache/app";

                public void Purge()
                {
                    System.Console.WriteLine("purging");
                    Directory.Delete(_folder, true);
                }
            }
            """;
        Assert.That(Counts(before, before.Replace("/var/cache/app", "/var/lib/app"), "Directory.Delete(_folder, true)", "AM1002"), Is.True);
        Assert.That(Counts(before, before.Replace("\"purging\"", "\"purging the cache\""), "Directory.Delete(_folder, true)", "AM1002"), Is.False);
    }

    /// <summary>
    /// jellyfin 7c148c3c7c (minimized): a one-line <c>.Where(…)</c> → <c>.WhereOneOrMany(…)</c> in a query that feeds
    /// another variable; the bulk deletes further down the member read other values.
    /// </summary>
    [Test]
    public void OneLineQueryRefactor_NextToUnchangedBulkDeletes_DoesNotCount()
    {
        const string before = """
            using System.Linq;

            public class ItemPersistenceService
            {
                public void UpdateOrInsertItems(Context context, System.Guid[] updatedIds, System.Guid[] children)
                {
                    context.Providers.WhereOneOrMany(updatedIds, e => e.ItemId).ExecuteDelete();
                    var childIdsToCheck = children.Distinct().ToList();
                    var existingChildIds = childIdsToCheck.Count > 0
                        ? context.BaseItems
                            .Where(e => childIdsToCheck.Contains(e.Id))
                            .Select(e => e.Id)
                            .ToHashSet()
                        : [];
                    System.Console.WriteLine(existingChildIds.Count);
                }
            }
            """;
        var after = before.Replace(".Where(e => childIdsToCheck.Contains(e.Id))", ".WhereOneOrMany(childIdsToCheck, e => e.Id)");
        Assert.That(Counts(before, after, "context.Providers.WhereOneOrMany(updatedIds, e => e.ItemId).ExecuteDelete()", "AM2031"), Is.False);
        Assert.That(Counts(before, before.Replace("UpdateOrInsertItems(Context context, System.Guid[] updatedIds,", "UpdateOrInsertItems(Context context, System.Guid[]? updatedIds,"),
            "context.Providers.WhereOneOrMany(updatedIds, e => e.ItemId).ExecuteDelete()", "AM2031"), Is.True, "the ids it deletes by changed");
    }

    /// <summary>
    /// jellyfin f0c5370e27 (minimized): a theory's data and parameter types change; the reflection lookup in its body,
    /// which reads none of them, is unchanged.
    /// </summary>
    [Test]
    public void ChangedTestParameters_NextToAnUnchangedReflectionLookup_DoNotCount()
    {
        const string before = """
            using System.Reflection;
            using System.Threading.Tasks;

            public class IdlePlaybackTests
            {
                [Theory]
                [InlineData(null, 0)]
                public async Task CheckForIdlePlayback_Stops(long? clientPositionTicks, long expectedPositionTicks)
                {
                    var method = typeof(SessionManager).GetMethod("CheckForIdlePlayback", BindingFlags.Instance | BindingFlags.NonPublic);
                    await (Task)method!.Invoke(new SessionManager(clientPositionTicks), null)!;
                    Assert.Equal(expectedPositionTicks, 0);
                }
            }
            """;
        var after = before.Replace("[InlineData(null, 0)]", "[InlineData(null, null)]").Replace("long expectedPositionTicks", "long? expectedPositionTicks");
        Assert.That(Counts(before, after, "GetMethod(\"CheckForIdlePlayback\", BindingFlags.Instance | BindingFlags.NonPublic)", "AM4003"), Is.False);
    }

    /// <summary>
    /// jellyfin 7c148c3c7c (minimized): the query changed inside an earlier branch of the loop that ends in
    /// <c>continue</c>; the exit and its condition are unchanged, so the delete in the later branch is not re-decided.
    /// </summary>
    [Test]
    public void EditInsideAnEarlierBranchThatEndsInContinue_DoesNotCount_ChangedExitConditionDoes()
    {
        const string before = """
            using System.Linq;

            public class Links
            {
                public void Save(Context context, Item[] items)
                {
                    foreach (var item in items)
                    {
                        if (item.IsFolder)
                        {
                            var existing = context.BaseItems
                                .Where(e => item.Children.Contains(e.Id))
                                .ToHashSet();
                            item.Count = existing.Count;
                            continue;
                        }

                        var orphaned = context.BaseItems.Where(e => e.OwnerId == item.Id).ToList();
                        context.BaseItems.RemoveRange(orphaned);
                    }
                }
            }
            """;
        const string finding = "context.BaseItems.RemoveRange(orphaned)";
        Assert.That(Counts(before, before.Replace(".Where(e => item.Children.Contains(e.Id))", ".WhereOneOrMany(item.Children, e => e.Id)"), finding, "AM2034"), Is.False);
        Assert.That(Counts(before, before.Replace("if (item.IsFolder)", "if (item.IsFolder || item.IsVideo)"), finding, "AM2034"), Is.True);
        Assert.That(Counts(before, before.Replace("                continue;\n", string.Empty), finding, "AM2034"), Is.True, "the removed continue let folders reach the delete");
    }

    // ---- its target ----

    [Test]
    public void ChangedHeaderOfTheCalledMethod_Counts()
    {
        const string before = """
            public static class Jobs
            {
                public static void Run(string tenant)
                {
                    System.Console.WriteLine(tenant);
                    Purge(tenant);
                }

                [Risk(RiskLevel.High, "drops the tenant's rows")]
                private static void Purge(string tenant) { }
            }
            """;
        Assert.That(Counts(before, before.Replace("RiskLevel.High", "RiskLevel.Critical"), "Purge(tenant)", "AM9001"), Is.True);
        Assert.That(Counts(before, before.Replace("WriteLine(tenant)", "WriteLine(\"run \" + tenant)"), "Purge(tenant)", "AM9001"), Is.False);
    }

    // ---- the Down of its migration ----

    private const string Migration = """
        using Microsoft.EntityFrameworkCore.Migrations;

        public partial class DropCustomerEmail : Migration
        {
            protected override void Up(MigrationBuilder migrationBuilder)
            {
                migrationBuilder.DropColumn(name: "Email", table: "Customers");
            }

            protected override void Down(MigrationBuilder migrationBuilder)
            {
                migrationBuilder.AddColumn<string>(name: "Email", table: "Customers", nullable: true);
            }
        }
        """;

    private const string DropColumn = "migrationBuilder.DropColumn(name: \"Email\", table: \"Customers\")";

    [Test]
    public void RemovedDown_Counts()
    {
        var after = Migration.Replace("""

                protected override void Down(MigrationBuilder migrationBuilder)
                {
                    migrationBuilder.AddColumn<string>(name: "Email", table: "Customers", nullable: true);
                }

            """.Replace("\r", string.Empty), string.Empty);
        Assert.That(after, Does.Not.Contain("Down"));
        Assert.That(Counts(Migration, after, DropColumn, "AM2010"), Is.True);
    }

    [Test]
    public void ChangedDown_Counts()
        => Assert.That(Counts(Migration, Migration.Replace("nullable: true", "nullable: false"), DropColumn, "AM2010"), Is.True);

    [Test]
    public void CommentAboveTheMigration_DoesNotCount()
        => Assert.That(Counts(Migration, Migration.Replace("public partial class", "/// <summary>Drops the e-mail.</summary>\npublic partial class"), DropColumn, "AM2010"), Is.False);

    // ---- suppressions ----

    private const string Repository = """
        #pragma warning disable CA1307 // Specify StringComparison for clarity
        #pragma warning disable CA1309 // Use ordinal StringComparison
        using System.Linq;

        public class PeopleRepository
        {
            public int Count(string[] names, string name) => names.Count(n => n == name);
        }
        """;

    /// <summary>jellyfin 20b4a59281 (minimized): a query refactor below pragmas that already stood at the top of the file.</summary>
    [Test]
    public void PragmaThatAlreadyStood_AboveAnEditedMember_DoesNotCount()
        => Assert.That(Counts(Repository, Repository.Replace("names.Count(n => n == name)", "names.Where(n => n == name).Count()"), "#pragma warning disable CA1309", "AM4008"), Is.False);

    [Test]
    public void AddedPragma_Counts()
    {
        var after = Repository.Replace("using System.Linq;", "#pragma warning disable CA1062\nusing System.Linq;");
        Assert.That(Counts(Repository, after, "#pragma warning disable CA1062", "AM4008"), Is.True);
    }

    [Test]
    public void PragmaWhoseRestoreWasRemoved_OverNewCode_Counts()
    {
        const string before = """
            public class Names
            {
            #pragma warning disable CA1862 // Use the 'StringComparison' method overloads
                public bool Same(string a, string b) => a.ToUpperInvariant() == b.ToUpperInvariant();
            #pragma warning restore CA1862
                public int Length(string a) => a.Length;
            }
            """;
        var widened = before.Replace("#pragma warning restore CA1862\n", string.Empty).Replace("a => a.Length;", "a => a.Length;\n    public bool Starts(string a, string b) => a.ToLowerInvariant().StartsWith(b.ToLowerInvariant());");
        Assert.That(Counts(before, widened.Replace("public int Length(string a) => a.Length;", "public int Length(string a) => a.Trim().Length;"), "#pragma warning disable CA1862", "AM4008"), Is.True);
        var inScope = before.Replace("a.ToUpperInvariant() == b.ToUpperInvariant()", "a.ToUpperInvariant() == b.Trim().ToUpperInvariant()");
        Assert.That(Counts(before, inScope, "#pragma warning disable CA1862", "AM4008"), Is.False, "an edit inside the scope that stood does not widen it");
    }

    [Test]
    public void SuppressMessageThatAlreadyStood_DoesNotCount_AddedOneDoes()
    {
        const string before = """
            public class Keys
            {
                [System.Diagnostics.CodeAnalysis.SuppressMessage("AutoMode", "AM3001", Justification = "test key")]
                public string Key() => "k";
            }
            """;
        const string attribute = "System.Diagnostics.CodeAnalysis.SuppressMessage(\"AutoMode\", \"AM3001\", Justification = \"test key\")";
        Assert.That(Counts(before, before.Replace("=> \"k\"", "=> \"key\""), attribute, "AM9102"), Is.False);
        var added = before.Replace("    public string Key()", "    [System.Diagnostics.CodeAnalysis.SuppressMessage(\"AutoMode\", \"AM3002\")]\n    public string Key()");
        Assert.That(Counts(before, added, "System.Diagnostics.CodeAnalysis.SuppressMessage(\"AutoMode\", \"AM3002\")", "AM9101"), Is.True);
    }

    // ---- declarations and whole files ----

    [Test]
    public void FindingOnADeclaration_IsDecidedByTheDeclaration()
    {
        const string before = """
            public class OrdersController
            {
                [Authorize]
                public string Delete(int id) => "deleted " + id;
            }
            """;
        Assert.That(Counts(before, before.Replace("    [Authorize]\n", string.Empty), "Delete", "AM6001"), Is.True);
    }

    [Test]
    public void NewFile_EverythingCounts()
        => Assert.That(ChangeAttribution.Counts(CSharpSyntaxTree.ParseText(Maintenance), new TextSpan(Maintenance.IndexOf("File.Delete", StringComparison.Ordinal), 11), "AM1001", LineChanges.Compute(null, Maintenance)), Is.True);

    [Test]
    public void TopLevelStatements_RemovedGuard_Counts()
    {
        const string before = "using System.IO;\n\nif (args.Length == 0)\n{\n    return;\n}\n\nvar path = args[0];\nFile.Delete(path);\n";
        Assert.That(Counts(before, before.Replace("if (args.Length == 0)\n{\n    return;\n}\n\n", string.Empty), "File.Delete(path)"), Is.True);
        Assert.That(Counts(before, before.Replace("using System.IO;", "using System;\nusing System.IO;"), "File.Delete(path)"), Is.False);
    }
}
