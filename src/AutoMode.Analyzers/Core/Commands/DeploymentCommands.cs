using System;
using System.Collections.Generic;
using System.Linq;

namespace AutoMode.Analyzers.Commands;

/// <summary>
/// Cluster, cloud and infrastructure tools: a mutating verb deploys or destroys (AM5003 in code); for the gate a
/// destroying verb is Critical, another mutating verb High, reads Low and secret reads Critical.
/// </summary>
internal static class DeploymentCommands
{
    private static readonly HashSet<string> Kubectl = CommandTable.Set("apply", "create", "delete", "replace", "patch", "scale", "rollout", "drain", "cordon", "taint", "edit", "set", "autoscale");
    private static readonly HashSet<string> KubectlReads = CommandTable.Set("get", "describe", "logs", "top", "explain", "version", "api-resources", "api-versions", "cluster-info", "diff", "auth", "wait", "events", "config", "completion", "kustomize");
    private static readonly HashSet<string> Helm = CommandTable.Set("install", "upgrade", "uninstall", "delete", "rollback");
    private static readonly HashSet<string> Terraform = CommandTable.Set("apply", "destroy", "import", "taint");
    private static readonly HashSet<string> TerraformReads = CommandTable.Set("plan", "init", "validate", "fmt", "show", "output", "providers", "version", "graph", "console", "get", "workspace", "login", "test", "-version", "--version");
    private static readonly HashSet<string> Pulumi = CommandTable.Set("up", "update", "destroy", "import");
    private static readonly HashSet<string> Docker = CommandTable.Set("push", "rm", "rmi", "prune", "kill");
    private static readonly HashSet<string> DockerGroups = CommandTable.Set("system", "volume", "image", "container", "network", "builder");

    private static readonly string[] MutatingVerbs =
    {
        "create", "delete", "update", "set", "remove", "add", "deploy", "purge", "start", "stop", "restart", "scale",
        "swap", "upload", "reset", "assign", "import", "restore", "rotate", "regenerate", "put", "terminate", "run",
        "modify", "attach", "detach", "reboot", "revoke", "authorize", "associate", "disassociate", "replace",
        "register", "deregister", "tag", "untag", "enable", "disable", "cancel", "execute", "invoke", "publish",
        "send", "resize", "apply", "destroy", "rollback", "failover", "move", "up",
    };

    private static readonly string[] DestroyingVerbs = { "delete", "destroy", "purge", "terminate", "remove", "deregister", "rb", "rm" };

    /// <summary>Verbs that print credentials: the output reaches the agent.</summary>
    private static readonly string[] SecretReads =
    {
        "get-access-token", "get-secret-value", "print-access-token", "print-identity-token", "get-session-token", "get-login-password",
        "get-authorization-token", "list-keys", "keys list", "secret show", "secret download", "versions access", "credential list",
    };

    private static readonly HashSet<string> AwsS3Mutating = CommandTable.Set("cp", "mv", "rm", "rb", "mb", "sync");
    private static readonly HashSet<string> AzReadOnlyGroups = CommandTable.Set("account", "login", "logout", "config", "extension", "version", "cloud", "upgrade", "find", "feedback");
    private static readonly HashSet<string> AwsReadOnlyServices = CommandTable.Set("configure", "sts", "help");
    private static readonly HashSet<string> GcloudReadOnlyGroups = CommandTable.Set("config", "auth", "components", "info", "help", "init", "version");

    /// <summary>Adds the findings of a deployment tool; false when the program is not one.</summary>
    public static bool Judge(CommandInvocation c, List<CommandFinding> f)
    {
        var p = c.Program;
        var positional = c.Arguments.Where(a => !a.Text.StartsWith("-", StringComparison.Ordinal) && !(a.Text.StartsWith("/", StringComparison.Ordinal) && c.Shell == ShellKind.Cmd)).Select(a => a.Text.ToLowerInvariant()).ToList();
        string? First(int index) => positional.Count > index ? positional[index] : null;

        switch (p)
        {
            case "kubectl" or "oc" when First(0) is { } verb && Kubectl.Contains(verb):
                f.Add(Change($"{p} {verb} (changes a Kubernetes cluster)", verb is "delete" or "drain" ? RiskLevel.Critical : RiskLevel.High));
                return true;
            case "kubectl" or "oc" when First(0) == "get" && First(1) is "secret" or "secrets" && c.Arguments.Any(a => a.Text is "-o" or "-oyaml" or "-ojson" || a.Text.StartsWith("--output", StringComparison.Ordinal) || a.Text.StartsWith("-o=", StringComparison.Ordinal)):
                f.Add(new CommandFinding(CommandEffect.Secrets, RiskLevel.Critical, $"{p} get secret -o (prints a cluster secret's values)"));
                return true;
            case "kubectl" or "oc" when First(0) is { } verb && KubectlReads.Contains(verb):
                f.Add(Read($"{p} {verb} (reads a Kubernetes cluster)"));
                return true;
            case "kubectl" or "oc":
                f.Add(new CommandFinding(CommandEffect.Deployment, RiskLevel.High, $"{p} {First(0)} (acts on a live Kubernetes cluster)"));
                return true;
            case "helm" when First(0) is { } verb && Helm.Contains(verb):
                f.Add(Change($"helm {verb} (changes a Kubernetes cluster)", verb is "uninstall" or "delete" ? RiskLevel.Critical : RiskLevel.High));
                return true;
            case "helm":
                f.Add(Read($"helm {First(0)} (reads charts or releases)"));
                return true;
            case "terraform" or "tofu" or "terragrunt" when First(0) is { } verb && Terraform.Contains(verb):
                f.Add(Change($"{p} {verb} (changes or destroys infrastructure)", verb == "destroy" || c.Has("-destroy") ? RiskLevel.Critical : RiskLevel.High));
                return true;
            case "terraform" or "tofu" or "terragrunt" when First(0) == "state" && First(1) is "rm" or "mv" or "push":
                f.Add(Change($"{p} state {First(1)} (rewrites infrastructure state)", RiskLevel.High));
                return true;
            case "terraform" or "tofu" or "terragrunt" when First(0) is { } verb && (TerraformReads.Contains(verb) || verb == "state"):
                f.Add(Read($"{p} {verb} (plans or reads infrastructure)"));
                return true;
            case "terraform" or "tofu" or "terragrunt" or "pulumi" when First(0) is null:
                f.Add(Read($"{p} (prints help)"));
                return true;
            case "pulumi" when First(0) is { } verb && Pulumi.Contains(verb):
                f.Add(Change($"pulumi {verb} (changes or destroys infrastructure)", verb == "destroy" ? RiskLevel.Critical : RiskLevel.High));
                return true;
            case "pulumi" when First(0) == "stack" && First(1) == "rm":
                f.Add(Change("pulumi stack rm (deletes infrastructure state)", RiskLevel.Critical));
                return true;
            case "pulumi" when First(0) is "preview" or "whoami" or "version" or "about" or "logs" or "stack":
                f.Add(Read($"pulumi {First(0)} (reads infrastructure)"));
                return true;
            case "az" or "aws" or "gcloud":
                Cloud(c, positional, f);
                return true;
            case "docker" or "podman":
                Containers(c, positional, f);
                return true;
        }

        if (p is "terraform" or "tofu" or "terragrunt" or "pulumi")
        {
            f.Add(new CommandFinding(CommandEffect.Deployment, RiskLevel.Medium, $"{p} {First(0)} is not a {p} command the gate knows"));
            return true;
        }

        return false;
    }

