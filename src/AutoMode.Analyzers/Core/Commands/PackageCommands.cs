using System;
using System.Collections.Generic;
using System.Linq;

namespace AutoMode.Analyzers.Commands;

/// <summary>Package managers: installing what the lock file says and running tests is Low, adding or removing packages Medium, publishing Critical.</summary>
internal static class PackageCommands
{
    private static readonly HashSet<string> Managers = CommandTable.Set("npm", "yarn", "pnpm", "pip", "pip3", "pipx", "uv", "poetry", "apt", "apt-get", "yum", "dnf", "brew", "choco", "winget", "scoop", "snap", "pacman", "gem", "cargo", "go", "nuget", "composer", "conda", "install-package", "install-module", "npx", "bundle");
    private static readonly HashSet<string> Changes = CommandTable.Set("install", "i", "add", "remove", "uninstall", "rm", "un", "update", "upgrade", "up", "purge", "get", "autoremove", "audit-fix", "link", "unlink", "dist-upgrade");
    private static readonly HashSet<string> Publishes = CommandTable.Set("publish", "push", "upload", "release", "deploy", "unpublish", "yank", "owner", "dist-tag");
    private static readonly string[] RiskyScripts = { "deploy", "publish", "release", "migrate", "seed", "drop", "reset", "prod", "destroy" };

    public static bool Judge(CommandInvocation c, List<CommandFinding> f)
    {
        var p = c.Program;
        if (!Managers.Contains(p))
        {
            return false;
        }

        var positional = c.Positional("-r", "--requirement", "-C", "--prefix", "-w", "--workspace", "--filter", "-p", "--registry").Select(w => w.Text.ToLowerInvariant()).ToList();
        var sub = positional.FirstOrDefault();
        if (p is "install-package" or "install-module")
        {
            f.Add(new CommandFinding(CommandEffect.Packages, RiskLevel.Medium, $"{p} (installs a package)"));
            return true;
        }

        if (p == "npx")
        {
            f.Add(new CommandFinding(CommandEffect.Unknown, RiskLevel.Medium, $"npx {sub} (downloads and runs a package's code)"));
            return true;
        }

        if (sub is null)
        {
            f.Add(new CommandFinding(CommandEffect.ReadOnly, RiskLevel.Low, $"{p} (installs what the lock file lists, or prints help)"));
            return true;
        }

        if (Publishes.Contains(sub) && !(p == "go"))
        {
            f.Add(new CommandFinding(CommandEffect.Deployment, RiskLevel.Critical, $"{p} {sub} (publishes a package; it cannot be taken back)"));
            return true;
        }

        if (p is "npm" or "yarn" or "pnpm" or "bundle" or "poetry" or "uv" && sub is "run" or "run-script" or "exec" or "x" or "dlx" || (p is "yarn" or "pnpm" && !Changes.Contains(sub) && sub is not ("test" or "build" or "lint" or "list" or "ls" or "why" or "info" or "outdated" or "audit" or "ci" or "start" or "dev" or "format" or "typecheck" or "check")))
        {
            var script = sub is "run" or "run-script" or "exec" or "x" or "dlx" ? positional.Skip(1).FirstOrDefault() ?? string.Empty : sub;
            f.Add(RiskyScripts.Any(script.Contains)
                ? new CommandFinding(CommandEffect.Unknown, RiskLevel.High, $"{p} {sub} {script} (a script named like a deployment or data change)".Replace($"{script} {script}", script))
                : new CommandFinding(CommandEffect.ReadOnly, RiskLevel.Low, $"{p} run {script} (runs a project script)"));
            return true;
        }

        var names = positional.Skip(1).ToList();
        var installsLocked = sub is "install" or "i" && names.Count == 0 && p is "npm" or "yarn" or "pnpm" or "bundle" or "poetry" or "composer" or "uv";
        if (sub is "ci" or "sync" or "restore" || installsLocked || (p == "go" && sub is "build" or "test" or "vet" or "fmt" or "mod" or "list" or "version" or "env" or "doc") ||
            (p == "cargo" && sub is "build" or "test" or "check" or "clippy" or "fmt" or "doc" or "tree" or "bench" or "metadata"))
        {
            f.Add(new CommandFinding(CommandEffect.ReadOnly, RiskLevel.Low, $"{p} {sub} (builds, tests or installs what the lock file lists)"));
            return true;
        }

        if (Changes.Contains(sub) || (sub == "audit" && positional.Skip(1).FirstOrDefault() == "fix"))
        {
            f.Add(new CommandFinding(CommandEffect.Packages, RiskLevel.Medium, $"{p} {sub} {string.Join(" ", names.Take(3))} (changes installed packages or dependencies)".Replace("  ", " ")));
            return true;
        }

        if (sub is "test" or "t" or "list" or "ls" or "show" or "freeze" or "search" or "info" or "view" or "outdated" or "audit" or "why" or "help" or "config" or "version" or "doctor" or "check" or "start" or "build" or "lint" or "env" or "cache" or "home")
        {
            f.Add(new CommandFinding(CommandEffect.ReadOnly, RiskLevel.Low, $"{p} {sub} (reads, builds or tests)"));
            return true;
        }

        if (p is "go" or "cargo" && sub is "run")
        {
            f.Add(new CommandFinding(CommandEffect.Unknown, RiskLevel.Medium, $"{p} run (runs the project's program)"));
            return true;
        }

        f.Add(new CommandFinding(CommandEffect.Unknown, RiskLevel.Medium, $"{p} {sub} is not a {p} command the gate knows"));
        return true;
    }
}
