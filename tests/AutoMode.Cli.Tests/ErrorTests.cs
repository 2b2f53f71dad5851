using AutoMode.Cli.Tests.Infrastructure;

namespace AutoMode.Cli.Tests;

/// <summary>Usage and input errors: a clear message on standard error and exit code 3.</summary>
public class ErrorTests
{
    [Test]
    public void NonGitFolder()
    {
        using var folder = new TempRepository(init: false);
        var result = CliRunner.Run(folder.Root, "check");

        Assert.That(result.ExitCode, Is.EqualTo(3), result.ToString());
        Assert.That(result.Stderr, Does.Contain("is not inside a git repository"));
        Assert.That(result.Stdout, Is.Empty);
    }

    [Test]
    public void MissingPath()
    {
        var result = CliRunner.Run(Path.GetTempPath(), "check", "/no/such/folder");

        Assert.That(result.ExitCode, Is.EqualTo(3), result.ToString());
        Assert.That(result.Stderr, Does.Contain("does not exist"));
    }

    [Test]
    public void BadRevision()
    {
        using var repo = Repositories.WithApp();
        var result = repo.Check("--base", "no-such-branch");

        Assert.That(result.ExitCode, Is.EqualTo(3), result.ToString());
        Assert.That(result.Stderr, Does.Contain("'no-such-branch' is not a commit"));
    }

    [Test]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void UnreadableFile()
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Ignore("file modes are a Unix notion");
        }

        using var repo = Repositories.WithApp();
        repo.Write("src/App/Secret.cs", "namespace App;\n");
        File.SetUnixFileMode(repo.PathOf("src/App/Secret.cs"), UnixFileMode.None);

        // As root every file is readable: drop the capability that allows it, so the file is unreadable for real.
        var result = CliRunner.Run(repo.Root, withoutFileAccessOverride: IsRoot(), "check");

        Assert.That(result.ExitCode, Is.EqualTo(3), result.ToString());
        Assert.That(result.Stderr, Does.Contain("cannot read src/App/Secret.cs"));
    }

    [TestCase("check", "--format", "yaml")]
    [TestCase("check", "--staged", "--base", "HEAD")]
    [TestCase("frobnicate")]
    public void UsageErrors(params string[] args)
    {
        using var repo = Repositories.WithApp();
        var result = CliRunner.Run(repo.Root, args);

        Assert.That(result.ExitCode, Is.EqualTo(3), result.ToString());
        Assert.That(result.Stderr, Does.Contain("automode:"));
    }

    [Test]
    public void HelpExitsZero()
    {
        var result = CliRunner.Run(Path.GetTempPath(), "check", "--help");

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(result.Stdout, Does.Contain("--base").And.Contain("--staged").And.Contain("--format"));
    }

    private static bool IsRoot() => File.Exists("/proc/self/status") && File.ReadLines("/proc/self/status").Any(l => l.StartsWith("Uid:", StringComparison.Ordinal) && l.Split('\t', StringSplitOptions.RemoveEmptyEntries).ElementAtOrDefault(1) == "0");
}
