using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using AutoMode.Analyzers.Secrets;
using AutoMode.Analyzers.Values;

namespace AutoMode.Analyzers.Commands;

/// <summary>
/// Paths and variables as a shell writes them, for the destructive-IO path classifier: <c>~</c>, <c>$HOME</c>,
/// <c>$env:USERPROFILE</c>, <c>%USERPROFILE%</c> and <c>C:\Users\name</c> are the home folder; <c>$TMPDIR</c>,
/// <c>$env:TEMP</c>, <c>%TEMP%</c> the temp folder; other variables are unknown. Also which files hold secrets.
/// </summary>
internal static class ShellPaths
{
    private static readonly string[] HomeVariables = { "$HOME", "${HOME}", "$env:HOME", "$env:USERPROFILE", "%USERPROFILE%", "$env:HOMEPATH", "%HOMEPATH%", "~" };
    private static readonly string[] TempVariables = { "$TMPDIR", "${TMPDIR}", "$TMP", "$TEMP", "$env:TEMP", "$env:TMP", "%TEMP%", "%TMP%", "${TMPDIR:-/tmp}", "$RUNNER_TEMP", "$env:RUNNER_TEMP" };
    private static readonly string[] CurrentVariables = { "$PWD", "${PWD}", "$(pwd)", "$pwd", "$PSScriptRoot" };

    /// <summary>Folders a build makes again: deleting them is Low.</summary>
    private static readonly HashSet<string> BuildOutput = new(StringComparer.OrdinalIgnoreCase) { "bin", "obj", "TestResults", "node_modules", "artifacts", ".vs", "dist", "coverage", "__pycache__", ".pytest_cache" };

    private static readonly Glob[] SecretFiles =
    {
        new(".netrc"), new(".pgpass"), new(".git-credentials"), new(".npmrc"), new(".pypirc"), new("secrets.json"), new("*.kdbx"),
        new("id_rsa"), new("id_dsa"), new("id_ecdsa"), new("id_ed25519"), new("*.keystore"), new("*.jks"), new("*.ppk"), new("*.tfvars"),
        new("*.tfstate"),
    };

    private static readonly string[] SecretFolders = { "/.ssh/", "/.aws/", "/.azure/", "/.kube/", "/.docker/", "/.config/gcloud/", "/.gnupg/" };

    private static readonly string[] HarmlessVariants = { ".example", ".sample", ".template", ".dist", ".defaults", ".pub" };

    private static readonly Regex Variable = new(@"\$\{?(?:env:)?(?<name>[A-Za-z_][A-Za-z0-9_]*)|%(?<name>[A-Za-z_][A-Za-z0-9_]*)%", RegexOptions.CultureInvariant);

    /// <summary>The word as the path classifier's symbolic path: known roots as roots, other variables and substitutions unknown.</summary>
    public static SymbolicString ToSymbolic(ShellWord word, ShellKind shell)
    {
        var text = shell == ShellKind.Bash ? word.Text : word.Text.Replace('\\', '/');
        if (text is "*" or "./*" or ".*" or "*.*")
        {
            return SymbolicString.FromText("."); // every file here: the current folder itself
        }

        if (text.EndsWith("/*", StringComparison.Ordinal) && text.Length > 2)
        {
            text = text.Substring(0, text.Length - 2); // everything in a folder is that folder
        }

        foreach (var (variables, root) in new[] { (HomeVariables, WellKnownRoot.Home), (TempVariables, WellKnownRoot.Temp), (CurrentVariables, WellKnownRoot.CurrentDirectory) })
        {
            foreach (var variable in variables)
            {
                if (text.StartsWith(variable, StringComparison.OrdinalIgnoreCase) && (text.Length == variable.Length || text[variable.Length] == '/'))
                {
                    return SymbolicString.Concat(SymbolicString.FromRoot(root), Rest(text.Substring(variable.Length)));
                }
            }
        }

        // C:\Users\name: the home folder of a Windows user.
        var users = Regex.Match(text, @"^[A-Za-z]:/Users/[^/]+(?=/|$)", RegexOptions.IgnoreCase);
        if (users.Success && !text.Substring(users.Length).StartsWith("/AppData/Local/Temp", StringComparison.OrdinalIgnoreCase))
        {
            return SymbolicString.Concat(SymbolicString.FromRoot(WellKnownRoot.Home), Rest(text.Substring(users.Length)));
        }

        if (users.Success)
        {
            return SymbolicString.Concat(SymbolicString.FromRoot(WellKnownRoot.Temp), Rest(text.Substring(users.Length + "/AppData/Local/Temp".Length)));
        }

        return Rest(text);
    }

