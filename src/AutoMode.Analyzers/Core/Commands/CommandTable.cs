using System;
using System.Collections.Generic;
using System.Linq;

namespace AutoMode.Analyzers.Commands;

/// <summary>
/// The one table of command risks, used by AM5003 (a process started from code) and by the gate (a command an agent
/// runs): what each known program does with its arguments. Paths and SQL are returned as targets and text for
/// <see cref="CommandClassifier"/> to classify; programs of cloud and cluster tools are in <see cref="DeploymentCommands"/>.
/// </summary>
internal static class CommandTable
{
    private static readonly HashSet<string> ReadOnlyPrograms = Set(
        "ls", "ll", "dir", "pwd", "cd", "pushd", "popd", "wc", "sort", "uniq", "cut", "tr", "jq", "diff", "cmp", "comm", "file", "stat", "du", "df",
        "tree", "which", "whereis", "where", "whoami", "hostname", "uname", "date", "id", "true", "false", "test", "[", "[[", "sleep", "basename",
        "dirname", "realpath", "readlink", "md5sum", "sha1sum", "sha256sum", "shasum", "column", "seq", "yes", "clear", "history",
        "ps", "top", "htop", "free", "uptime", "lsof", "netstat", "ss", "ping", "dig", "nslookup", "host", "traceroute", "man", "help", "info", "tldr",
        "exit", "return", "alias", "unalias", "read", "wait", "jobs", "fg", "bg", "trap", "shift", "local", "unset", "tput", "stty", "locale",
        "nproc", "lscpu", "lsblk", "cls", "ver", "get-location", "set-location", "get-childitem", "get-process", "get-command", "get-help",
        "get-item", "get-itemproperty", "test-path", "resolve-path", "split-path", "join-path", "measure-object", "sort-object", "select-object",
        "where-object", "foreach-object", "format-table", "format-list", "out-string", "out-host", "out-null", "convertto-json", "convertfrom-json",
        "get-date", "get-history", "clear-host", "get-service", "get-module", "import-module", "get-filehash", "compare-object", "get-member",
        "start-sleep", "get-psdrive", "get-acl", "group-object", "select-xml", "get-culture", "get-host", "get-uptime", "get-computerinfo",
        "mkdir", "touch", "rmdir", "ln", "cmake", "tsc", "eslint", "prettier", "black", "ruff", "flake8", "mypy", "pylint", "rubocop", "pytest",
        "jest", "vitest", "mocha", "shellcheck", "hadolint", "actionlint", "markdownlint", "ssh-keygen", "ssh-add", "nvidia-smi", "new-item", "tar",
        "zip", "unzip", "gzip", "gunzip", "7z", "sha512sum", "xmllint");

    /// <summary>Programs that print the files they are given: a secret file among them leaves the machine through the agent.</summary>
    private static readonly HashSet<string> Readers = Set(
        "cat", "head", "tail", "less", "more", "bat", "strings", "xxd", "od", "hexdump", "base64", "nl", "get-content", "type", "awk", "sed", "yq",
        "grep", "egrep", "fgrep", "rg", "ag", "findstr", "select-string", "gpg", "openssl", "sort", "jq", "diff", "tac", "source", ".");

    /// <summary>Printing programs whose arguments are data, not commands.</summary>
    private static readonly HashSet<string> Printers = Set("echo", "printf", "write-output", "write-host", "print", "say", "write-verbose", "write-information");

    private static readonly HashSet<string> SqlClients = Set("psql", "sqlcmd", "sqlite3", "mysql", "mariadb", "osql", "invoke-sqlcmd", "sqlplus", "clickhouse-client", "mongosh", "redis-cli");

    private static readonly HashSet<string> MachinePrograms = Set(
        "shutdown", "reboot", "halt", "poweroff", "format", "stop-computer", "restart-computer", "format-volume", "clear-disk", "diskpart", "fdisk",
        "parted", "wipefs", "initialize-disk", "remove-partition");

    private static readonly HashSet<string> SystemPrograms = Set(
        "systemctl", "service", "launchctl", "useradd", "userdel", "usermod", "passwd", "chpasswd", "groupadd", "iptables", "ufw", "reg", "setx",
        "set-executionpolicy", "stop-service", "new-service", "set-service", "remove-service", "restart-service", "start-service", "netsh",
        "crontab", "mount", "umount", "sysctl", "modprobe", "visudo", "new-localuser", "remove-localuser", "set-itemproperty", "new-itemproperty",
        "remove-itemproperty");

