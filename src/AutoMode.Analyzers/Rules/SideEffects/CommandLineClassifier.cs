using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using AutoMode.Analyzers.Values;

namespace AutoMode.Analyzers.Rules.SideEffects;

/// <summary>
/// Decides whether a visible command line deploys or destroys: cluster, cloud and infrastructure tools with a
/// mutating verb, <c>git push</c>, <c>docker push/rm</c>, <c>dotnet ef database update/drop</c>, recursive
/// deletes, disk formats, shutdowns and SQL clients given DDL. Looks through shells (<c>bash -c</c>,
/// <c>cmd /c</c>, <c>pwsh -Command</c>), <c>sudo</c> and <c>env</c>, and each command of a <c>&amp;&amp;</c> chain.
/// Returns the command as shown to the user ("kubectl delete") with what it does; never arguments that may hold secrets.
/// </summary>
internal static class CommandLineClassifier
{
    private const int MaxDepth = 4;

    private static readonly HashSet<string> Separators = new(StringComparer.Ordinal) { "&&", "||", ";", "|", "&" };
    private static readonly HashSet<string> Shells = new(StringComparer.Ordinal) { "bash", "sh", "zsh", "dash", "ash", "ksh" };
    private static readonly HashSet<string> Wrappers = new(StringComparer.Ordinal) { "sudo", "env", "nohup", "time", "doas" };

    private static readonly HashSet<string> Kubectl = Set("apply", "create", "delete", "replace", "patch", "scale", "rollout", "drain", "cordon", "taint", "edit", "set", "autoscale");
    private static readonly HashSet<string> Helm = Set("install", "upgrade", "uninstall", "delete", "rollback");
    private static readonly HashSet<string> Terraform = Set("apply", "destroy", "import", "taint");
    private static readonly HashSet<string> Pulumi = Set("up", "update", "destroy", "import");
    private static readonly HashSet<string> Docker = Set("push", "rm", "rmi", "prune", "kill");
    private static readonly HashSet<string> DockerGroups = Set("system", "volume", "image", "container", "network", "builder");
    private static readonly HashSet<string> ShutdownPrograms = Set("shutdown", "reboot", "halt", "poweroff", "format");
    private static readonly HashSet<string> SqlClients = Set("sqlcmd", "psql", "mysql", "osql");

    private static readonly string[] MutatingVerbs =
    {
        "create", "delete", "update", "set", "remove", "add", "deploy", "purge", "start", "stop", "restart", "scale",
        "swap", "upload", "reset", "assign", "import", "restore", "rotate", "regenerate", "put", "terminate", "run",
        "modify", "attach", "detach", "reboot", "revoke", "authorize", "associate", "disassociate", "replace",
        "register", "deregister", "tag", "untag", "enable", "disable", "cancel", "execute", "invoke", "publish",
        "send", "resize", "apply", "destroy", "rollback", "failover", "move",
    };

    private static readonly HashSet<string> AwsS3Mutating = Set("cp", "mv", "rm", "rb", "mb", "sync");
    private static readonly HashSet<string> AzReadOnlyGroups = Set("account", "login", "logout", "config", "extension", "version", "cloud", "upgrade", "find", "feedback");
    private static readonly HashSet<string> AwsReadOnlyServices = Set("configure", "sts", "help");
    private static readonly HashSet<string> GcloudReadOnlyGroups = Set("config", "auth", "components", "info", "help", "init", "version");

    private static readonly Regex Ddl = new(
        @"\b(DROP|ALTER|CREATE)\s+(TABLE|DATABASE|SCHEMA|INDEX|VIEW|USER|LOGIN|ROLE|PROCEDURE|FUNCTION|TRIGGER)\b|\bTRUNCATE\b|\bDELETE\s+FROM\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static readonly Regex SqlStringLiteral = new("'[^']*'", RegexOptions.CultureInvariant);

    /// <summary>"kubectl delete (changes a Kubernetes cluster)", or null when nothing visible deploys or destroys.</summary>
    public static string? Classify(CommandLine commandLine) => Classify(commandLine.Tokens.ToList(), 0);

    private static string? Classify(IReadOnlyList<string> tokens, int depth)
    {
        if (depth > MaxDepth)
        {
            return null;
        }

        var command = new List<string>();
        foreach (var token in tokens.Concat(new[] { ";" }))
        {
            if (Separators.Contains(token))
            {
                if (command.Count > 0 && ClassifyCommand(command, depth) is { } found)
                {
                    return found;
                }

                command.Clear();
            }
            else
            {
                command.Add(token);
            }
        }

        return null;
    }

