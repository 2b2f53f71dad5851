using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using AutoMode.Analyzers.Values;

namespace AutoMode.Analyzers.Rules.DestructiveIO;

internal enum PathKind
{
    /// <summary>Nothing known makes the target special: the operation keeps its base risk.</summary>
    Ordinary,

    /// <summary>A target whose loss is an outage, a data loss or an exposure: Critical.</summary>
    Protected,

    /// <summary>
    /// A file protected only by its kind (<c>*.db</c>, <c>appsettings*.json</c>, <c>*.pfx</c>…), not by where it is:
    /// Critical in an application, the test's own fixture in a test project.
    /// </summary>
    ProtectedKind,

    /// <summary>Inside the temp folder or a configured safe root: Low.</summary>
    Scratch,
}

/// <summary>
/// Decides whether a path is protected, scratch or ordinary, from what the compiler can see of it and the
/// <c>automode.io.protected_paths</c> / <c>automode.io.safe_paths</c> options. A scratch location wins over a
/// protected file pattern (a test's <c>{temp}/test.db</c> is scratch); a protected root never is scratch.
/// </summary>
internal sealed class PathClassifier
{
    public const string ProtectedPathsOption = "automode.io.protected_paths";
    public const string SafePathsOption = "automode.io.safe_paths";

    private static readonly ImmutableArray<(Glob Glob, string Reason)> DefaultProtected = ConfigurationFiles.All.AddRange(ConfigurationFiles.Keys).AddRange(ImmutableArray.Create(
        (new Glob("*.db"), "a database file"),
        (new Glob("*.sqlite"), "a database file"),
        (new Glob("*.sqlite3"), "a database file"),
        (new Glob("*.mdf"), "a database file"),
        (new Glob("*.ldf"), "a database log file"),
        (new Glob("*.bak"), "a backup"),
        (new Glob("*.backup"), "a backup"),
        (new Glob("backup"), "a backup folder"),
        (new Glob("backups"), "a backup folder")));

    /// <summary>Protected wherever they are, in tests too: what they hold is not a fixture's.</summary>
    private static readonly ImmutableArray<(Glob Glob, string Reason)> ProtectedAnywhere = ImmutableArray.Create(
        (new Glob(".git"), "source control metadata (.git)"));

    private static readonly string[] SystemPrefixes =
    {
        "/etc", "/usr", "/bin", "/sbin", "/boot", "/lib", "/lib64", "/var/lib", "/opt", "/System",
        "c:/windows", "c:/program files", "c:/program files (x86)", "c:/programdata",
    };

    private static readonly ConcurrentDictionary<(string, string), PathClassifier> Cache = new();

    private readonly ImmutableArray<Glob> _extraProtected;
    private readonly ImmutableArray<Glob> _safe;

    private PathClassifier(ImmutableArray<Glob> extraProtected, ImmutableArray<Glob> safe)
    {
        _extraProtected = extraProtected;
        _safe = safe;
    }

    public static PathClassifier Create(ImmutableArray<string> protectedPaths, ImmutableArray<string> safePaths)
        => Cache.GetOrAdd(
            (string.Join("\n", protectedPaths), string.Join("\n", safePaths)),
            _ => new PathClassifier(protectedPaths.Select(p => new Glob(p)).ToImmutableArray(), safePaths.Select(p => new Glob(p)).ToImmutableArray()));

