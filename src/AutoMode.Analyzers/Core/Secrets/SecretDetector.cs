using System;
using System.Text.RegularExpressions;

namespace AutoMode.Analyzers.Secrets;

/// <summary>
/// The one place that decides whether a literal value is a secret, shared by the analyzers (AM3001–AM3004) and
/// the gate (AMG301 in appsettings*.json, *.config and .env files, through its ConfigurationSecrets). In order: a known token format anywhere in the value; a
/// password in a connection string or URI; a value under a name that says secret which looks like one. Placeholders,
/// dummies, names of secrets, natural language, URLs and allowlisted values are never secrets. No Roslyn types here.
/// </summary>
internal static class SecretDetector
{
    /// <summary>Whether <paramref name="value"/>, held by <paramref name="name"/> (may be null), is a hard-coded secret.</summary>
    public static bool TryDetect(string value, string? name, out SecretMatch match)
        => TryDetect(value, name, SecretDetectorOptions.Default, out match);

    public static bool TryDetect(string value, string? name, SecretDetectorOptions options, out SecretMatch match)
    {
        match = default;
        if (string.IsNullOrWhiteSpace(value) || value.Length < 4 || options.IsAllowed(value))
        {
            return false;
        }

        if (TryKnownFormat(value, options, out match))
        {
            return true;
        }

        return TryCredentialString(value, options, out match) || TryNamedSecret(value, name, options, out match);
    }

    /// <summary>A password in a connection string or URI, the middle step of <see cref="TryDetect(string, string?, SecretDetectorOptions, out SecretMatch)"/>.</summary>
    public static bool TryCredentialString(string value, SecretDetectorOptions options, out SecretMatch match)
    {
        match = default;
        if (string.IsNullOrWhiteSpace(value) || value.Length < 4 || options.IsAllowed(value))
        {
            return false;
        }

        if (CredentialStrings.FindConnectionStringPassword(value) is { } password && !options.IsAllowed(password))
        {
            match = new SecretMatch(SecretKind.CredentialString, "a password in a connection string", SecretMask.Hidden);
            return true;
        }

        if (CredentialStrings.FindUriPassword(value) is { } uriPassword && !options.IsAllowed(uriPassword))
        {
            match = new SecretMatch(SecretKind.CredentialString, "a password in a URI", SecretMask.Hidden);
            return true;
        }

        return false;
    }

    /// <summary>
    /// The last step of <see cref="TryDetect(string, string?, SecretDetectorOptions, out SecretMatch)"/> alone: whether
    /// <paramref name="name"/> says secret and <paramref name="value"/> looks like one, for a value already checked
    /// without a name (its formats and credential strings are not looked for again).
    /// </summary>
    public static bool TryNamedSecret(string value, string? name, SecretDetectorOptions options, out SecretMatch match)
    {
        match = default;
        if (name is null || string.IsNullOrWhiteSpace(value) || value.Length < 4 || options.IsAllowed(value))
        {
            return false;
        }

        var nameClass = SecretNames.Classify(name, options.ExtraWords);
        if (nameClass == SecretNameClass.Password && LooksLikePassword(value, name))
        {
            match = new SecretMatch(SecretKind.NamedSecret, "password", SecretMask.Hidden);
            return true;
        }

        if (nameClass == SecretNameClass.Secret && LooksLikeToken(StripScheme(value), name, options.EntropyThreshold))
        {
            match = new SecretMatch(SecretKind.NamedSecret, "secret", SecretMask.Mask(value));
            return true;
        }

        return false;
    }

    /// <summary>A known token format in <paramref name="value"/> (built-in or <see cref="SecretDetectorOptions.ExtraFormat"/>).</summary>
    public static bool TryKnownFormat(string value, SecretDetectorOptions options, out SecretMatch match)
    {
        foreach (var format in KnownSecretFormats.All)
        {
            if (format.Find(value) is { } secret && !options.IsAllowed(secret))
            {
                match = new SecretMatch(SecretKind.KnownFormat, format.Description, SecretMask.WithPrefix(format.Prefix));
                return true;
            }
        }

        if (options.ExtraFormat is { } extra)
        {
            try
            {
                var found = extra.Match(value);
                if (found.Success)
                {
                    var secret = found.Groups["secret"].Success ? found.Groups["secret"].Value : found.Value;
                    if (secret.Length > 0 && !options.IsAllowed(secret) && !SecretValueFilters.IsExampleToken(secret))
                    {
                        match = new SecretMatch(SecretKind.KnownFormat, "a secret of a configured format", SecretMask.Hidden);
                        return true;
                    }
                }
            }
            catch (RegexMatchTimeoutException)
            {
            }
        }

        match = default;
        return false;
    }