    private static readonly HashSet<string> Interpreters = Set("python", "python3", "node", "ruby", "perl", "php", "deno", "bun", "java", "lua", "rscript", "dotnet-script", "tsx", "ts-node");

    private static readonly HashSet<string> BuildTools = Set("make", "ninja", "msbuild", "gradle", "gradlew", "mvn", "mvnw", "ant", "bazel", "just", "task", "rake");

    private static readonly HashSet<string> PackageManagers = Set("npm", "yarn", "pnpm", "pip", "pip3", "pipx", "uv", "poetry", "apt", "apt-get", "yum", "dnf", "brew", "choco", "winget", "scoop", "snap", "pacman", "gem", "cargo", "go", "nuget", "composer", "conda", "install-package", "install-module");

    private static readonly string[] RiskyScriptWords = { "deploy", "publish", "release", "migrate", "drop", "destroy", "prod", "seed", "reset", "purge", "wipe" };

    /// <summary>What one program does. Never throws; an unknown program is Medium with its name.</summary>
    public static IEnumerable<CommandFinding> Judge(CommandInvocation c)
    {
        var findings = new List<CommandFinding>();
        try
        {
            Judge(c, findings);
        }
        catch (Exception)
        {
            findings.Add(new CommandFinding(CommandEffect.Unknown, RiskLevel.Medium, $"'{c.Program}' with arguments the gate could not read"));
        }

        foreach (var redirection in c.Command.Redirections)
        {
            if (!IsDevice(redirection.Target.Text))
            {
                var effect = redirection.Writes ? CommandEffect.Write : CommandEffect.Read;
                findings.Add(new CommandFinding(effect, RiskLevel.Low, (redirection.Appends ? "appends to " : redirection.Writes ? "writes " : "reads ") + redirection.Target.Text, redirection.Target, recursive: redirection.Appends));
            }
        }

        if (c.Elevated)
        {
            findings.Add(new CommandFinding(CommandEffect.Machine, RiskLevel.Medium, $"sudo {c.Program} (runs as the administrator)"));
        }

        return findings;
    }

