using System.Diagnostics;
using AutoMode.Gate.Config;

namespace AutoMode.Gate.Audit;

/// <summary>
/// Where the audit log is: <c>--audit-log PATH</c>, else the <c>automode.audit_log</c> key of the repository root's
/// <c>.editorconfig</c> (relative to the repository root; <c>none</c> turns the log off), else
/// <c>.automode/audit.jsonl</c> in the repository root. Changing the key is policy tampering like any <c>automode.*</c> key.
/// </summary>
public static class AuditLocation
{
    public const string Key = "automode.audit_log";
    public const string DefaultRelativePath = ".automode/audit.jsonl";

    /// <summary>The log's full path, or null when the configuration turns it off.</summary>
    public static string? Resolve(string repositoryRoot, string? explicitPath)
    {
        if (!string.IsNullOrWhiteSpace(explicitPath))
        {
            return Path.GetFullPath(explicitPath);
        }

        var probe = Path.Combine(repositoryRoot, "_");
        var locator = new ConfigFileLocator();
        var config = ConfigSet.Load(locator.EditorConfigsFor(new[] { probe }).Concat(locator.GlobalConfigsFor(repositoryRoot)));
        var configured = config.Get(probe, Key)?.Trim();
        if (string.Equals(configured, "none", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return Path.GetFullPath(Path.Combine(repositoryRoot, (string.IsNullOrEmpty(configured) ? DefaultRelativePath : configured).Replace('/', Path.DirectorySeparatorChar)));
    }

    /// <summary>The actor of a command run by a person or CI: git's <c>user.email</c> in that repository (or the OS user).</summary>
    public static string GitActor(string repositoryRoot)
    {
        try
        {
            var start = new ProcessStartInfo("git")
            {
                WorkingDirectory = repositoryRoot,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var arg in new[] { "config", "--get", "user.email" })
            {
                start.ArgumentList.Add(arg);
            }

            using var process = Process.Start(start);
            if (process is not null)
            {
                var output = process.StandardOutput.ReadToEnd().Trim();
                process.WaitForExit();
                if (process.ExitCode == 0 && output.Length > 0)
                {
                    return output;
                }
            }
        }
        catch (System.ComponentModel.Win32Exception)
        {
        }

        return Environment.UserName;
    }
}
