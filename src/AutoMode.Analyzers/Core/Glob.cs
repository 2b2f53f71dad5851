using System.Text;
using System.Text.RegularExpressions;

namespace AutoMode.Analyzers;

/// <summary>
/// A path glob as .editorconfig users write them: <c>*</c> (within a folder), <c>**</c> (across folders),
/// <c>?</c>; case-insensitive; <c>\</c> and <c>/</c> alike. A glob without a <c>/</c> matches any one path
/// component (<c>*.db</c> matches <c>/srv/app/main.db</c>); one with a <c>/</c> matches the whole path.
/// An unknown part of a path (<see cref="Values.SymbolicString.UnknownMarker"/>) is matched only by a wildcard.
/// </summary>
internal sealed class Glob
{
    private readonly Regex _regex;

    public Glob(string pattern)
    {
        Pattern = pattern.Replace('\\', '/');
        MatchesComponent = !Pattern.Contains("/");
        _regex = new Regex("^" + ToRegex(Pattern) + "$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    }

    public string Pattern { get; }

    public bool MatchesComponent { get; }

    /// <summary>Whether the normalized path (forward slashes) matches.</summary>
    public bool IsMatch(string normalizedPath)
    {
        if (!MatchesComponent)
        {
            return _regex.IsMatch(normalizedPath) || _regex.IsMatch(normalizedPath.TrimEnd('/'));
        }

        foreach (var component in normalizedPath.Split('/'))
        {
            if (component.Length > 0 && _regex.IsMatch(component))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the last path component (the file or folder itself) matches.</summary>
    public bool MatchesLastComponent(string normalizedPath)
    {
        var trimmed = normalizedPath.TrimEnd('/');
        var last = trimmed.Substring(trimmed.LastIndexOf('/') + 1);
        return MatchesComponent ? _regex.IsMatch(last) : IsMatch(normalizedPath);
    }

    private static string ToRegex(string pattern)
    {
        var regex = new StringBuilder();
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '*' && i + 1 < pattern.Length && pattern[i + 1] == '*')
            {
                regex.Append(".*");
                i++;
                if (i + 1 < pattern.Length && pattern[i + 1] == '/')
                {
                    i++;
                    regex.Append("/?");
                }
            }
            else if (c == '*')
            {
                regex.Append("[^/]*");
            }
            else if (c == '?')
            {
                regex.Append("[^/\\x00]");
            }
            else
            {
                regex.Append(Regex.Escape(c.ToString()));
            }
        }

        return regex.ToString();
    }
}
