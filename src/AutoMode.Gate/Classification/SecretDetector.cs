using System.Text.RegularExpressions;

namespace AutoMode.Gate.Classification;

/// <summary>
/// Finds obvious secrets in configuration lines: a secret-named key (password, secret, token, api key, connection
/// string…) with a literal value that is not a placeholder, and well-known credential shapes (cloud access keys,
/// provider tokens, private key blocks, connection strings with a password). It names the key, never the value.
/// </summary>
public static partial class SecretDetector
{
    /// <summary>The name of the secret on this line (a key, or the kind of credential), or null.</summary>
    public static string? Find(string line)
    {
        foreach (var (name, pattern) in Shapes)
        {
            if (pattern.IsMatch(line))
            {
                return name;
            }
        }

        foreach (var pair in new[] { JsonPair(), XmlPair(), AssignmentPair() })
        {
            var match = pair.Match(line);
            if (match.Success && IsSecretName(match.Groups["key"].Value) && IsLiteral(match.Groups["value"].Value))
            {
                return match.Groups["key"].Value;
            }
        }

        var password = ConnectionStringPassword().Match(line);
        return password.Success && IsLiteral(password.Groups["value"].Value) ? "a connection string password" : null;
    }

    private static readonly (string Name, Regex Pattern)[] Shapes =
    {
        ("an AWS access key", new Regex(@"\b(AKIA|ASIA)[0-9A-Z]{16}\b", RegexOptions.CultureInvariant)),
        ("a GitHub token", new Regex(@"\b(ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{36}\b|\bgithub_pat_[A-Za-z0-9_]{40,}", RegexOptions.CultureInvariant)),
        ("a Slack token", new Regex(@"\bxox[abposr]-[A-Za-z0-9-]{10,}", RegexOptions.CultureInvariant)),
        ("a Stripe key", new Regex(@"\b(sk|rk)_live_[A-Za-z0-9]{16,}", RegexOptions.CultureInvariant)),
        ("a private key", new Regex(@"-----BEGIN [A-Z ]*PRIVATE KEY-----", RegexOptions.CultureInvariant)),
        ("an Azure storage account key", new Regex(@"AccountKey=[A-Za-z0-9+/]{40,}={0,2}", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)),
        ("a shared access signature", new Regex(@"\bsig=[A-Za-z0-9%+/]{20,}", RegexOptions.CultureInvariant)),
    };

    private static readonly string[] SecretNameEndings =
    {
        "password", "passwd", "pwd", "passphrase", "secret", "token", "apikey", "accesskey", "privatekey", "signingkey",
        "authkey", "accountkey", "encryptionkey", "secretkey", "masterkey", "credential", "credentials",
    };

    /// <summary>Whether a key names a secret: its last word is one (DATABASE_PASSWORD, ApiKey, client_secret), not a setting about one (TokenLifetime, SecretName).</summary>
    private static bool IsSecretName(string key)
    {
        var compact = new string(key.Where(char.IsLetterOrDigit).ToArray()).ToLowerInvariant();
        return SecretNameEndings.Any(ending => compact.EndsWith(ending, StringComparison.Ordinal));
    }

    private static bool IsLiteral(string value)
    {
        var v = value.Trim().Trim('"', '\'').Trim();
        if (v.Length < 4)
        {
            return false;
        }

        return !Placeholder().IsMatch(v);
    }


    [GeneratedRegex(@"^(\$\{.*\}|\$\(.*\)|%.*%|<.*>|\{\{.*\}\}|#\{.*\}|\*+|x+|changeme|change[-_ ]?me|your[-_ ].*|placeholder|todo|null|none|empty|redacted|secret|password|example.*|dummy.*|test|true|false)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();

    [GeneratedRegex("\"(?<key>[^\"]+)\"\\s*:\\s*\"(?<value>[^\"]*)\"", RegexOptions.CultureInvariant)]
    private static partial Regex JsonPair();

    [GeneratedRegex("key\\s*=\\s*\"(?<key>[^\"]+)\"\\s+value\\s*=\\s*\"(?<value>[^\"]*)\"", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex XmlPair();

    [GeneratedRegex(@"^\s*(export\s+)?(?<key>[A-Za-z_][A-Za-z0-9_.:-]*)\s*[=:]\s*(?<value>[^#\s].*?)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex AssignmentPair();

    [GeneratedRegex(@"(password|pwd)\s*=\s*(?<value>[^;""'<>]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ConnectionStringPassword();
}