    private static void Cloud(CommandInvocation c, List<string> positional, List<CommandFinding> f)
    {
        var p = c.Program;
        string? First(int index) => positional.Count > index ? positional[index] : null;
        var joined = string.Join(" ", positional);
        if (SecretReads.Any(s => joined.Contains(s)) || (p == "aws" && First(0) == "ssm" && c.Has("--with-decryption")) || (p == "aws" && First(0) == "configure" && First(1) == "get"))
        {
            f.Add(new CommandFinding(CommandEffect.Secrets, RiskLevel.Critical, $"{p} {joined} (prints credentials or secret values)"));
            return;
        }

        string? mutation = p switch
        {
            "az" when First(0) is { } group && !AzReadOnlyGroups.Contains(group) && FirstMutating(positional, 1, 4) is { } verb => $"az {group} … {verb} (changes Azure resources)",
            "aws" when First(0) == "s3" && First(1) is { } verb && AwsS3Mutating.Contains(verb) => $"aws s3 {verb} (changes S3 data)",
            "aws" when First(0) is { } service && !AwsReadOnlyServices.Contains(service) && FirstMutating(positional, 1, 2) is { } verb => $"aws {service} {verb} (changes AWS resources)",
            "gcloud" when First(0) is { } group && !GcloudReadOnlyGroups.Contains(group) && FirstMutating(positional, 1, 5) is { } verb => $"gcloud {group} … {verb} (changes Google Cloud resources)",
            _ => null,
        };
        if (mutation is null)
        {
            f.Add(First(0) is "login" or "configure" or "logout" || (p == "gcloud" && First(0) == "auth" && First(1) == "login")
                ? new CommandFinding(CommandEffect.LocalChange, RiskLevel.Medium, $"{p} {First(0)} (changes the machine's cloud credentials)")
                : Read($"{p} {joined} (reads cloud resources)"));
            return;
        }

        var destroys = positional.Any(word => DestroyingVerbs.Any(v => word == v || word.StartsWith(v + "-", StringComparison.Ordinal)));
        f.Add(Change(mutation, destroys ? RiskLevel.Critical : RiskLevel.High));
    }

    private static void Containers(CommandInvocation c, List<string> positional, List<CommandFinding> f)
    {
        var p = c.Program;
        string? First(int index) => positional.Count > index ? positional[index] : null;
        var volumes = c.Has("--volumes", "-v");
        switch (First(0))
        {
            case "push":
                f.Add(Change($"{p} push (publishes an image)", RiskLevel.High));
                return;
            case { } verb when Docker.Contains(verb):
                f.Add(Change($"{p} {verb} (removes images or containers)", RiskLevel.Medium));
                return;
            case { } group when DockerGroups.Contains(group) && First(1) is "prune" or "rm":
                f.Add(Change($"{p} {group} {First(1)} (removes images, containers or volumes)", group == "volume" || (group == "system" && volumes) ? RiskLevel.High : RiskLevel.Medium));
                return;
            case "compose" when First(1) is "down" or "rm":
                f.Add(Change($"{p} compose {First(1)} (removes containers{(volumes ? " and their volumes' data" : string.Empty)})", volumes ? RiskLevel.High : RiskLevel.Medium));
                return;
            case "run" or "exec" or "login" or "cp":
                f.Add(new CommandFinding(CommandEffect.Unknown, RiskLevel.Medium, $"{p} {First(0)} (runs a container or changes credentials)"));
                return;
        }

        f.Add(Read($"{p} {First(0)} (builds, starts or reads local containers)".Replace("  ", " ")));
    }

    private static CommandFinding Change(string what, RiskLevel risk) => new(CommandEffect.Deployment, risk, what, deploys: true);

    private static CommandFinding Read(string what) => new(CommandEffect.ReadOnly, RiskLevel.Low, what);

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
}