    private static SymbolicString Rest(string text)
    {
        if (text.IndexOf('$') < 0 && text.IndexOf('%') < 0)
        {
            return SymbolicString.FromText(text);
        }

        var parts = new List<SymbolicString>();
        var last = 0;
        foreach (Match match in Regex.Matches(text, @"\$\((?:…|[^)]*)\)|\$\{[^}]*\}|\$(?:env:)?[A-Za-z_][A-Za-z0-9_]*|%[A-Za-z_][A-Za-z0-9_]*%|\$[?@*#!$]"))
        {
            parts.Add(SymbolicString.FromText(text.Substring(last, match.Index - last)));
            parts.Add(SymbolicString.Unknown);
            last = match.Index + match.Length;
        }

        parts.Add(SymbolicString.FromText(text.Substring(last)));
        return SymbolicString.Concat(parts.ToArray());
    }

    /// <summary>A relative path inside a build output folder (<c>bin/</c>, <c>obj/</c>, <c>src/App/bin/Debug</c>).</summary>
    public static bool IsBuildOutput(ShellWord word, ShellKind shell)
    {
        var text = (shell == ShellKind.Bash ? word.Text : word.Text.Replace('\\', '/')).TrimEnd('/');
        if (text.Length == 0 || text.StartsWith("/", StringComparison.Ordinal) || text.Contains("..") || (text.Length > 1 && text[1] == ':') || text.IndexOf('$') >= 0 || text.StartsWith("~", StringComparison.Ordinal))
        {
            return false;
        }

        return text.Split('/').Any(segment => BuildOutput.Contains(segment));
    }

    /// <summary>Whether a file's contents are a secret: .env files, keys, certificates, credential stores, files under ~/.ssh, ~/.aws…</summary>
    public static bool IsSecretFile(string path)
    {
        var normalized = "/" + path.Replace('\\', '/').TrimEnd('/');
        if (HarmlessVariants.Any(v => normalized.EndsWith(v, StringComparison.OrdinalIgnoreCase)) || normalized.EndsWith("/known_hosts", StringComparison.Ordinal) || normalized.EndsWith("/.ssh/config", StringComparison.Ordinal))
        {
            return false;
        }

        if (SecretFolders.Any(folder => normalized.IndexOf(folder, StringComparison.OrdinalIgnoreCase) >= 0 && !normalized.EndsWith(folder.TrimEnd('/'), StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }

        return ConfigurationFiles.Env.Glob.MatchesLastComponent(normalized) || ConfigurationFiles.EnvVariant.Glob.MatchesLastComponent(normalized) ||
               ConfigurationFiles.Keys.Any(k => k.Glob.MatchesLastComponent(normalized)) || SecretFiles.Any(g => g.MatchesLastComponent(normalized));
    }

    /// <summary>The names of the variables a word expands (<c>$API_KEY</c>, <c>${DB_PASSWORD}</c>, <c>$env:TOKEN</c>, <c>%SECRET%</c>).</summary>
    public static IEnumerable<string> Variables(string text) => Variable.Matches(text).Cast<Match>().Select(m => m.Groups["name"].Value);

    /// <summary>A variable name that says it holds a secret (<c>GITHUB_TOKEN</c>, <c>DB_PASSWORD</c>; not <c>TOKEN_URL</c>).</summary>
    public static bool IsSecretName(string name) => SecretNames.Classify(name, null) != SecretNameClass.None;
}
