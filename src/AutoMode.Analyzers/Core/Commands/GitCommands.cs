using System;
using System.Collections.Generic;
using System.Linq;

namespace AutoMode.Analyzers.Commands;

/// <summary>git: what reads, what changes local history, what discards work, and what publishes or rewrites shared branches.</summary>
internal static class GitCommands
{
    private static readonly HashSet<string> ReadCommands = CommandTable.Set(
        "status", "diff", "log", "show", "blame", "shortlog", "describe", "rev-parse", "rev-list", "ls-files", "ls-tree", "ls-remote", "cat-file",
        "grep", "help", "version", "whatchanged", "name-rev", "merge-base", "for-each-ref", "show-ref", "count-objects", "fsck", "check-ignore",
        "var", "fetch", "show-branch", "range-diff", "difftool", "--version", "--help");

    private static readonly HashSet<string> LocalCommands = CommandTable.Set(
        "add", "commit", "init", "clone", "switch", "merge", "rebase", "cherry-pick", "revert", "pull", "mv", "submodule", "notes", "bisect",
        "gc", "sparse-checkout", "lfs", "maintenance", "worktree", "archive", "bundle", "format-patch", "request-pull", "prune", "restore", "checkout",
        "stash", "tag", "branch", "reset", "rm", "clean", "remote", "apply", "am", "config", "reflog", "filter-branch", "filter-repo", "update-ref", "replace");

    private static readonly string[] SharedBranches = { "main", "master", "develop", "dev", "trunk", "production", "prod", "staging", "release", "HEAD" };

    /// <summary>Options of git itself, before the subcommand; those that take a value.</summary>
    private static readonly string[] GlobalOptionsWithValue = { "-C", "-c", "--git-dir", "--work-tree", "--namespace", "--exec-path" };

    public static void Judge(CommandInvocation c, List<CommandFinding> f)
    {
        var args = c.Arguments.Select(a => a.Text).ToList();
        var start = 0;
        var configured = false;
        while (start < args.Count && args[start].StartsWith("-", StringComparison.Ordinal) && !ReadCommands.Contains(args[start]))
        {
            configured |= args[start] == "-c";
            start += GlobalOptionsWithValue.Contains(args[start]) ? 2 : 1;
        }

        if (start >= args.Count)
        {
            f.Add(new CommandFinding(CommandEffect.ReadOnly, RiskLevel.Low, "git (prints help)"));
            return;
        }

        var sub = args[start];
        var rest = args.Skip(start + 1).ToList();
        var positional = rest.Where(a => !a.StartsWith("-", StringComparison.Ordinal)).ToList();
        bool Has(params string[] flags) => rest.Any(a => flags.Any(flag => a == flag || a.StartsWith(flag + "=", StringComparison.Ordinal)));
        bool Short(char flag) => rest.Any(a => a.Length > 1 && a[0] == '-' && a[1] != '-' && a.IndexOf(flag) > 0);

        if (configured)
        {
            f.Add(new CommandFinding(CommandEffect.Unknown, RiskLevel.Medium, "git -c (runs git with changed configuration, which can run other programs)"));
            return;
        }

        switch (sub)
        {
            case "push":
                Push(rest, positional, f);
                return;
            case "reset" when Has("--hard"):
                f.Add(new CommandFinding(CommandEffect.VersionControl, RiskLevel.High, "git reset --hard (discards uncommitted work)", deploys: true));
                return;
            case "clean" when !Has("--dry-run", "-n") && !Short('n'):
                f.Add(Has("--force") || Short('f')
                    ? new CommandFinding(CommandEffect.Delete, RiskLevel.High, "git clean -f (deletes untracked files" + (Short('x') || Short('X') ? ", ignored ones too: .env, local databases" : string.Empty) + ")", deploys: true)
                    : new CommandFinding(CommandEffect.ReadOnly, RiskLevel.Low, "git clean (without -f it does nothing)"));
                return;
            case "checkout" when rest.Contains("--") || positional.Contains(".") || Has("-f", "--force"):
            case "restore" when !Has("--staged", "-S") || Has("--worktree", "-W"):
                f.Add(new CommandFinding(CommandEffect.VersionControl, RiskLevel.High, $"git {sub} of files (discards their uncommitted changes)"));
                return;
            case "stash" when positional.FirstOrDefault() is "drop" or "clear":
                f.Add(new CommandFinding(CommandEffect.VersionControl, RiskLevel.High, $"git stash {positional[0]} (deletes stashed work)"));
                return;
            case "branch" when Has("-D") || (Has("--delete") && Has("--force")):
                f.Add(new CommandFinding(CommandEffect.VersionControl, RiskLevel.Medium, "git branch -D (deletes a local branch, merged or not)"));
                return;
            case "filter-branch":
            case "filter-repo":
            case "replace":
            case "update-ref" when Has("-d"):
            case "reflog" when positional.FirstOrDefault() is "expire" or "delete":
            case "gc" when rest.Any(a => a.StartsWith("--prune", StringComparison.Ordinal)):
                f.Add(new CommandFinding(CommandEffect.VersionControl, RiskLevel.High, $"git {sub} (rewrites history or drops unreachable commits for good)"));
                return;
            case "config":
                Config(rest, positional, f);
                return;
            case "remote" when positional.FirstOrDefault() is "add" or "set-url" or "remove" or "rm" or "rename":
                f.Add(new CommandFinding(CommandEffect.VersionControl, RiskLevel.Medium, $"git remote {positional[0]} (changes where pushes and pulls go)"));
                return;
            case "apply":
            case "am":
                f.Add(new CommandFinding(CommandEffect.LocalChange, Has("--check", "--stat") ? RiskLevel.Low : RiskLevel.Medium, $"git {sub} (applies a patch the gate does not see)"));
                return;
            case "rm":
                f.Add(new CommandFinding(CommandEffect.LocalChange, RiskLevel.Medium, "git rm (deletes tracked files; they stay in history)"));
                return;
            case "diff" or "log" or "show" when Has("--output", "--ext-diff"):
                f.Add(new CommandFinding(CommandEffect.Write, RiskLevel.Medium, $"git {sub} --output (writes a file)"));
                return;
            case "branch" when positional.Count == 0 || Has("--list", "-l", "-a", "-r", "--show-current", "--contains", "--merged", "--no-merged", "-v", "-vv"):
            case "tag" when positional.Count == 0 || Has("--list", "-l"):
            case "stash" when positional.FirstOrDefault() is "list" or "show":
            case "worktree" when positional.FirstOrDefault() is "list":
            case "remote" when positional.Count == 0 || positional[0] is "show" or "get-url":
            case "reflog":
            case "submodule" when positional.FirstOrDefault() is null or "status" or "summary":
                f.Add(new CommandFinding(CommandEffect.ReadOnly, RiskLevel.Low, $"git {sub} (reads the repository)"));
                return;
        }

        if (ReadCommands.Contains(sub))
        {
            f.Add(new CommandFinding(CommandEffect.ReadOnly, RiskLevel.Low, $"git {sub} (reads the repository)"));
            return;
        }

        f.Add(LocalCommands.Contains(sub)
            ? new CommandFinding(CommandEffect.LocalChange, RiskLevel.Low, $"git {sub} (changes the local repository)")
            : new CommandFinding(CommandEffect.Unknown, RiskLevel.Medium, $"git {sub} is not a git command the gate knows"));
    }