    private static void Judge(CommandInvocation c, List<CommandFinding> f)
    {
        var p = c.Program;
        switch (p)
        {
            case "rm":
            case "unlink":
            case "shred":
            case "del":
            case "remove-item":
                Delete(c, f);
                return;
            case "clear-content":
            case "set-content":
            case "out-file":
            case "add-content":
            case "tee":
            case "tee-object":
            case "truncate":
                foreach (var target in PathArguments(c, "-Path", "-LiteralPath", "-FilePath"))
                {
                    f.Add(new CommandFinding(CommandEffect.Write, RiskLevel.Low, $"{p} {target.Text}", target, recursive: p is "add-content" || (p == "tee" && c.HasShortFlag('a', "--append"))));
                }

                return;
            case "cp":
            case "copy":
            case "copy-item":
            case "install":
            case "mv":
            case "move":
            case "move-item":
            case "rename-item":
                CopyOrMove(c, f);
                return;
            case "chmod":
            case "chown":
            case "chgrp":
            case "icacls":
            case "takeown":
                f.Add(new CommandFinding(CommandEffect.LocalChange, c.HasShortFlag('R', "--recursive") ? RiskLevel.High : RiskLevel.Medium, $"{p} (changes who may read or run files)"));
                return;
            case "find":
                Find(c, f);
                return;
            case "git":
                GitCommands.Judge(c, f);
                return;
            case "dotnet":
                DotNetCommands.Judge(c, f);
                return;
            case "env":
            case "printenv":
                Environment(c, f);
                return;
            case "set" when c.Arguments.Count == 0:
            case "export" when c.Arguments.Count == 0 || c.Has("-p"):
            case "declare" when c.Has("-p", "-x") && c.Arguments.Count == 1:
                f.Add(new CommandFinding(CommandEffect.Secrets, RiskLevel.Critical, $"{p} (prints every environment variable, secrets included)"));
                return;
            case "set":
            case "export":
            case "declare":
            case "get-variable":
                f.Add(new CommandFinding(CommandEffect.ReadOnly, RiskLevel.Low, $"{p} (sets shell options or variables)"));
                return;
            case "dd":
                var output = c.Arguments.Select(a => a.Text).FirstOrDefault(a => a.StartsWith("of=", StringComparison.Ordinal));
                if (output is not null && output.StartsWith("of=/dev/", StringComparison.Ordinal) && output != "of=/dev/null")
                {
                    f.Add(new CommandFinding(CommandEffect.Machine, RiskLevel.Critical, "dd onto a device (overwrites a disk)", deploys: true));
                }
                else if (output is not null)
                {
                    f.Add(new CommandFinding(CommandEffect.Write, RiskLevel.Low, "dd " + output, new ShellWord(output.Substring(3), false, false)));
                }
                else
                {
                    f.Add(new CommandFinding(CommandEffect.ReadOnly, RiskLevel.Low, "dd (copies to its output)"));
                }

                return;
            case "kill":
            case "pkill":
            case "killall":
            case "stop-process":
            case "taskkill":
                f.Add(new CommandFinding(CommandEffect.Machine, RiskLevel.Medium, $"{p} (stops running processes)"));
                return;
        }

        if (p.StartsWith("mkfs", StringComparison.Ordinal) || MachinePrograms.Contains(p))
        {
            f.Add(new CommandFinding(CommandEffect.Machine, RiskLevel.Critical, $"{p} (takes a machine or a disk down)", deploys: true));
            return;
        }

        if (SystemPrograms.Contains(p))
        {
            var reads = c.Arguments.Count == 0 || c.Has("status", "list", "-l", "show", "query", "--list", "is-active", "list-units", "cat");
            f.Add(reads && p is "systemctl" or "service" or "launchctl" or "crontab" or "mount" or "reg" or "netsh"
                ? new CommandFinding(CommandEffect.ReadOnly, RiskLevel.Low, $"{p} (shows system state)")
                : new CommandFinding(CommandEffect.Machine, RiskLevel.High, $"{p} (changes services, users or system settings)"));
            return;
        }

        if (DeploymentCommands.Judge(c, f) || NetworkCommands.Judge(c, f) || PackageCommands.Judge(c, f))
        {
            return;
        }

        if (SqlClients.Contains(p))
        {
            DatabaseCommands.Judge(c, f);
            return;
        }

        if (Printers.Contains(p))
        {
            Print(c, f);
            return;
        }

        if (Readers.Contains(p))
        {
            Read(c, f);
            return;
        }

        if (ReadOnlyPrograms.Contains(p))
        {
            if (p == "get-childitem" && c.Arguments.Any(a => a.Text.StartsWith("env:", StringComparison.OrdinalIgnoreCase)))
            {
                f.Add(new CommandFinding(CommandEffect.Secrets, RiskLevel.Critical, "Get-ChildItem env: (prints every environment variable, secrets included)"));
                return;
            }

            if (p == "new-item" && c.Has("-Force"))
            {
                foreach (var target in PathArguments(c, "-Path", "-Name", "-ItemType", "-Value"))
                {
                    f.Add(new CommandFinding(CommandEffect.Write, RiskLevel.Low, "New-Item -Force " + target.Text, target));
                }

                return;
            }

            if (p is "tar" or "zip" or "unzip" or "7z" or "gzip" or "gunzip")
            {
                f.Add(new CommandFinding(CommandEffect.LocalChange, RiskLevel.Low, $"{p} (packs or unpacks files)"));
                return;
            }

            f.Add(new CommandFinding(CommandEffect.ReadOnly, RiskLevel.Low, p));
            return;
        }

        if (BuildTools.Contains(p))
        {
            var target = c.Positional("-f", "-C", "-j").Select(w => w.Text.ToLowerInvariant()).FirstOrDefault() ?? string.Empty;
            f.Add(RiskyScriptWords.Any(target.Contains)
                ? new CommandFinding(CommandEffect.Unknown, RiskLevel.High, $"{p} {target} (a build target named like a deployment or data change)")
                : target is "" or "test" or "build" or "check" or "lint" or "fmt" or "format" or "all" or "compile" or "package" or "verify" or "assemble" or "clean"
                    ? new CommandFinding(CommandEffect.ReadOnly, RiskLevel.Low, $"{p} {target} (builds and tests)".Replace("  ", " "))
                    : new CommandFinding(CommandEffect.Unknown, RiskLevel.Medium, $"{p} {target} (runs a build target the gate cannot see)"));
            return;
        }

        if (Interpreters.Contains(p) || p is "bash" or "sh" or "zsh" or "pwsh" or "powershell" or "cmd" or "invoke-command" or "invoke-item" or "start-process")
        {
            Script(c, f);
            return;
        }

        if (c.Arguments.Count == 1 && c.Arguments[0].Text is "--version" or "-v" or "-V" or "version" or "--help" or "-h" or "help")
        {
            f.Add(new CommandFinding(CommandEffect.ReadOnly, RiskLevel.Low, $"{p} {c.Arguments[0].Text} (prints information)"));
            return;
        }

        f.Add(new CommandFinding(CommandEffect.Unknown, ScriptRisk(p), $"'{p}' is not a command the gate knows: what it does is not judged"));
    }

