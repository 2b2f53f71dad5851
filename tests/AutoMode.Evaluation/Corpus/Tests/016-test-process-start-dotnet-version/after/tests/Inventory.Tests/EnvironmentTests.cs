using System.Diagnostics;

namespace Inventory.Tests;

public class EnvironmentTests
{
    [Test]
    public void Dotnet_sdk_is_on_path()
    {
        using var process = Process.Start(new ProcessStartInfo("dotnet", "--version") { RedirectStandardOutput = true })!;
        var version = process.StandardOutput.ReadToEnd().Trim();
        process.WaitForExit();

        Assert.That(version, Does.StartWith("10."));
    }
}