    private static void Push(List<string> rest, List<string> positional, List<CommandFinding> f)
    {
        var refs = positional.Skip(1).ToList();
        var force = rest.Any(a => a is "--force" or "-f" || a.StartsWith("--force-", StringComparison.Ordinal) || (a.Length > 1 && a[0] == '-' && a[1] != '-' && a.IndexOf('f') > 0)) || refs.Any(r => r.StartsWith("+", StringComparison.Ordinal));
        var delete = rest.Any(a => a is "--delete" or "-d" or "--prune") || refs.Any(r => r.StartsWith(":", StringComparison.Ordinal));
        var mirror = rest.Contains("--mirror");
        var branches = refs.Select(r => r.TrimStart('+', ':')).Select(r => r.Substring(r.IndexOf(':') + 1)).ToList();
        var shared = branches.Count == 0 || branches.Any(b => SharedBranches.Any(s => b == s || b.StartsWith(s + "/", StringComparison.Ordinal) || b.StartsWith("refs/heads/" + s, StringComparison.Ordinal)));
        var where = branches.Count == 0 ? "the current branch's upstream" : string.Join(", ", branches);
        if (mirror || ((force || delete) && shared))
        {
            var what = mirror ? "git push --mirror (overwrites every branch of the remote)"
                : delete ? $"git push --delete {where} (deletes a shared branch on the remote)"
                : $"git push --force {where} (rewrites a shared branch)";
            f.Add(new CommandFinding(CommandEffect.VersionControl, RiskLevel.Critical, what, deploys: true));
        }
        else if (force || delete)
        {
            f.Add(new CommandFinding(CommandEffect.VersionControl, RiskLevel.High, $"git push {(force ? "--force" : "--delete")} {where} (rewrites or deletes a branch on the remote)", deploys: true));
        }
        else
        {
            f.Add(new CommandFinding(CommandEffect.VersionControl, RiskLevel.High, $"git push {where} (publishes commits)".Replace("  ", " "), deploys: true));
        }
    }

    private static void Config(List<string> rest, List<string> positional, List<CommandFinding> f)
    {
        var reads = rest.Any(a => a is "--get" or "--get-all" or "--get-regexp" or "--list" or "-l" or "--show-origin" or "--show-scope") || positional.Count < 2 || positional[0] is "get" or "list";
        if (reads && !rest.Any(a => a is "--unset" or "--unset-all" or "--add" or "--replace-all" or "--remove-section" or "--rename-section") && positional.FirstOrDefault() is not ("set" or "unset"))
        {
            f.Add(new CommandFinding(CommandEffect.ReadOnly, RiskLevel.Low, "git config (reads the configuration)"));
            return;
        }

        var file = rest.Contains("--global") ? "~/.gitconfig" : rest.Contains("--system") ? "/etc/gitconfig" : ".git/config";
        f.Add(new CommandFinding(CommandEffect.Write, RiskLevel.Low, $"git config (writes {file})", new ShellWord(file, false, false)));
    }
}
