using System;
using System.Collections.Generic;
using System.Linq;

namespace AutoMode.Analyzers.Commands;

/// <summary>
/// Network tools: a download is Low, a request with a body or a non-GET method High, a file sent from disk is read
/// (a secret file makes it Critical), code piped from the network into a shell Critical.
/// </summary>
internal static class NetworkCommands
{
    private static readonly HashSet<string> Shells = CommandTable.Set("sh", "bash", "zsh", "dash", "python", "python3", "node", "perl", "ruby", "pwsh", "powershell", "iex", "invoke-expression", "sudo");

    private static readonly string[] CurlBodyFlags = { "-d", "--data", "--data-binary", "--data-raw", "--data-urlencode", "--data-ascii", "--json", "-F", "--form", "--form-string", "-T", "--upload-file" };

    public static bool Judge(CommandInvocation c, List<CommandFinding> f)
    {
        switch (c.Program)
        {
            case "curl":
            case "wget":
            case "invoke-webrequest":
            case "invoke-restmethod":
            case "http":
            case "https":
            case "xh":
                Http(c, f);
                return true;
            case "nc" or "ncat" or "netcat" or "telnet" or "socat":
                f.Add(new CommandFinding(CommandEffect.Network, RiskLevel.High, $"{c.Program} (opens a raw network connection)"));
                return true;
            case "ssh":
                f.Add(new CommandFinding(CommandEffect.Network, RiskLevel.High, "ssh (runs commands on another machine)"));
                return true;
            case "scp" or "rsync" or "sftp" or "ftp":
                Copy(c, f);
                return true;
            case "gh":
                GitHub(c, f);
                return true;
            case "mail" or "sendmail" or "mutt" or "send-mailmessage":
                f.Add(new CommandFinding(CommandEffect.Network, RiskLevel.High, $"{c.Program} (sends mail)"));
                return true;
        }

        return false;
    }

    private static void Http(CommandInvocation c, List<CommandFinding> f)
    {
        var method = (c.Value("-X", "--request", "--method", "-Method") ?? string.Empty).ToUpperInvariant();
        var bodies = new List<string>();
        for (var i = 0; i < c.Arguments.Count; i++)
        {
            var text = c.Arguments[i].Text;
            var flag = CurlBodyFlags.FirstOrDefault(b => text == b || text.StartsWith(b + "=", StringComparison.Ordinal));
            if (flag is not null && c.Program == "curl")
            {
                bodies.Add(text.Length > flag.Length ? text.Substring(flag.Length + 1) : i + 1 < c.Arguments.Count ? c.Arguments[i + 1].Text : string.Empty);
            }
            else if (text.StartsWith("--post-data", StringComparison.Ordinal) || text.StartsWith("--post-file", StringComparison.Ordinal) || text.StartsWith("--body-data", StringComparison.Ordinal) || text.StartsWith("--body-file", StringComparison.Ordinal))
            {
                var value = text.IndexOf('=') > 0 ? text.Substring(text.IndexOf('=') + 1) : i + 1 < c.Arguments.Count ? c.Arguments[i + 1].Text : string.Empty;
                bodies.Add(text.Contains("-file") ? "@" + value : value);
            }
            else if (CommandTable.IsParameter(text, "-Body", 2) || CommandTable.IsParameter(text, "-InFile", 3))
            {
                var value = i + 1 < c.Arguments.Count ? c.Arguments[i + 1].Text : string.Empty;
                bodies.Add(CommandTable.IsParameter(text, "-InFile", 3) ? "@" + value : value);
            }
            else if (c.Program is "http" or "https" or "xh" && (text.Contains("=") || text.Contains(":=") || text.Contains("@")) && !text.StartsWith("-", StringComparison.Ordinal) && i > 0)
            {
                bodies.Add(text.Contains("@") ? "@" + text.Substring(text.IndexOf('@') + 1) : text);
            }
        }

        foreach (var file in bodies.Where(b => b.StartsWith("@", StringComparison.Ordinal) && b.Length > 1 && b != "@-"))
        {
            // -d @file, -F "f=@file", -T file, --post-file, -InFile: the file leaves the machine.
            var path = file.Substring(1).Split(';')[0];
            f.Add(new CommandFinding(CommandEffect.Read, RiskLevel.Low, $"{c.Program} sends {path}", new ShellWord(path, false, path.IndexOf('$') >= 0)));
        }

        foreach (var upload in c.Arguments.Where(a => a.Text.Contains("=@")))
        {
            var path = upload.Text.Substring(upload.Text.IndexOf("=@", StringComparison.Ordinal) + 2).Split(';')[0];
            f.Add(new CommandFinding(CommandEffect.Read, RiskLevel.Low, $"{c.Program} sends {path}", new ShellWord(path, false, false)));
        }

        if (c.Value("-o", "--output", "-O", "--output-document", "-OutFile") is { } output && output.Length > 0 && output != "-" && !output.StartsWith("-", StringComparison.Ordinal) && !output.StartsWith("/dev/", StringComparison.Ordinal))
        {
            f.Add(new CommandFinding(CommandEffect.Write, RiskLevel.Low, $"{c.Program} saves to {output}", new ShellWord(output, false, output.IndexOf('$') >= 0)));
        }

        if (c.PipedTo.FirstOrDefault() is { Words.Count: > 0 } next && Shells.Contains(CommandNames.Normalize(next.Words[0].Text, c.Shell)))
        {
            f.Add(new CommandFinding(CommandEffect.Network, RiskLevel.Critical, $"{c.Program} … | {next.Words[0].Text} (runs code downloaded from the network, unseen)"));
            return;
        }

        var writes = bodies.Count > 0 || (method.Length > 0 && method is not ("GET" or "HEAD" or "OPTIONS"));
        var url = c.Arguments.Select(a => a.Text).FirstOrDefault(a => a.Contains("://")) ?? "a URL";
        f.Add(writes
            ? new CommandFinding(CommandEffect.Network, RiskLevel.High, $"{c.Program} {(method.Length > 0 ? method : "POST")} {url} (sends data to another system; it cannot be taken back)")
            : new CommandFinding(CommandEffect.ReadOnly, RiskLevel.Low, $"{c.Program} {url} (downloads)"));
    }

