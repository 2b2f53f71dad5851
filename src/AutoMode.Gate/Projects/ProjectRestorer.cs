using System.Diagnostics;
using System.Text;

namespace AutoMode.Gate.Projects;

/// <summary>
/// Restores what is not restored, as <c>dotnet build</c> does before it builds: one <c>dotnet restore</c> of a
/// temporary solution that lists the projects without <c>obj/project.assets.json</c> (the repository is not written
/// to, except by the restore itself), bounded by a deadline after which the restore is stopped. What did restore is
/// analyzed with its packages; what did not is noted by the loader (partial restores per project, from the assets file).
/// </summary>
public static class ProjectRestorer
{
    /// <summary>The default deadline of the whole restore (<c>AUTOMODE_RESTORE_TIMEOUT</c>, in seconds, overrides it).</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(300);

    /// <summary>
    /// Whether a project has the assets file of a restore where the SDK puts it: <c>obj/</c> beside it, or
    /// <c>artifacts/obj/&lt;project&gt;/</c> above it (UseArtifactsOutput, as dotnet/eShop uses). Without an evaluation
    /// (which a restore changes) a custom <c>BaseIntermediateOutputPath</c> is not seen: such a project is restored
    /// again, which is a no-op for NuGet.
    /// </summary>
    public static bool IsRestored(string projectPath)
    {
        var directory = Path.GetDirectoryName(projectPath)!;
        if (File.Exists(Path.Combine(directory, "obj", "project.assets.json")))
        {
            return true;
        }

        var name = Path.GetFileNameWithoutExtension(projectPath);
        for (var current = directory; current is not null; current = Path.GetDirectoryName(current))
        {
            if (File.Exists(Path.Combine(current, "artifacts", "obj", name, "project.assets.json")))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Restores the projects that are not restored; returns the notes that tell what happened (none when all were restored).</summary>
    public static IReadOnlyList<string> RestoreMissing(IReadOnlyList<string> projects, string displayRoot, Action<string>? progress = null, TimeSpan? timeout = null)
    {
        var unrestored = projects.Where(p => !IsRestored(p)).ToList();
        if (unrestored.Count == 0)
        {
            return Array.Empty<string>();
        }

        var deadline = timeout ?? TimeoutFromEnvironment();
        var clock = Stopwatch.StartNew();
        var notes = new List<string>();
        var failures = new List<string>();
        var timedOut = false;
        progress?.Invoke($"restoring {unrestored.Count} project{(unrestored.Count == 1 ? string.Empty : "s")} (dotnet restore; --no-restore skips this)");

        // A project whose SDK only a feed can bring fails a restore it shares with others: those go in a batch of their own.
        MsBuildHost.TryRegister(displayRoot, out _);
        var (local, needFeed) = Split(unrestored, p => MsBuildSdks.Missing(p, MsBuildHost.MsBuildPath).Count == 0);
        // A solution cannot hold two projects of the same name (duplicati has two Duplicati.Agent.csproj): such
        // projects go in different batches.
        var pending = new Queue<List<string>>(new[] { local, needFeed }.SelectMany(UniqueNames).Where(b => b.Count > 0));
        while (pending.Count > 0)
        {
            var batch = pending.Dequeue();
            var left = deadline - clock.Elapsed;
            if (left <= TimeSpan.Zero)
            {
                timedOut = true;
                break;
            }

            var (exitCode, output, finished) = Restore(batch, left);
            if (!finished)
            {
                timedOut = true;
                break;
            }

            var failed = batch.Where(p => !IsRestored(p)).ToList();
            if (exitCode != 0)
            {
                failures.AddRange(ErrorLines(output));
            }

            // One project that cannot restore fails its whole batch: halve what is left until each fails alone.
            if (exitCode != 0 && failed.Count > 1)
            {
                var (first, second) = Split(failed, p => failed.IndexOf(p) < failed.Count / 2);
                pending.Enqueue(first);
                pending.Enqueue(second);
            }
        }

        var stillMissing = unrestored.Where(p => !IsRestored(p)).Select(p => Path.GetRelativePath(displayRoot, p).Replace('\\', '/')).ToList();
        var restored = unrestored.Count - stillMissing.Count;
        var summary = $"restore: restored {restored} of the {unrestored.Count} projects that were not restored ({clock.Elapsed.TotalSeconds:0.0} s)";
        if (timedOut)
        {
            summary += $"; `dotnet restore` was stopped at its deadline of {deadline.TotalSeconds:0} s (AUTOMODE_RESTORE_TIMEOUT)";
        }

        var errors = failures.Distinct(StringComparer.Ordinal).Take(3).ToList();
        if (errors.Count > 0)
        {
            summary += "; errors: " + string.Join("; ", errors);
        }

        notes.Add(summary);
        if (stillMissing.Count > 0)
        {
            notes.Add($"restore: still not restored (compiled against the framework only): {string.Join(", ", stillMissing.Take(10))}{(stillMissing.Count > 10 ? $" and {stillMissing.Count - 10} more" : string.Empty)}");
        }

        return notes;
    }

    /// <summary>Splits projects into batches in which no two projects share a file name.</summary>
    private static IEnumerable<List<string>> UniqueNames(List<string> projects)
    {
        var batches = new List<List<string>>();
        foreach (var project in projects)
        {
            var name = Path.GetFileNameWithoutExtension(project);
            var batch = batches.FirstOrDefault(b => !b.Any(p => string.Equals(Path.GetFileNameWithoutExtension(p), name, StringComparison.OrdinalIgnoreCase)));
            if (batch is null)
            {
                batch = new List<string>();
                batches.Add(batch);
            }

            batch.Add(project);
        }

        return batches;
    }

    private static (List<string> Yes, List<string> No) Split(List<string> projects, Func<string, bool> predicate) =>
        (projects.Where(predicate).ToList(), projects.Where(p => !predicate(p)).ToList());

    /// <summary>One <c>dotnet restore</c> of a temporary solution listing <paramref name="projects"/>.</summary>
    private static (int ExitCode, string Output, bool Finished) Restore(IReadOnlyList<string> projects, TimeSpan deadline)
    {
        var folder = Path.Combine(Path.GetTempPath(), "automode-restore-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(folder);
        try
        {
            var solution = Path.Combine(folder, "restore.slnx");
            File.WriteAllText(solution, "<Solution>\n" + string.Concat(projects.Select(p => $"  <Project Path=\"{System.Security.SecurityElement.Escape(p)}\" />\n")) + "</Solution>\n");
            return Run(folder, solution, deadline);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            return (-1, "error " + e.Message, true);
        }
        finally
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
            }
        }
    }

    private static (int ExitCode, string Output, bool Finished) Run(string workingDirectory, string solution, TimeSpan deadline)
    {
        var start = new ProcessStartInfo(DotnetHost())
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { "restore", solution, "--nologo", "--verbosity", "quiet" })
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        // The gate's own process may have turned off MSBuild's NuGet SDK resolver; a restore is allowed to fetch SDKs.
        start.Environment.Remove(MsBuildSdks.DisableNuGetResolverVariable);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet could not be started");
        var output = new StringBuilder();
        var lockObject = new object();
        void Append(string? line)
        {
            if (line is not null)
            {
                lock (lockObject)
                {
                    if (output.Length < 64 * 1024)
                    {
                        output.AppendLine(line);
                    }
                }
            }
        }

        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(deadline))
        {
            try
            {
                process.Kill(entireProcessTree: true);
            }
            catch (InvalidOperationException)
            {
            }

            process.WaitForExit(5000);
            return (-1, output.ToString(), false);
        }

