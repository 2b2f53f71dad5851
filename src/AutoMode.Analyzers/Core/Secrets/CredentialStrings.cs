using System;
using System.Text.RegularExpressions;

namespace AutoMode.Analyzers.Secrets;

/// <summary>
/// Passwords inside connection strings (<c>Password=…</c>, <c>Pwd=…</c>) and URIs (<c>scheme://user:pass@host</c>).
/// Parts unknown at compile time are <see cref="UnknownMarker"/> characters (the analyzers' rendering of
/// Values.SymbolicString): a password that is such a hole, a template or an obvious dummy is not a
/// hard-coded one. Free of Roslyn types, like the rest of Core/Secrets, so that the gate uses it on configuration files too.
/// </summary>
internal static class CredentialStrings
{
    /// <summary>Same as Values.SymbolicString.UnknownMarker (checked by a test).</summary>
    public const char UnknownMarker = '\0';

    private static readonly TimeSpan Timeout = TimeSpan.FromMilliseconds(100);

    private static readonly LazyRegex PasswordPair = new(
        @"(?:^|[;,])\s*(?:Password|Pwd|Passwd)\s*=\s*(?:""(?<v>[^""]*)""|'(?<v>[^']*)'|(?<v>[^;,]*))",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, Timeout);

    private static readonly LazyRegex UriUserInfo = new(
        @"\b[A-Za-z][A-Za-z0-9+.\-]{1,20}://(?<u>[^:/?#@\s]*):(?<p>[^@/?\s]+)@[^\s/?#@]+",
        RegexOptions.CultureInvariant, Timeout);

    /// <summary>The hard-coded password in a connection string (<c>;</c>-separated, or <c>,</c>-separated as StackExchange.Redis writes them), or null.</summary>
    public static string? FindConnectionStringPassword(string value)
    {
        if (value.IndexOf('=') < 0 ||
            (value.IndexOf("pass", StringComparison.OrdinalIgnoreCase) < 0 && value.IndexOf("pwd", StringComparison.OrdinalIgnoreCase) < 0))
        {
            return null; // the regex below needs Password=, Passwd= or Pwd=: most strings with '=' have none
        }

        try
        {
            for (var match = PasswordPair.Value.Match(value); match.Success; match = match.NextMatch())
            {
                var password = match.Groups["v"].Value.Trim();
                if (IsHardCodedPassword(password))
                {
                    return password;
                }
            }
        }
        catch (RegexMatchTimeoutException)
        {
        }

        return null;
    }

    /// <summary>The hard-coded password in the user-info part of a URI, or null.</summary>
    public static string? FindUriPassword(string value)
    {
        if (value.IndexOf("://", StringComparison.Ordinal) < 0)
        {
            return null;
        }

        try
        {
            for (var match = UriUserInfo.Value.Match(value); match.Success; match = match.NextMatch())
            {
                var password = Uri.UnescapeDataString(match.Groups["p"].Value);
                if (IsHardCodedPassword(password) && !IsPortNumber(match.Groups["p"].Value))
                {
                    return password;
                }
            }
        }
        catch (RegexMatchTimeoutException)
        {
        }
        catch (UriFormatException)
        {
        }

        return null;
    }

    public static bool HasUriPassword(string value) => FindUriPassword(value) is not null;

    private static bool IsHardCodedPassword(string password)
        => password.Length > 0 &&
           password.IndexOf(UnknownMarker) < 0 &&
           !SecretValueFilters.IsTemplate(password) &&
           !SecretValueFilters.IsDummy(password) &&
           !SecretValueFilters.IsSequential(password) &&
           !SecretValueFilters.IsRepeated(password) &&
           !SecretValueFilters.IsEnvironmentOrConfigurationName(password);

    private static bool IsPortNumber(string value)
    {
        foreach (var c in value)
        {
            if (!char.IsDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
