using System.Diagnostics;
using System.Reflection;

namespace AutoMode.Cli.Tests.Infrastructure;

/// <summary>Runs the real <c>automode</c> executable (the AutoMode.Cli build output) as a child process.</summary>
public static class CliRunner
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string Executable { get; } = Path.Combine(
        RepositoryRoot, "src", "AutoMode.Cli", "bin",
        typeof(CliRunner).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().First(a => a.Key == "AutoModeCliConfiguration").Value!,
        "net10.0", "automode.dll");

    public static CliResult Run(string workingDirectory, params string[] args) => Run(workingDirectory, withoutFileAccessOverride: false, args);

    /// <param name="environment">Extra environment variables of the process.</param>
    public static CliResult Run(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] args) => Run(workingDirectory, false, environment, args);

    /// <param name="withoutFileAccessOverride">Run without the capability to read files regardless of their permissions (root has it), so that a chmod 000 file is unreadable.</param>
    public static CliResult Run(string workingDirectory, bool withoutFileAccessOverride, params string[] args) => Run(workingDirectory, withoutFileAccessOverride, null, args);

    private static CliResult Run(string workingDirectory, bool withoutFileAccessOverride, IReadOnlyDictionary<string, string>? environment, string[] args)
    {
        Assert.That(File.Exists(Executable), Is.True, $"build AutoMode.Cli first: {Executable} is missing");
        var start = new ProcessStartInfo
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (withoutFileAccessOverride)
        {
            start.FileName = "setpriv";
            start.ArgumentList.Add("--bounding-set=-dac_override,-dac_read_search");
            start.ArgumentList.Add("dotnet");
        }
        else
        {
            start.FileName = "dotnet";
        }

        start.ArgumentList.Add(Executable);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["NO_COLOR"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"automode {string.Join(' ', args)} did not finish in 3 minutes");
        }

        return new CliResult(process.ExitCode, stdout.Result, stderr.Result);
    }

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "AutoMode.Analyzers.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("AutoMode.Analyzers.sln not found above " + AppContext.BaseDirectory);
    }
}

public sealed record CliResult(int ExitCode, string Stdout, string Stderr)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout ---\n{Stdout}\n--- stderr ---\n{Stderr}";
}
