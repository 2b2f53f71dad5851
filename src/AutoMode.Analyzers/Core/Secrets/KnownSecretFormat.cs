using System;
using System.Text.RegularExpressions;

namespace AutoMode.Analyzers.Secrets;

/// <summary>One token format a provider issues: its description, a pattern, and the public prefix shown in messages.</summary>
internal sealed class KnownSecretFormat
{
    public KnownSecretFormat(
        string description, string pattern, string prefix, string? secretGroup = null, string[]? hints = null, int minLength = 16,
        Func<string, bool>? isExample = null)
    {
        _isExample = isExample;
        Description = description;
        Prefix = prefix;
        SecretGroup = secretGroup;
        Hints = hints ?? Array.Empty<string>();
        MinLength = minLength;
        _regex = new LazyRegex(pattern, RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(200));
    }

    /// <summary>
    /// Fixed text every match contains (any one of them, case-insensitively): a value without any is skipped before
    /// the regex runs. Most string literals in code are checked against every format, so this is the hot path.
    /// </summary>
    public string[] Hints { get; }

    /// <summary>No match is shorter than this.</summary>
    public int MinLength { get; }

    public string Description { get; }

    /// <summary>The fixed, public start of the format (shown in messages instead of the secret).</summary>
    public string Prefix { get; }

    /// <summary>Built when a value first passes the hint check (most builds never need most formats).</summary>
    public Regex Regex => _regex.Value;

    private readonly LazyRegex _regex;

    /// <summary>What makes a whole match an example rather than a secret, beyond <see cref="SecretValueFilters.IsExampleToken"/> (a JWT's claims).</summary>
    private readonly Func<string, bool>? _isExample;

    /// <summary>The named group holding the secret part (checked against placeholders); the whole match when null.</summary>
    public string? SecretGroup { get; }

    /// <summary>The secret part of the first match in <paramref name="value"/>, or null.</summary>
    public string? Find(string value)
    {
        if (value.Length < MinLength || !ContainsHint(value))
        {
            return null;
        }

        try
        {
            var match = Regex.Match(value);
            while (match.Success)
            {
                var secret = SecretGroup is null ? match.Value : match.Groups[SecretGroup].Value;
                if (!SecretValueFilters.IsExampleToken(secret) && !(_isExample?.Invoke(match.Value) ?? false))
                {
                    return secret;
                }

                match = match.NextMatch();
            }
        }
        catch (RegexMatchTimeoutException)
        {
        }

        return null;
    }

    private bool ContainsHint(string value)
    {
        if (Hints.Length == 0)
        {
            return true;
        }

        foreach (var hint in Hints)
        {
            if (value.IndexOf(hint, StringComparison.OrdinalIgnoreCase) >= 0)
            {
                return true;
            }
        }

        return false;
    }
}
