using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using System.Threading;

namespace AutoMode.Analyzers.Secrets;

/// <summary>What a name says about the value it holds.</summary>
internal enum SecretNameClass
{
    None,

    /// <summary>password, passwd, pwd, passphrase, pass: any non-dummy value is a credential.</summary>
    Password,

    /// <summary>secret, token, api key, access key, private key, client secret…: the value must also look random.</summary>
    Secret,

    /// <summary>connection string: a secret only when it carries a password (see <see cref="CredentialStrings"/>).</summary>
    ConnectionString,
}

/// <summary>
/// Splits identifiers, configuration keys and environment variable names into words (camelCase, PascalCase, snake_case,
/// kebab-case, <c>Section:Key</c>, <c>Section__Key</c>) and tells whether they name a secret. A name says secret
/// when a secret term is its last word, or is followed only by words such as Value, Text or Bytes:
/// <c>DbPassword</c>, <c>api_key</c>, <c>GITHUB_TOKEN</c>, <c>Jwt:Key</c> do; <c>PasswordHint</c>, <c>TokenUrl</c>,
/// <c>SecretName</c>, <c>ApiKeyHeader</c>, <c>PublicKey</c>, <c>CancellationToken</c> do not.
/// </summary>
internal static class SecretNames
{
    // The terms are three sets, not one dictionary to SecretNameClass: collections over our own enum are generic code the
    // runtime JIT-compiles in every build without the compiler server; over strings and objects it is precompiled.

    /// <summary>Terms whose value is a password.</summary>
    private static readonly HashSet<string> PasswordTerms = new(StringComparer.Ordinal)
    {
        "password", "passwd", "pwd", "passphrase", "pass",
    };

    /// <summary>Terms whose value is a secret when it also looks random.</summary>
    private static readonly HashSet<string> SecretTerms = new(StringComparer.Ordinal)
    {
        "secret", "secretkey", "token", "apikey", "apisecret", "apitoken", "accesskey", "privatekey", "privkey",
        "clientsecret", "signingkey", "encryptionkey", "masterkey", "accountkey", "storagekey", "sharedkey",
        "sharedaccesskey", "subscriptionkey", "licensekey", "authkey", "hmackey", "jwtkey", "aeskey", "credential",
        "credentials", "creds", "authorization",
    };

    /// <summary>Terms whose value is a connection string.</summary>
    private static readonly HashSet<string> ConnectionStringTerms = new(StringComparer.Ordinal)
    {
        "connectionstring", "connectionstrings", "connstring", "connstr",
    };

    /// <summary>Words that may follow a secret term and still leave the name about the value.</summary>
    private static readonly HashSet<string> ValueSuffixes = new(StringComparer.Ordinal)
    {
        "value", "val", "str", "string", "text", "bytes", "b64", "base64", "raw", "plain", "plaintext", "data", "hex",
        "encoded", "key", "literal", "field", "const", "fallback", "default",
    };

    /// <summary>Words that, before a term, make it something else: a public key, a cancellation token, a password policy.</summary>
    private static readonly HashSet<string> Negations = new(StringComparer.Ordinal)
    {
        "public", "cancellation", "continuation", "page", "paging", "next", "sync", "csrf", "xsrf", "antiforgery", "min", "max",
        "is", "has", "use", "uses", "enable", "enabled", "require", "requires", "required", "allow", "validate", "show",
        "hide", "forgot", "no", "without", "lexer", "parser", "syntax", "expected", "input", "by", "bypass",
        "first", "second", "third", "single", "multi", "render", // a rendering or encoding pass ("hwScaleFilterFirstPass")
    };

    /// <summary>Terms that name a secret inside one unsplit lowercase word (<c>dbpassword</c>, <c>apitoken</c>).</summary>
    private static readonly string[] EmbeddedTerms = { "password", "passwd", "passphrase", "secret", "apikey", "token" };

    /// <summary>What separates the segments of a configuration key (<c>Smtp:Password</c>, <c>Smtp__Password</c>).</summary>
    private static readonly string[] SegmentSeparators = { ":", "__" };

    /// <summary>Names seen without extra words, and what they say: the same parameter, local and key names come back all the time.</summary>
    private static readonly ConcurrentDictionary<string, object> Seen = new(StringComparer.Ordinal);

    /// <summary>The classes as the objects <see cref="Seen"/> holds (boxed once, not per name).</summary>
    private static readonly object[] Boxed = { SecretNameClass.None, SecretNameClass.Password, SecretNameClass.Secret, SecretNameClass.ConnectionString };

    /// <summary>At most this many names are kept (the compiler server runs many compilations in one process).</summary>
    private const int SeenLimit = 4096;

    private static int _seenCount;

    /// <summary>What the name says, with <paramref name="extraWords"/> (lowercase) as additional secret terms.</summary>
    public static SecretNameClass Classify(string? name, ImmutableHashSet<string>? extraWords)
    {
        if (string.IsNullOrWhiteSpace(name) || name == "PWD")
        {
            // PWD is also the shell's working-directory variable.
            return SecretNameClass.None;
        }

        if (extraWords is { Count: > 0 })
        {
            return ClassifyUncached(name!, extraWords);
        }

        if (Seen.TryGetValue(name!, out var known))
        {
            return (SecretNameClass)known;
        }

        var kind = ClassifyUncached(name!, null);
        if (Volatile.Read(ref _seenCount) < SeenLimit && Seen.TryAdd(name!, Boxed[(int)kind]))
        {
            Interlocked.Increment(ref _seenCount);
        }

        return kind;
    }