        process.WaitForExit();
        return (process.ExitCode, output.ToString(), true);
    }

    /// <summary>The first distinct error codes and messages of a restore's output (NU1101: Unable to find package …).</summary>
    private static List<string> ErrorLines(string output) =>
        output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(l => l.Contains(" error ", StringComparison.Ordinal) || l.Contains(": error", StringComparison.Ordinal))
            .Where(l => !System.Text.RegularExpressions.Regex.IsMatch(l, @"\bNU1[69]\d\d\b")) // a package resolved anyway (another version, a vulnerable one)
            .Select(l => System.Text.RegularExpressions.Regex.Replace(l, @"^.*?error\s+", string.Empty))
            .Select(l => System.Text.RegularExpressions.Regex.Replace(l, @"\s*\[[^\]]*\]\s*$", string.Empty))
            .Distinct(StringComparer.Ordinal)
            .Take(3)
            .ToList();

    /// <summary>The dotnet host that runs this process, else the one on the PATH.</summary>
    private static string DotnetHost()
    {
        var beside = Path.Combine(TargetingPacks.DotnetRoot, OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet");
        return File.Exists(beside) ? beside : "dotnet";
    }

    private static TimeSpan TimeoutFromEnvironment() => EnvironmentSettings.Seconds("AUTOMODE_RESTORE_TIMEOUT", DefaultTimeout);
}