    private static string? ClassifyCommand(List<string> tokens, int depth)
    {
        var program = CommandLine.ProgramName(tokens[0]);
        if (program is null)
        {
            return null;
        }

        var args = tokens.Skip(1).ToList();
        var positional = args.Where(a => !a.StartsWith("-", StringComparison.Ordinal) && !a.StartsWith("/", StringComparison.Ordinal)).Select(a => a.ToLowerInvariant()).ToList();
        string? First(int index) => positional.Count > index ? positional[index] : null;

        if (Wrappers.Contains(program))
        {
            var rest = args.SkipWhile(a => a.StartsWith("-", StringComparison.Ordinal) || a.Contains("=")).ToList();
            return rest.Count > 0 ? Classify(rest, depth + 1) : null;
        }

        if (Shells.Contains(program))
        {
            var flag = args.FindIndex(a => a.Length > 1 && a[0] == '-' && a[1] != '-' && a.IndexOf('c') > 0);
            return flag >= 0 && flag + 1 < args.Count ? Classify(CommandLine.Tokenize(args[flag + 1]).ToList(), depth + 1) : null;
        }

        if (program == "cmd" || program == "pwsh" || program == "powershell")
        {
            var flag = args.FindIndex(a => Is(a, "/c") || Is(a, "/k") || Is(a, "-c") || Is(a, "-command"));
            if (flag < 0 || flag + 1 >= args.Count)
            {
                return null;
            }

            var rest = args.Skip(flag + 1).ToList();
            return Classify(rest.Count == 1 ? CommandLine.Tokenize(rest[0]).ToList() : rest, depth + 1);
        }

        switch (program)
        {
            case "kubectl" or "oc" when First(0) is { } verb && Kubectl.Contains(verb):
                return $"{program} {verb} (changes a Kubernetes cluster)";
            case "helm" when First(0) is { } verb && Helm.Contains(verb):
                return $"helm {verb} (changes a Kubernetes cluster)";
            case "terraform" or "tofu" or "terragrunt" when First(0) is { } verb && Terraform.Contains(verb):
                return $"{program} {verb} (changes or destroys infrastructure)";
            case "terraform" or "tofu" or "terragrunt" when First(0) == "state" && First(1) is "rm" or "mv" or "push":
                return $"{program} state {First(1)} (rewrites infrastructure state)";
            case "pulumi" when First(0) is { } verb && Pulumi.Contains(verb):
                return $"pulumi {verb} (changes or destroys infrastructure)";
            case "pulumi" when First(0) == "stack" && First(1) == "rm":
                return "pulumi stack rm (deletes infrastructure state)";
            case "az" when First(0) is { } group && !AzReadOnlyGroups.Contains(group) && FirstMutating(positional, 1, 4) is { } verb:
                return $"az {group} … {verb} (changes Azure resources)";
            case "aws" when First(0) == "s3" && First(1) is { } verb && AwsS3Mutating.Contains(verb):
                return $"aws s3 {verb} (changes S3 data)";
            case "aws" when First(0) is { } service && !AwsReadOnlyServices.Contains(service) && FirstMutating(positional, 1, 2) is { } verb:
                return $"aws {service} {verb} (changes AWS resources)";
            case "gcloud" when First(0) is { } group && !GcloudReadOnlyGroups.Contains(group) && FirstMutating(positional, 1, 5) is { } verb:
                return $"gcloud {group} … {verb} (changes Google Cloud resources)";
            case "docker" or "podman" when First(0) is { } verb && Docker.Contains(verb):
                return $"{program} {verb} (publishes or removes images or containers)";
            case "docker" or "podman" when First(0) is { } group && DockerGroups.Contains(group) && First(1) is "prune" or "rm":
                return $"{program} {group} {First(1)} (removes images, containers or volumes)";
            case "docker" or "podman" when First(0) == "compose" && First(1) is "down" or "rm":
                return $"{program} compose {First(1)} (removes containers)";
            case "git" when First(0) == "push" || First(1) == "push":
                return args.Any(a => a == "--force" || a == "-f" || a.StartsWith("--force-", StringComparison.Ordinal) || (a.StartsWith("+", StringComparison.Ordinal) && a.Length > 1))
                    ? "git push --force (rewrites a shared branch)"
                    : "git push (publishes commits)";
            case "git" when First(0) == "reset" && args.Contains("--hard"):
                return "git reset --hard (discards uncommitted work)";
            case "git" when First(0) == "clean" && args.Any(a => a == "--force" || (a.Length > 1 && a[0] == '-' && a[1] != '-' && a.IndexOf('f') > 0)):
                return "git clean -f (deletes untracked files)";
            case "dotnet" when First(0) == "ef" && First(1) == "database" && First(2) is "update" or "drop":
                return $"dotnet ef database {First(2)} (changes a database schema)";
            case "rm" when args.Any(IsRecursiveFlag):
                return "rm -r (deletes a tree of files)";
            case "del" or "erase" or "rmdir" or "rd" when args.Any(a => a.StartsWith("/s", StringComparison.OrdinalIgnoreCase)):
                return $"{program} /s (deletes a tree of files)";
            case "remove-item" when args.Any(a => Is(a, "-recurse")):
                return "Remove-Item -Recurse (deletes a tree of files)";
            case var p when ShutdownPrograms.Contains(p) || p.StartsWith("mkfs", StringComparison.Ordinal):
                return $"{p} (takes a machine or a disk down)";
            case var p when SqlClients.Contains(p) && args.Any(IsDdl):
                return $"{p} with DDL (changes or drops database objects)";
        }

        return null;
    }

    private static string? FirstMutating(List<string> positional, int start, int count)
    {
        for (var i = start; i < positional.Count && i < start + count; i++)
        {
            var token = positional[i];
            foreach (var verb in MutatingVerbs)
            {
                if (token == verb || token.StartsWith(verb + "-", StringComparison.Ordinal))
                {
                    return token;
                }
            }
        }

        return null;
    }

    /// <summary>DDL in an SQL argument, outside SQL string literals.</summary>
    private static bool IsDdl(string argument)
        => Ddl.IsMatch(SqlStringLiteral.Replace(argument.Replace(SymbolicString.UnknownMarker, ' '), "''"));

    private static bool IsRecursiveFlag(string argument)
        => argument == "--recursive" ||
           (argument.Length > 1 && argument[0] == '-' && argument[1] != '-' && (argument.IndexOf('r') > 0 || argument.IndexOf('R') > 0));

    private static bool Is(string text, string expected) => string.Equals(text, expected, StringComparison.OrdinalIgnoreCase);

    private static HashSet<string> Set(params string[] items) => new(items, StringComparer.Ordinal);
}
