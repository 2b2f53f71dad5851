using System.Diagnostics;

namespace AutoMode.Evaluation.Tests.Evaluation;

/// <summary>Runs a program (git, dotnet) and captures what it prints.</summary>
internal static class Shell
{
    public static (int ExitCode, string Output) Run(string workingDirectory, string file, params string[] arguments)
    {
        var start = new ProcessStartInfo(file)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["GIT_AUTHOR_NAME"] = start.Environment["GIT_COMMITTER_NAME"] = "evaluation";
        start.Environment["GIT_AUTHOR_EMAIL"] = start.Environment["GIT_COMMITTER_EMAIL"] = "evaluation@automode.local";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(10)))
        {
            process.Kill(entireProcessTree: true);
            return (-1, file + " timed out");
        }

        return (process.ExitCode, stdout.Result + stderr.Result);
    }

    public static string Git(string repository, params string[] arguments)
    {
        var (code, output) = Run(repository, "git", arguments);
        if (code != 0)
        {
            throw new InvalidOperationException($"git {string.Join(' ', arguments)} failed in {repository}:\n{output}");
        }

        return output;
    }
}