    /// <summary>
    /// Whether any word of <paramref name="name"/> (or two or three adjacent words) is a secret term, wherever it stands:
    /// <c>password_hash_b64</c>, <c>api-key-header</c>. <see cref="Classify"/> asks where the term stands; this only whether there is one.
    /// </summary>
    public static bool MentionsTerm(string name)
    {
        var words = Split(name);
        for (var start = 0; start < words.Count; start++)
        {
            for (var length = 1; length <= 3 && start + length <= words.Count; length++)
            {
                if (Lookup(string.Concat(words.Skip(start).Take(length)), null) != SecretNameClass.None)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static SecretNameClass ClassifyUncached(string name, ImmutableHashSet<string>? extraWords)
    {

        // Configuration keys and paths: any segment that names a secret makes the key one ("ConnectionStrings:Db", "Smtp:Password").
        var segments = name.Split(SegmentSeparators, StringSplitOptions.RemoveEmptyEntries);
        var best = SecretNameClass.None;
        foreach (var segment in segments)
        {
            var words = Split(segment);
            var kind = ClassifyWords(words, extraWords);
            if (kind == SecretNameClass.None && segments.Length > 1 && words.Count == 1 && words[0] == "key")
            {
                // "Jwt:Key", "Stripe:Key": a bare key under a section.
                kind = SecretNameClass.Secret;
            }

            if (kind != SecretNameClass.None && (best == SecretNameClass.None || kind == SecretNameClass.Password))
            {
                best = kind;
            }
        }

        return best;
    }

    /// <summary>The lowercase words of an identifier: <c>DBPasswordValue2</c> → db, password, value, 2.</summary>
    public static List<string> Split(string name)
    {
        var words = new List<string>();
        var current = new StringBuilder();

        void Flush()
        {
            if (current.Length > 0)
            {
                words.Add(current.ToString().ToLowerInvariant());
                current.Clear();
            }
        }

        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (!char.IsLetterOrDigit(c))
            {
                Flush();
                continue;
            }

            if (current.Length > 0)
            {
                var previous = name[i - 1];
                var startsWord =
                    (char.IsUpper(c) && char.IsLower(previous)) ||
                    (char.IsUpper(c) && char.IsUpper(previous) && i + 1 < name.Length && char.IsLower(name[i + 1])) ||
                    (char.IsDigit(c) && !char.IsDigit(previous)) ||
                    (!char.IsDigit(c) && char.IsDigit(previous));
                if (startsWord)
                {
                    Flush();
                }
            }

            current.Append(c);
        }

        Flush();
        return words;
    }

    private static SecretNameClass ClassifyWords(List<string> words, ImmutableHashSet<string>? extraWords)
    {
        // Trailing digits and value suffixes do not change what the name is about.
        var end = words.Count;
        while (end > 0 && (IsNumber(words[end - 1]) || (ValueSuffixes.Contains(words[end - 1]) && end > 1 && !EndsTerm(words, end, extraWords))))
        {
            end--;
        }

        if (end == 0)
        {
            return SecretNameClass.None;
        }

        // A term ending at the last meaningful word, made of one to three words ("api", "key" → apikey).
        for (var length = Math.Min(3, end); length >= 1; length--)
        {
            var start = end - length;
            var joined = string.Concat(words.Skip(start).Take(length));
            var kind = Lookup(joined, extraWords);
            if (kind != SecretNameClass.None)
            {
                return start > 0 && Negations.Contains(words[start - 1]) ? SecretNameClass.None : kind;
            }
        }

        // One unsplit lowercase word that ends with a term: "dbpassword", "mysecret", "githubtoken".
        if (end == 1 || words.Count == 1)
        {
            var word = words[end - 1];
            foreach (var term in EmbeddedTerms)
            {
                if (word.Length > term.Length && word.EndsWith(term, StringComparison.Ordinal))
                {
                    return Lookup(term, extraWords);
                }
            }
        }

        return SecretNameClass.None;
    }

    private static bool EndsTerm(List<string> words, int end, ImmutableHashSet<string>? extraWords)
    {
        // "secretKey", "apiKey": the suffix word is itself part of a term.
        for (var length = Math.Min(3, end); length >= 2; length--)
        {
            if (Lookup(string.Concat(words.Skip(end - length).Take(length)), extraWords) != SecretNameClass.None)
            {
                return true;
            }
        }

        return false;
    }

    private static SecretNameClass Lookup(string term, ImmutableHashSet<string>? extraWords)
    {
        if (PasswordTerms.Contains(term))
        {
            return SecretNameClass.Password;
        }

        if (SecretTerms.Contains(term))
        {
            return SecretNameClass.Secret;
        }

        if (ConnectionStringTerms.Contains(term))
        {
            return SecretNameClass.ConnectionString;
        }

        return extraWords is not null && extraWords.Contains(term) ? SecretNameClass.Secret : SecretNameClass.None;
    }

    private static bool IsNumber(string word) => word.All(char.IsDigit);
}