    private static void Delete(CommandInvocation c, List<CommandFinding> f)
    {
        var recursive = c.Program switch
        {
            "del" => c.Arguments.Any(a => string.Equals(a.Text, "/s", StringComparison.OrdinalIgnoreCase)),
            "remove-item" => c.Arguments.Any(a => IsParameter(a.Text, "-Recurse", 2)),
            _ => c.HasShortFlag('r', "--recursive") || c.HasShortFlag('R'),
        };
        var shown = c.Program switch
        {
            "del" => recursive ? "del /s" : "del",
            "remove-item" => recursive ? "Remove-Item -Recurse" : "Remove-Item",
            _ => recursive ? c.Program + " -r" : c.Program,
        };
        var targets = PathArguments(c, "-Path", "-LiteralPath", "-Include", "-Exclude", "-Filter");
        if (targets.Count == 0)
        {
            targets.Add(new ShellWord("$(unknown)", false, true));
        }

        foreach (var target in targets)
        {
            f.Add(new CommandFinding(CommandEffect.Delete, recursive ? RiskLevel.High : RiskLevel.Medium, $"{shown} {target.Text}", target, deploys: recursive, recursive: recursive));
        }
    }

    private static void CopyOrMove(CommandInvocation c, List<CommandFinding> f)
    {
        var moves = c.Program is "mv" or "move" or "move-item" or "rename-item";
        var sources = new List<ShellWord>();
        ShellWord? destination;
        if (c.Shell == ShellKind.PowerShell)
        {
            var named = c.Value("-Destination", "-NewName");
            var positional = PathArguments(c, "-Path", "-LiteralPath");
            destination = named is not null ? new ShellWord(named, false, named.IndexOf('$') >= 0) : positional.Count > 1 ? positional[positional.Count - 1] : null;
            sources.AddRange(named is not null ? positional : positional.Take(Math.Max(0, positional.Count - 1)));
        }
        else
        {
            var positional = c.Positional("-t", "--target-directory", "-S", "--suffix", "-m", "--mode", "-o", "-g");
            var targetDirectory = c.Value("-t", "--target-directory");
            destination = targetDirectory is not null ? new ShellWord(targetDirectory, false, false) : positional.Count > 1 ? positional[positional.Count - 1] : null;
            sources.AddRange(targetDirectory is not null ? positional : positional.Take(Math.Max(0, positional.Count - 1)));
        }

        // A copy's sources stay where they are and are not printed: only a move takes them away.
        foreach (var source in sources.Where(_ => moves))
        {
            f.Add(new CommandFinding(CommandEffect.Delete, RiskLevel.Medium, $"{c.Program} {source.Text} (moves it away)", source));
        }

        if (destination is not null)
        {
            f.Add(new CommandFinding(CommandEffect.Write, RiskLevel.Low, $"{c.Program} … {destination.Text}", destination));
        }
        else
        {
            f.Add(new CommandFinding(CommandEffect.LocalChange, RiskLevel.Low, $"{c.Program} (copies or moves files)"));
        }
    }

