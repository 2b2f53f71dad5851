using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace AutoMode.Analyzers.Secrets;

/// <summary>
/// What is not a secret although it sits where one could: placeholders and templates, obvious dummies, values that
/// only name a secret (keys, environment variable names, vault secret names), natural language, sequences and
/// repeated characters, URLs and paths without credentials. Modelled on detect-secrets' heuristic filters and
/// gitleaks' allowlists.
/// </summary>
internal static class SecretValueFilters
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMilliseconds(100);

    // {0}, {name}, ${VAR}, {{secret}}, #{Var}, $(Var), %VAR%, <password>, [PASSWORD], __TOKEN__, @param, :param, $VAR, ?
    private static readonly LazyRegex Template = new(
        @"^\s*(?:\$?\{\{?[^{}]*\}?\}|[#$]\{[^}]*\}|\$\([^)]*\)|%[A-Za-z0-9_]+%|<[^<>]*>|\[[A-Za-z0-9_ \-]+\]|__[A-Za-z0-9_]+__|[@:$][A-Za-z_][A-Za-z0-9_]*|\?|\*+|#+|\.+|-+|x+)\s*$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, Timeout);

    private static readonly LazyRegex EmbeddedTemplate = new(
        @"\$\{[^}]*\}|\{\{[^}]*\}\}|#\{[^}]*\}|\$\([^)]*\)|%[A-Za-z0-9_]+%|^<[^<>]+>$|\{[0-9]+(?:[,:][^}]*)?\}",
        RegexOptions.CultureInvariant, Timeout);

    private static readonly LazyRegex EnvironmentVariableName = new(@"^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$", RegexOptions.CultureInvariant, Timeout);

    private static readonly LazyRegex ConfigurationKey = new(@"^[A-Z][A-Za-z0-9_.]*(?::[A-Za-z0-9_.]+)+$|^[A-Za-z][A-Za-z0-9]*(?:__[A-Za-z0-9]+)+$", RegexOptions.CultureInvariant, Timeout);

    // lowercase words joined by '-', '_' or '.' (vault secret names, resource names, dotted keys): no digits needed
    private static readonly LazyRegex ResourceName = new(@"^[a-z]+(?:[\-_.][a-z]+)+$", RegexOptions.CultureInvariant, Timeout);

    // lowercase snake_case, kebab-case or dotted words, or camelCase, each word starting with a letter: "password_hash_b64", "clientSecretB64"
    private static readonly LazyRegex IdentifierWords = new(
        @"^[a-z][a-z0-9]*(?:[\-_.][a-z][a-z0-9]*)+$|^[a-z][a-z0-9]*(?:[A-Z][a-z0-9]+)+$", RegexOptions.CultureInvariant, Timeout);

    private static readonly LazyRegex Email = new(@"^[^@\s:/]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+$", RegexOptions.CultureInvariant, Timeout);

    private static readonly LazyRegex Words = new(@"[A-Z]?[a-z]+|[A-Z]+(?![a-z])", RegexOptions.CultureInvariant, Timeout);

    /// <summary>Words that make up obvious dummy values ("your-api-key-here", "changeme", "dummy_secret", "test-password-123").</summary>
    private static readonly HashSet<string> DummyWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "your", "yours", "here", "my", "the", "a", "an", "insert", "enter", "put", "replace", "change", "changeme", "changeit",
        "replaceme", "me", "it", "todo", "tbd", "fixme", "dummy", "fake", "mock", "mocked", "stub", "sample", "example",
        "examples", "placeholder", "test", "tests", "testing", "demo", "redacted", "hidden", "masked", "removed", "none",
        "null", "nil", "undefined", "empty", "not", "set", "unset", "default", "foo", "bar", "baz", "qux", "xxx", "xx", "x",
        "abc", "abcd", "abcdef", "qwerty", "secret", "secrets", "password", "passwd", "pwd", "pass", "passphrase",
        "token", "tokens", "key", "keys", "api", "apikey", "client", "access", "private", "value", "string", "some",
        "invalid", "wrong", "bad", "good", "valid", "new", "old", "fixed", "static", "hardcoded", "local", "localhost",
        "dev", "development", "sandbox", "user", "username", "anonymous", "any", "thing",
        "something", "whatever", "random", "postgres", "guest", "mysql", "redis", "mongo", "sa", "s", "super", "strong", "top", "very", "do", "use", "only", "for", "in", "of", "to", "and",
    };

    /// <summary>Words that mark a wordy value as made up for tests or documentation ("integration-tests-signing-key", "whsec_test_secret").</summary>
    private static readonly HashSet<string> MarkerWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "test", "tests", "testing", "dummy", "fake", "example", "sample", "placeholder", "mock", "demo", "changeme", "redacted", "notreal",
    };

    /// <summary>Common sequences that are never real secrets (detect-secrets' is_sequential_string).</summary>
    private static readonly string[] Sequences =
    {
        "abcdefghijklmnopqrstuvwxyz", "0123456789", "1234567890", "qwertyuiop", "asdfghjkl", "zxcvbnm", "0123456789abcdef",
    };

    /// <summary>Published example values: AWS's documentation keys, the Azurite development key, jwt.io's sample signature, Stripe's documentation test keys.</summary>
    private static readonly string[] PublishedExamples =
    {
        "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==",
        "SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c",
        "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
        "sk_test_4eC39HqLyjWDarjtT1zdp7dc",
        "pk_test_TYooMQauvdEDq54NiTphI7jx",
    };

    /// <summary>A template, a parameter marker or a mask: <c>{0}</c>, <c>${VAR}</c>, <c>&lt;password&gt;</c>, <c>%VAR%</c>, <c>@p</c>, <c>?</c>, <c>****</c>.</summary>
    public static bool IsTemplate(string value) => SafeMatch(Template, value) || SafeMatch(EmbeddedTemplate, value);

    /// <summary>
    /// A value that only names a secret or a setting: <c>API_KEY</c>, <c>ConnectionStrings:Default</c>, <c>db-password</c>,
    /// and identifiers made of words one of which is a secret term wherever it stands (the name of a request parameter,
    /// <c>password_hash_b64</c>; <c>clientSecretB64</c>).
    /// </summary>
    public static bool IsIdentifierName(string value)
        => SafeMatch(EnvironmentVariableName, value) || SafeMatch(ConfigurationKey, value) || SafeMatch(ResourceName, value) ||
           (value.Length <= 40 && SecretNames.Classify(value, null) != SecretNameClass.None && IsIdentifierShaped(value)) ||
           (value.Length <= 40 && SafeMatch(IdentifierWords, value) && SecretNames.MentionsTerm(value));

    /// <summary>An environment variable name or a configuration key (not a resource name).</summary>
    public static bool IsEnvironmentOrConfigurationName(string value) => SafeMatch(EnvironmentVariableName, value) || SafeMatch(ConfigurationKey, value);

    public static bool IsEmail(string value) => SafeMatch(Email, value);

    /// <summary>An obvious dummy: only dummy words, digits and punctuation ("changeme", "your-api-key-here", "Password123!").</summary>
    public static bool IsDummy(string value)
    {
        var words = SafeMatches(Words, value);
        if (words.Count == 0)
        {
            return !value.Any(char.IsLetter) && (IsSequential(value) || IsRepeated(value));
        }

        if (words.All(w => DummyWords.Contains(w) || DummyWords.Contains(w.ToLowerInvariant().TrimEnd('s'))))
        {
            return true;
        }

        // Mostly words, one of which says the value is made up.
        var letters = words.Where(w => w.Length >= 3).Sum(w => w.Length);
        return letters * 10 >= value.Length * 6 && words.Any(w => MarkerWords.Contains(w));
    }

    /// <summary>Contains a value published as an example (AWS documentation keys, the Azurite key, jwt.io's sample).</summary>
    public static bool ContainsPublishedExample(string value)
        => PublishedExamples.Any(e => value.IndexOf(e, StringComparison.Ordinal) >= 0) || value.IndexOf("EXAMPLE", StringComparison.Ordinal) >= 0;

    /// <summary>
    /// Keyboard or alphabet sequences, once or typed again and again: <c>123456</c>, <c>abcdef</c>,
    /// <c>asdfasdfasdf</c> (a seeder's default password), <c>123123123</c>.
    /// </summary>
    public static bool IsSequential(string value)
    {
        var lower = value.ToLowerInvariant();
        if (lower.Length < 3)
        {
            return false;
        }

        if (IsSequence(lower))
        {
            return true;
        }

        for (var unit = 3; unit <= lower.Length / 2; unit++)
        {
            if (lower.Length % unit == 0 && IsRepetitionOf(lower, unit) && IsSequence(lower.Substring(0, unit)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsSequence(string lower)
    {
        foreach (var sequence in Sequences)
        {
            if (sequence.Contains(lower) || Reverse(sequence).Contains(lower))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the text is its first <paramref name="unit"/> characters repeated.</summary>
    private static bool IsRepetitionOf(string text, int unit)
    {
        for (var i = unit; i < text.Length; i++)
        {
            if (text[i] != text[i - unit])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>More than half of the characters are one character.</summary>
    public static bool IsRepeated(string value)
    {
        if (value.Length == 0)
        {
            return false;
        }

        var top = value.GroupBy(c => char.ToLowerInvariant(c)).Max(g => g.Count());
        return top * 2 > value.Length;
    }

    /// <summary>Text for people: two or more words separated by spaces ("Enter your password", "Invalid token").</summary>
    public static bool IsNaturalLanguage(string value)
    {
        var trimmed = value.Trim();
        if (trimmed.IndexOf(' ') < 0)
        {
            return false;
        }

        var parts = trimmed.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
        return parts.Count(p => p.Any(char.IsLetter)) >= 2;
    }

    /// <summary>A URL or file path that carries no credentials.</summary>
    public static bool IsUrlOrPath(string value)
    {
        if (value.IndexOf("://", StringComparison.Ordinal) > 0)
        {
            return !CredentialStrings.HasUriPassword(value);
        }

        return value.StartsWith("/", StringComparison.Ordinal) || value.StartsWith("~/", StringComparison.Ordinal) ||
               value.StartsWith("./", StringComparison.Ordinal) || value.StartsWith("../", StringComparison.Ordinal) ||
               (value.Length > 2 && char.IsLetter(value[0]) && value[1] == ':' && (value[2] == '\\' || value[2] == '/'));
    }

    /// <summary>Documented examples, masks and dummies inside an otherwise well-formed token (<c>AKIAIOSFODNN7EXAMPLE</c>, <c>xoxb-000…</c>).</summary>
    public static bool IsExampleToken(string token)
    {
        if (token.IndexOf("EXAMPLE", StringComparison.OrdinalIgnoreCase) >= 0 || PublishedExamples.Any(e => token.IndexOf(e, StringComparison.Ordinal) >= 0))
        {
            return true;
        }

        var core = new string(token.Where(char.IsLetterOrDigit).ToArray());
        return core.Length == 0 || IsRepeated(core) || LongestRun(core) >= 8 || IsDummy(token) ||
               token.IndexOf("xxxx", StringComparison.OrdinalIgnoreCase) >= 0 || token.IndexOf("....", StringComparison.Ordinal) >= 0;
    }

    /// <summary>Shannon entropy in bits per character.</summary>
    public static double Entropy(string value)
    {
        if (value.Length == 0)
        {
            return 0;
        }

        double entropy = 0;
        foreach (var group in value.GroupBy(c => c))
        {
            var p = (double)group.Count() / value.Length;
            entropy -= p * Math.Log(p, 2);
        }

        return entropy;
    }

    /// <summary>How many of lowercase, uppercase, digits and symbols appear.</summary>
    public static int CharacterClasses(string value)
        => (value.Any(char.IsLower) ? 1 : 0) + (value.Any(char.IsUpper) ? 1 : 0) + (value.Any(char.IsDigit) ? 1 : 0) +
           (value.Any(c => !char.IsLetterOrDigit(c)) ? 1 : 0);

    /// <summary>How many of lowercase letters, uppercase letters and digits the value mixes (punctuation not counted).</summary>
    public static int AlphanumericClasses(string value)
        => (value.Any(char.IsLower) ? 1 : 0) + (value.Any(char.IsUpper) ? 1 : 0) + (value.Any(char.IsDigit) ? 1 : 0);

    private static bool IsIdentifierShaped(string value) => value.All(c => char.IsLetterOrDigit(c) || c == '_' || c == '-' || c == '.' || c == ':');

    private static int LongestRun(string value)
    {
        int best = 0, run = 0;
        for (var i = 0; i < value.Length; i++)
        {
            run = i > 0 && value[i] == value[i - 1] ? run + 1 : 1;
            best = Math.Max(best, run);
        }

        return best;
    }

    private static string Reverse(string value)
    {
        var chars = value.ToCharArray();
        Array.Reverse(chars);
        return new string(chars);
    }

    private static bool SafeMatch(LazyRegex regex, string value)
    {
        try
        {
            return regex.Value.IsMatch(value);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    private static List<string> SafeMatches(LazyRegex regex, string value)
    {
        try
        {
            return regex.Value.Matches(value).Cast<Match>().Select(m => m.Value).ToList();
        }
        catch (RegexMatchTimeoutException)
        {
            return new List<string>();
        }
    }
}
