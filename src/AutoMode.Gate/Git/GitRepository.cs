using System.Diagnostics;
using System.Text;
using AutoMode.Gate.Model;

namespace AutoMode.Gate.Git;

/// <summary>The git command line, run as a child process (no libgit2): what changed and the contents before and after.</summary>
public sealed class GitRepository
{
    /// <summary>The object name of git's empty tree: the "before" of a repository without commits.</summary>
    public const string EmptyTree = "4b825dc642cb6eb9a060e54bf8d69288fbee4904";

    private GitRepository(string root) => Root = root;

    /// <summary>The repository's top-level folder (full path, native separators).</summary>
    public string Root { get; }

    public static GitRepository Open(string path)
    {
        var full = System.IO.Path.GetFullPath(path);
        if (!Directory.Exists(full))
        {
            throw new GateException(File.Exists(full) ? $"'{path}' is a file: give a folder inside a git repository" : $"'{path}' does not exist");
        }

        var result = Run(full, "rev-parse", "--show-toplevel");
        if (result.ExitCode != 0)
        {
            throw new GateException($"'{full}' is not inside a git repository ({FirstLine(result.Error)})");
        }

        return new GitRepository(System.IO.Path.GetFullPath(result.Output.Trim()));
    }

    public bool HasHead => Run(Root, "rev-parse", "--verify", "--quiet", "HEAD^{commit}").ExitCode == 0;

    /// <summary>The commit a revision names; a bad revision is a usage error (exit 3).</summary>
    public string ResolveCommit(string revision)
    {
        var result = Run(Root, "rev-parse", "--verify", "--quiet", "--end-of-options", revision + "^{commit}");
        if (result.ExitCode != 0 || string.IsNullOrWhiteSpace(result.Output))
        {
            throw new GateException($"'{revision}' is not a commit in {Root}");
        }

        return result.Output.Trim();
    }

    public string? MergeBase(string a, string b)
    {
        var result = Run(Root, "merge-base", a, b);
        return result.ExitCode == 0 ? result.Output.Trim() : null;
    }

    /// <summary><c>git diff --name-status</c> from <paramref name="from"/> to the working tree, or to the index with <paramref name="cached"/>.</summary>
    public IReadOnlyList<RawChange> Diff(string from, bool cached)
    {
        var args = new List<string> { "-c", "core.quotepath=false", "diff", "--name-status", "-z", "-M", "--no-color", "--no-ext-diff" };
        if (cached)
        {
            args.Add("--cached");
        }

        args.Add(from);
        args.Add("--");
        var result = Checked(args.ToArray());
        var tokens = result.Split('\0');
        var changes = new List<RawChange>();
        for (var i = 0; i + 1 < tokens.Length;)
        {
            var status = tokens[i];
            if (status.Length == 0)
            {
                i++;
                continue;
            }

            if (status[0] is 'R' or 'C' && i + 2 < tokens.Length)
            {
                changes.Add(new RawChange(status[0], tokens[i + 2], tokens[i + 1]));
                i += 3;
            }
            else
            {
                changes.Add(new RawChange(status[0], tokens[i + 1], null));
                i += 2;
            }
        }

        return changes;
    }

    public IReadOnlyList<string> Untracked() =>
        Checked("-c", "core.quotepath=false", "ls-files", "--others", "--exclude-standard", "-z").Split('\0', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>A file's bytes at a revision (<c>rev:path</c>) or in the index (<c>:path</c>); null when absent.</summary>
    public byte[]? Show(string objectName)
    {
        var result = RunBytes(Root, "cat-file", "blob", objectName);
        return result.ExitCode == 0 ? result.Output : null;
    }

    /// <summary>Many objects through one <c>git cat-file --batch</c> process: object name → bytes (null when absent).</summary>
    public IReadOnlyDictionary<string, byte[]?> ShowMany(IReadOnlyCollection<string> objectNames)
    {
        var result = new Dictionary<string, byte[]?>(StringComparer.Ordinal);
        if (objectNames.Count == 0)
        {
            return result;
        }

        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { "--no-pager", "cat-file", "--batch" })
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["GIT_OPTIONAL_LOCKS"] = "0";
        using var process = Process.Start(start) ?? throw new GateException("git could not be started");
        var error = process.StandardError.ReadToEndAsync();
        var writer = Task.Run(() =>
        {
            foreach (var name in objectNames)
            {
                process.StandardInput.Write(name.Replace("\n", string.Empty) + "\n");
            }

            process.StandardInput.Close();
        });
        var output = process.StandardOutput.BaseStream;
        foreach (var name in objectNames)
        {
            var header = ReadLine(output);
            if (header is null)
            {
                throw new GateException("git cat-file --batch ended early: " + error.Result);
            }

            var parts = header.Split(' ');
            if (parts.Length == 3 && long.TryParse(parts[2], out var size))
            {
                var content = new byte[size];
                output.ReadExactly(content);
                output.ReadByte(); // the newline after the content
                result[name] = parts[1] == "blob" ? content : null;
            }
            else
            {
                result[name] = null; // "<name> missing" or "ambiguous"
            }
        }

        writer.Wait();
        process.WaitForExit();
        return result;
    }

    private static string? ReadLine(Stream stream)
    {
        var bytes = new List<byte>();
        int b;
        while ((b = stream.ReadByte()) >= 0 && b != '\n')
        {
            bytes.Add((byte)b);
        }

        return b < 0 && bytes.Count == 0 ? null : Encoding.UTF8.GetString(bytes.ToArray());
    }

    private string Checked(params string[] args)
    {
        var result = Run(Root, args);
        if (result.ExitCode != 0)
        {
            throw new GateException($"git {string.Join(' ', args)} failed: {FirstLine(result.Error)}");
        }

        return result.Output;
    }

    private static string FirstLine(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault()?.Trim() ?? "no output";

    private static (int ExitCode, string Output, string Error) Run(string directory, params string[] args)
    {
        var result = RunBytes(directory, args);
        return (result.ExitCode, Encoding.UTF8.GetString(result.Output), result.Error);
    }

    private static (int ExitCode, byte[] Output, string Error) RunBytes(string directory, params string[] args)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("--no-pager");
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["GIT_OPTIONAL_LOCKS"] = "0";
        start.Environment["LC_ALL"] = "C";
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new GateException("git could not be started");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new GateException("git is not installed or not on PATH: " + e.Message, e);
        }

        using (process)
        {
            process.StandardInput.Close();
            var error = process.StandardError.ReadToEndAsync();
            using var output = new MemoryStream();
            process.StandardOutput.BaseStream.CopyTo(output);
            process.WaitForExit();
            return (process.ExitCode, output.ToArray(), error.Result);
        }
    }
}

/// <summary>One line of <c>git diff --name-status</c>: A, M, D, R (rename, with the old path), C, T.</summary>
public sealed record RawChange(char Status, string Path, string? OldPath);