    private static void Find(CommandInvocation c, List<CommandFinding> f)
    {
        var roots = c.Arguments.TakeWhile(a => !a.Text.StartsWith("-", StringComparison.Ordinal) && a.Text != "(" && a.Text != "!").ToList();
        if (c.Has("-delete"))
        {
            foreach (var root in roots.DefaultIfEmpty(new ShellWord(".", false, false)))
            {
                var narrowed = c.Value("-name", "-iname", "-path") is { } pattern ? $"{root.Text}/**/{pattern}" : root.Text;
                f.Add(new CommandFinding(CommandEffect.Delete, RiskLevel.High, $"find {root.Text} -delete", new ShellWord(narrowed, root.Quoted, root.Expanded), recursive: true));
            }

            return;
        }

        f.Add(new CommandFinding(CommandEffect.ReadOnly, RiskLevel.Low, "find (lists files)"));
    }

    private static void Environment(CommandInvocation c, List<CommandFinding> f)
    {
        var names = c.Positional("-u", "--unset").Select(w => w.Text).ToList();
        if (names.Count == 0)
        {
            f.Add(new CommandFinding(CommandEffect.Secrets, RiskLevel.Critical, $"{c.Program} (prints every environment variable, secrets included)"));
            return;
        }

        foreach (var name in names)
        {
            f.Add(ShellPaths.IsSecretName(name)
                ? new CommandFinding(CommandEffect.Secrets, RiskLevel.Critical, $"{c.Program} {name} (prints a secret)")
                : new CommandFinding(CommandEffect.ReadOnly, RiskLevel.Low, $"{c.Program} {name}"));
        }
    }

    private static void Print(CommandInvocation c, List<CommandFinding> f)
    {
        foreach (var argument in c.Arguments.Where(a => a.Expanded))
        {
            foreach (var variable in ShellPaths.Variables(argument.Text))
            {
                if (ShellPaths.IsSecretName(variable))
                {
                    f.Add(new CommandFinding(CommandEffect.Secrets, RiskLevel.Critical, $"{c.Program} ${variable} (prints a secret)"));
                    return;
                }
            }
        }

        f.Add(new CommandFinding(CommandEffect.ReadOnly, RiskLevel.Low, $"{c.Program} (prints its arguments)"));
    }

    private static void Read(CommandInvocation c, List<CommandFinding> f)
    {
        if ((c.Program is "sed" && (c.HasShortFlag('i', "--in-place") || c.Arguments.Any(a => a.Text.StartsWith("--in-place", StringComparison.Ordinal)))) ||
            (c.Program is "awk" && c.Arguments.Any(a => a.Text.Contains("inplace"))) ||
            (c.Program is "yq" && c.HasShortFlag('i', "--inplace")))
        {
            // sed -i 's/a/b/' file: the first word is the script unless -e/-f gave it.
            var files = c.Positional("-e", "-f", "--expression", "--file").Skip(c.Has("-e", "-f", "--expression", "--file") ? 0 : 1).ToList();
            foreach (var file in files)
            {
                f.Add(new CommandFinding(CommandEffect.Write, RiskLevel.Low, $"{c.Program} -i {file.Text}", file));
            }

            return;
        }

        if (c.Program is "awk" && c.Arguments.Any(a => a.Text.Contains("system(") || a.Text.Contains("| getline") || a.Text.Contains("print >")))
        {
            f.Add(new CommandFinding(CommandEffect.Unknown, RiskLevel.Medium, "awk with system() or output to files (runs commands or writes files the gate does not see)"));
            return;
        }

        if (c.Program is "source" or ".")
        {
            var script = c.Arguments.FirstOrDefault();
            f.Add(new CommandFinding(CommandEffect.Unknown, RiskLevel.Medium, $"{c.Program} {script?.Text} (runs a script in this shell; its code is not judged)"));
            return;
        }

        var skip = c.Program is "grep" or "egrep" or "fgrep" or "rg" or "ag" or "findstr" or "awk" or "sed" or "jq" or "yq" && !c.Has("-e", "-f", "--regexp", "-Pattern") ? 1 : 0;
        f.Add(new CommandFinding(CommandEffect.ReadOnly, RiskLevel.Low, $"{c.Program} (reads files)"));
        foreach (var file in PathArguments(c, "-Path", "-LiteralPath", "-e", "-f", "-A", "-B", "-C", "-m", "--include", "--exclude", "-Pattern", "-n", "-c").Skip(skip))
        {
            f.Add(new CommandFinding(CommandEffect.Read, RiskLevel.Low, $"{c.Program} {file.Text}", file));
        }
    }

