namespace AutoMode.Package.Tests;

/// <summary>Deletes the feed and consumer projects of the run once every test of this assembly has finished.</summary>
[SetUpFixture]
public sealed class TempDirectoryCleanup
{
    [OneTimeTearDown]
    public void DeleteTempDirectories() => PackageFixture.DeleteTempDirectories();
}
