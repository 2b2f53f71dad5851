using System;
using System.Text.RegularExpressions;

namespace AutoMode.Analyzers.Secrets;

/// <summary>One token format a provider issues: its description, a pattern, and the public prefix shown in messages.</summary>
internal sealed class KnownSecretFormat
{
    public KnownSecretFormat(string description, string pattern, string prefix, string? secretGroup = null)
    {
        Description = description;
        Prefix = prefix;
        SecretGroup = secretGroup;
        Regex = new Regex(pattern, RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(200));
    }

    public string Description { get; }

    /// <summary>The fixed, public start of the format (shown in messages instead of the secret).</summary>
    public string Prefix { get; }

    public Regex Regex { get; }

    /// <summary>The named group holding the secret part (checked against placeholders); the whole match when null.</summary>
    public string? SecretGroup { get; }

    /// <summary>The secret part of the first match in <paramref name="value"/>, or null.</summary>
    public string? Find(string value)
    {
        try
        {
            var match = Regex.Match(value);
            while (match.Success)
            {
                var secret = SecretGroup is null ? match.Value : match.Groups[SecretGroup].Value;
                if (!SecretValueFilters.IsExampleToken(secret))
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
}