    private static void Copy(CommandInvocation c, List<CommandFinding> f)
    {
        var positional = c.Positional("-P", "-p", "-i", "-e", "-o", "-F", "-J", "--rsh", "--exclude", "--include");
        var remote = positional.Where(IsRemote).ToList();
        if (remote.Count == 0 && c.Program == "rsync")
        {
            f.Add(new CommandFinding(CommandEffect.LocalChange, c.Has("--delete") ? RiskLevel.High : RiskLevel.Low, c.Has("--delete") ? "rsync --delete (deletes files at the destination)" : "rsync (copies local files)"));
            if (positional.Count > 1)
            {
                f.Add(new CommandFinding(CommandEffect.Write, RiskLevel.Low, $"rsync … {positional[positional.Count - 1].Text}", positional[positional.Count - 1], recursive: false));
            }

            return;
        }

        foreach (var source in positional.Take(Math.Max(0, positional.Count - 1)).Where(s => !IsRemote(s)))
        {
            f.Add(new CommandFinding(CommandEffect.Read, RiskLevel.Low, $"{c.Program} sends {source.Text}", source));
        }

        f.Add(new CommandFinding(CommandEffect.Network, RiskLevel.High, $"{c.Program} (copies files to or from another machine)"));
    }

    private static bool IsRemote(ShellWord word)
    {
        var colon = word.Text.IndexOf(':');
        return colon > 1 && !word.Text.StartsWith("/", StringComparison.Ordinal) && !word.Text.StartsWith(".", StringComparison.Ordinal);
    }

    private static void GitHub(CommandInvocation c, List<CommandFinding> f)
    {
        var positional = c.Positional("-R", "--repo", "-X", "--method", "-f", "-F", "--field", "--raw-field", "-H", "--header", "-t", "--title", "-b", "--body", "-B", "--base", "-L", "--limit", "--json", "-q", "--jq").Select(w => w.Text.ToLowerInvariant()).ToList();
        string? At(int i) => positional.Count > i ? positional[i] : null;
        var what = $"gh {At(0)} {At(1)}".TrimEnd();
        switch (At(0), At(1))
        {
            case ("auth", "token"):
                f.Add(new CommandFinding(CommandEffect.Secrets, RiskLevel.Critical, "gh auth token (prints a GitHub token)"));
                return;
            case ("repo", "delete") or ("release", "delete") or ("secret", "delete") or ("variable", "delete"):
                f.Add(new CommandFinding(CommandEffect.Deployment, RiskLevel.Critical, $"{what} (deletes on GitHub; it cannot be taken back)"));
                return;
            case ("pr", "merge") or ("release", "create") or ("workflow", "run") or ("run", "rerun") or ("secret", "set") or ("variable", "set") or ("repo", "edit") or ("repo", "archive"):
                f.Add(new CommandFinding(CommandEffect.Deployment, RiskLevel.High, $"{what} (changes the shared repository, its releases or its workflows)"));
                return;
            case ("pr", "create") or ("pr", "comment") or ("pr", "review") or ("pr", "close") or ("pr", "edit") or ("issue", "create") or ("issue", "comment") or ("issue", "close") or ("issue", "edit"):
                f.Add(new CommandFinding(CommandEffect.Network, RiskLevel.Medium, $"{what} (writes on GitHub, seen by others)"));
                return;
            case ("api", _):
                var method = (c.Value("-X", "--method") ?? "GET").ToUpperInvariant();
                f.Add(method != "GET" || c.Has("-f", "-F", "--field", "--raw-field", "--input")
                    ? new CommandFinding(CommandEffect.Network, RiskLevel.High, $"gh api {method} (writes through the GitHub API)")
                    : new CommandFinding(CommandEffect.ReadOnly, RiskLevel.Low, "gh api (reads the GitHub API)"));
                return;
            case (_, "view" or "list" or "diff" or "checks" or "status" or "watch") or ("auth", "status") or ("pr", "checkout") or ("repo", "clone") or ("search", _) or ("browse", _):
                f.Add(new CommandFinding(CommandEffect.ReadOnly, RiskLevel.Low, $"{what} (reads GitHub)"));
                return;
        }

        f.Add(new CommandFinding(CommandEffect.Unknown, RiskLevel.Medium, $"{what} is not a gh command the gate knows"));
    }
}
