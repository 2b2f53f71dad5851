using AutoMode.Tests;

namespace AutoMode.Cli.Tests.Infrastructure;

/// <summary>The temp-folder clean-up the evaluation and package tests rely on (tests/Shared/ScratchFolders.cs).</summary>
public class ScratchFoldersTests
{
    private string _parent = null!;

    [SetUp]
    public void CreateParent()
    {
        _parent = Path.Combine(Path.GetTempPath(), "automode-tests", "scratch-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(_parent);
    }

    [TearDown]
    public void DeleteParent() => Directory.Delete(_parent, recursive: true);

    [Test]
    public void Delete_RemovesTheFolderWithEverythingInIt()
    {
        var run = Path.Combine(_parent, "run");
        Directory.CreateDirectory(Path.Combine(run, ".packages", "some.package"));
        File.WriteAllText(Path.Combine(run, ".packages", "some.package", "lib.dll"), "x");
        File.SetAttributes(Path.Combine(run, ".packages", "some.package", "lib.dll"), FileAttributes.ReadOnly); // as git's objects are

        ScratchFolders.Delete(run);

        Assert.That(Directory.Exists(run), Is.False);
    }

    [Test]
    public void Delete_OfAMissingFolder_DoesNothing()
        => Assert.DoesNotThrow(() => ScratchFolders.Delete(Path.Combine(_parent, "never-made")));

    [Test]
    public void DeleteOlderThan_RemovesOnlyFoldersLeftLongAgo()
    {
        var killed = Path.Combine(_parent, "killed-run");
        var running = Path.Combine(_parent, "running");
        Directory.CreateDirectory(killed);
        Directory.CreateDirectory(running);
        Directory.SetLastWriteTimeUtc(killed, DateTime.UtcNow.AddDays(-1));

        ScratchFolders.DeleteOlderThan(_parent, TimeSpan.FromHours(6));

        Assert.Multiple(() =>
        {
            Assert.That(Directory.Exists(killed), Is.False, "a run killed a day ago is swept");
            Assert.That(Directory.Exists(running), Is.True, "a run in progress is left alone");
        });
    }
}