    private static void Script(CommandInvocation c, List<CommandFinding> f)
    {
        if (c.Arguments.Count == 1 && c.Arguments[0].Text is "--version" or "-v" or "-V" or "version" or "--help" or "-h")
        {
            f.Add(new CommandFinding(CommandEffect.ReadOnly, RiskLevel.Low, $"{c.Program} {c.Arguments[0].Text} (prints information)"));
            return;
        }

        var script = c.Value("-File", "-f") ?? c.Positional("-m", "-W", "-X", "-ExecutionPolicy", "-WorkingDirectory").Select(w => w.Text).FirstOrDefault();
        if (c.Program is "python" or "python3" && c.Value("-m") is { } module)
        {
            var tool = module.ToLowerInvariant();
            f.Add(tool is "pytest" or "unittest" or "mypy" or "black" or "ruff" or "flake8" or "json.tool" or "compileall" or "venv"
                ? new CommandFinding(CommandEffect.ReadOnly, RiskLevel.Low, $"{c.Program} -m {module} (tests or checks code)")
                : tool is "pip"
                    ? new CommandFinding(CommandEffect.Packages, RiskLevel.Medium, $"{c.Program} -m pip (installs or removes packages)")
                    : new CommandFinding(CommandEffect.Unknown, ScriptRisk(tool), $"{c.Program} -m {module} (runs a module; its code is not judged)"));
            return;
        }

        var what = script is null ? $"{c.Program} (runs code the gate cannot see)" : $"{c.Program} {script} (runs a script; its code is not judged)";
        f.Add(new CommandFinding(CommandEffect.Unknown, ScriptRisk(script ?? c.Program), what));
    }

    private static RiskLevel ScriptRisk(string name)
    {
        var lower = name.ToLowerInvariant();
        return RiskyScriptWords.Any(lower.Contains) ? RiskLevel.High : RiskLevel.Medium;
    }

    /// <summary>The path arguments of a command: the values of its path parameters and its positional words.</summary>
    internal static List<ShellWord> PathArguments(CommandInvocation c, params string[] pathParameters)
    {
        var result = new List<ShellWord>();
        var args = c.Arguments;
        for (var i = 0; i < args.Count; i++)
        {
            var text = args[i].Text;
            if (text == "--")
            {
                result.AddRange(args.Skip(i + 1));
                break;
            }

            if (!c.IsFlag(args[i]))
            {
                // PowerShell's lists: Remove-Item .\bin, .\obj
                result.AddRange(c.Shell == ShellKind.PowerShell && text.IndexOf(',') >= 0 && !args[i].Quoted
                    ? text.Split(',').Where(t => t.Trim().Length > 0).Select(t => new ShellWord(t.Trim(), false, args[i].Expanded))
                    : new[] { args[i] });
                continue;
            }

            var parameter = pathParameters.FirstOrDefault(p => string.Equals(p, text, StringComparison.OrdinalIgnoreCase));
            if (parameter is not null && i + 1 < args.Count)
            {
                i++;
                if (parameter is "-Path" or "-LiteralPath" or "-FilePath")
                {
                    result.AddRange(args[i].Text.Split(',').Select(t => new ShellWord(t.Trim(), args[i].Quoted, args[i].Expanded)));
                }
            }
        }

        return result;
    }

    /// <summary>PowerShell takes any unambiguous prefix of a parameter: <c>-r</c>, <c>-rec</c>, <c>-Recurse</c>.</summary>
    internal static bool IsParameter(string word, string parameter, int shortest)
        => word.Length >= shortest && word.Length <= parameter.Length && parameter.StartsWith(word, StringComparison.OrdinalIgnoreCase);

    private static bool IsDevice(string target)
        => target is "/dev/null" or "/dev/stdout" or "/dev/stderr" or "/dev/tty" or "$null" or "&1" or "&2" || string.Equals(target, "nul", StringComparison.OrdinalIgnoreCase);

    internal static HashSet<string> Set(params string[] items) => new(items, StringComparer.Ordinal);
}