    /// <param name="folder">Whether the call acts on a folder (Directory.Delete, Directory.Move): the reason then says "a folder named like …" for a pattern of files, and "a file named like …" the other way round.</param>
    public (PathKind Kind, string Reason) Classify(SymbolicString path, bool folder = false)
    {
        if (path.IsFullyUnknown)
        {
            return (PathKind.Ordinary, string.Empty);
        }

        var rendered = path.Render().Replace('\\', '/');
        var rest = RestAfterLeadingRoot(path).Replace('\\', '/').Trim('/');
        var root = path.LeadingRoot;

        // The folder itself, as a whole.
        if (root != WellKnownRoot.None && rest.Length == 0)
        {
            switch (root)
            {
                case WellKnownRoot.Home: return (PathKind.Protected, "the user's home folder");
                case WellKnownRoot.CurrentDirectory: return (PathKind.Protected, "the current directory itself");
                case WellKnownRoot.AppDirectory: return (PathKind.Protected, "the application directory itself");
                case WellKnownRoot.SystemFolder: return (PathKind.Protected, "a system folder");
                case WellKnownRoot.UserFolder: return (PathKind.Protected, "a user profile folder");
            }
        }

        if (root == WellKnownRoot.SystemFolder)
        {
            return (PathKind.Protected, "inside a system folder");
        }

        if (path.KnownText is { } text)
        {
            var normalized = text.Replace('\\', '/');
            var trimmed = normalized.TrimEnd('/');
            if (normalized == "/" || normalized == "//" || (trimmed.Length == 2 && trimmed[1] == ':'))
            {
                return (PathKind.Protected, "a filesystem root");
            }

            if (trimmed is "" or "." or "./")
            {
                return (PathKind.Protected, "the current directory itself");
            }

            if (trimmed == "~")
            {
                return (PathKind.Protected, "the user's home folder");
            }

            foreach (var prefix in SystemPrefixes)
            {
                if (trimmed.Equals(prefix, StringComparison.OrdinalIgnoreCase) ||
                    trimmed.StartsWith(prefix + "/", StringComparison.OrdinalIgnoreCase))
                {
                    return (PathKind.Protected, "a system folder");
                }
            }
        }

        // "/etc/{random name}": known text up to the first hole or root, inside a system folder.
        if (path.KnownText is null && SystemPrefixes.Any(p => rendered.StartsWith(p + "/", StringComparison.OrdinalIgnoreCase)))
        {
            return (PathKind.Protected, "a system folder");
        }

        if ((root == WellKnownRoot.Temp && rest.Length > 0) || IsTempText(rendered) || _safe.Any(g => g.IsMatch(rendered)))
        {
            return (PathKind.Scratch, root == WellKnownRoot.Temp || IsTempText(rendered) ? "the temp folder" : "a safe path from " + SafePathsOption);
        }

        // {anything}/{random name}/…: a folder or file whose name was generated at run time holds only what the program put there.
        if (path.Contains(WellKnownRoot.RandomName))
        {
            return (PathKind.Scratch, "a folder or file with a name the program generated (Path.GetRandomFileName, Guid.NewGuid)");
        }

        foreach (var glob in _extraProtected)
        {
            if (glob.IsMatch(rendered))
            {
                return (PathKind.Protected, "a protected path (" + glob.Pattern + ")");
            }
        }

        foreach (var (glob, reason) in ProtectedAnywhere)
        {
            if (glob.IsMatch(rendered))
            {
                return (PathKind.Protected, reason);
            }
        }

        foreach (var (glob, reason) in DefaultProtected)
        {
            if (glob.IsMatch(rendered))
            {
                var namesFolders = reason.EndsWith(" folder", StringComparison.Ordinal);
                return (PathKind.ProtectedKind, folder == namesFolders
                    ? reason
                    : $"a {(folder ? "folder" : "file")} named like {reason} ({glob.Pattern})");
            }
        }

        return (PathKind.Ordinary, string.Empty);
    }

    private static bool IsTempText(string rendered)
        => rendered.StartsWith("/tmp/", StringComparison.Ordinal) || rendered.StartsWith("/var/tmp/", StringComparison.Ordinal);

    private static string RestAfterLeadingRoot(SymbolicString path)
        => path.LeadingRoot == WellKnownRoot.None
            ? path.Render()
            : SymbolicString.Concat(path.Segments.Skip(1).Select(s => s.Kind switch
            {
                SegmentKind.Text => SymbolicString.FromText(s.Text),
                SegmentKind.Root => SymbolicString.FromRoot(s.Root),
                _ => SymbolicString.Unknown,
            }).ToArray()).Render();
}
