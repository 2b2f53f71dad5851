using System.Diagnostics;

namespace AutoMode.Cli.Tests.Infrastructure;

/// <summary>A real git repository in a temp folder, deleted on dispose.</summary>
public sealed class TempRepository : IDisposable
{
    public const string MinimalProject = """
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <TargetFramework>net10.0</TargetFramework>
            <ImplicitUsings>enable</ImplicitUsings>
            <Nullable>enable</Nullable>
          </PropertyGroup>
        </Project>
        """;

    public TempRepository(bool init = true)
    {
        Root = Path.Combine(Path.GetTempPath(), "automode-tests", Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Root);
        if (init)
        {
            Git("init", "-q", "-b", "main");
            Git("config", "user.email", "tests@example.com");
            Git("config", "user.name", "AutoMode tests");
            Git("config", "commit.gpgsign", "false");
        }
    }

    public string Root { get; }

    public string PathOf(string relative) => Path.Combine(Root, relative.Replace('/', Path.DirectorySeparatorChar));

    public TempRepository Write(string relative, string content)
    {
        var path = PathOf(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content.ReplaceLineEndings("\n"));
        return this;
    }

    public string Read(string relative) => File.ReadAllText(PathOf(relative));

    public TempRepository Replace(string relative, string oldText, string newText)
    {
        var text = Read(relative);
        Assert.That(text, Does.Contain(oldText), $"{relative} does not contain the text to replace");
        return Write(relative, text.Replace(oldText, newText, StringComparison.Ordinal));
    }

    public TempRepository Delete(string relative)
    {
        File.Delete(PathOf(relative));
        return this;
    }

    public TempRepository Commit(string message = "commit")
    {
        Git("add", "-A");
        Git("commit", "-q", "--allow-empty", "-m", message);
        return this;
    }

    public CliResult Check(params string[] args) => CliRunner.Run(Root, new[] { "check" }.Concat(args).ToArray());

    public string Git(params string[] args)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.That(process.ExitCode, Is.Zero, $"git {string.Join(' ', args)}: {error}");
        return output;
    }

    public void Dispose()
    {
        try
        {
            foreach (var file in Directory.EnumerateFiles(Root, "*", SearchOption.AllDirectories))
            {
                File.SetAttributes(file, FileAttributes.Normal);
            }

            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