    /// <summary>
    /// Whether a value handed to a credential parameter (a password, a key) is a real hard-coded credential and not
    /// an empty string, a placeholder, a dummy or the name of a variable.
    /// </summary>
    public static bool IsCredentialValue(string value, SecretDetectorOptions options)
        => !string.IsNullOrWhiteSpace(value) && value.Length >= 4 && !options.IsAllowed(value) && LooksLikePassword(value, null);

    /// <summary>
    /// Whether a constant that reaches a credential parameter (a password, a key) is a hard-coded credential: any
    /// non-blank text, whatever its shape (a key with spaces, a short or simple password), except a placeholder that is
    /// evidently not the value used (a template such as <c>${SMTP_PASSWORD}</c> or <c>&lt;api-key&gt;</c>, an obvious dummy such as
    /// <c>changeme</c>, a published documentation example, the name of an environment variable or configuration key that
    /// stands in for the value, <c>AUTH_TOKEN</c>, <c>Smtp:Password</c>) and values the options allow. The other shape
    /// filters of <see cref="IsCredentialValue"/> are for values known only by their name.
    /// </summary>
    public static bool IsSinkConstant(string value, SecretDetectorOptions options)
        => !string.IsNullOrWhiteSpace(value) && !options.IsAllowed(value) &&
           !SecretValueFilters.IsTemplate(value) && !SecretValueFilters.IsDummy(value) && !SecretValueFilters.ContainsPublishedExample(value) &&
           !SecretValueFilters.IsEnvironmentOrConfigurationName(value) && !IsAnonymousLogin(value);

    /// <summary>The anonymous FTP convention: an e-mail address (or "anonymous"/"guest") as the password.</summary>
    private static bool IsAnonymousLogin(string value)
        => SecretValueFilters.IsEmail(value) || value.Equals("anonymous", System.StringComparison.OrdinalIgnoreCase) ||
           value.Equals("guest", System.StringComparison.OrdinalIgnoreCase);

    /// <summary>Bytes of a key or IV written out in code (hex of the bytes): not all one value, at least 8 bytes.</summary>
    public static bool IsKeyBytes(string hex) => hex.Length >= 16 && !SecretValueFilters.IsRepeated(hex) && !SecretValueFilters.IsSequential(hex);

    private static bool LooksLikePassword(string value, string? name)
        => value.Length >= 4 &&
           !ContainsWhitespace(value) &&
           !SecretValueFilters.ContainsPublishedExample(value) &&
           !SecretValueFilters.IsTemplate(value) &&
           !SecretValueFilters.IsDummy(value) &&
           !SecretValueFilters.IsSequential(value) &&
           !SecretValueFilters.IsRepeated(value) &&
           !SecretValueFilters.IsIdentifierName(value) &&
           !SecretValueFilters.IsUrlOrPath(value) &&
           !SecretValueFilters.IsEmail(value) &&
           !IsBooleanOrNumberWord(value) &&
           !NamesItself(value, name);

    private static bool LooksLikeToken(string value, string? name, double entropyThreshold)
        => value.Length >= 10 &&
           LooksLikePassword(value, name) &&
           SecretValueFilters.CharacterClasses(value) >= 2 &&
           SecretValueFilters.AlphanumericClasses(value) >= 2 && // generated tokens mix case or digits; "-behindthescenes" does not
           SecretValueFilters.Entropy(value) >= entropyThreshold;

    private static string StripScheme(string value)
    {
        foreach (var scheme in new[] { "Bearer ", "Basic ", "Token ", "token " })
        {
            if (value.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
            {
                return value.Substring(scheme.Length).Trim();
            }
        }

        return value;
    }

    private static bool ContainsWhitespace(string value)
    {
        foreach (var c in value)
        {
            if (char.IsWhiteSpace(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsBooleanOrNumberWord(string value)
        => value.Equals("true", StringComparison.OrdinalIgnoreCase) || value.Equals("false", StringComparison.OrdinalIgnoreCase) ||
           value.Equals("null", StringComparison.OrdinalIgnoreCase);

    private static bool NamesItself(string value, string? name)
        => name is not null && string.Equals(string.Concat(SecretNames.Split(value)), string.Concat(SecretNames.Split(name)), StringComparison.Ordinal);
}
