using System.Collections.Immutable;

namespace AutoMode.Analyzers.Secrets;

/// <summary>
/// Token formats that are secrets by their shape alone (no entropy guess needed). Patterns follow the providers'
/// published formats, in the spirit of gitleaks' rules; documented example values (AWS's <c>…EXAMPLE</c> keys,
/// the Azurite development key, jwt.io's sample) are filtered by <see cref="SecretValueFilters.IsExampleToken"/>, and JSON Web
/// Tokens with jwt.io's sample claims or an expiry in the past by <see cref="JwtClaims"/>.
/// </summary>
internal static class KnownSecretFormats
{
    private const string B = @"(?<![A-Za-z0-9_])"; // start boundary that treats '_' as part of a word
    private const string E = @"(?![A-Za-z0-9_])";

    public static ImmutableArray<KnownSecretFormat> All { get; } = ImmutableArray.Create(
        new KnownSecretFormat("an AWS access key id", B + @"(?:AKIA|ASIA|ABIA|ACCA)[0-9A-Z]{16}" + E, "AKIA", hints: new[] { "AKIA", "ASIA", "ABIA", "ACCA" }, minLength: 20),
        new KnownSecretFormat("a GitHub token", B + @"(?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{36}" + E, "gh*_", hints: new[] { "ghp_", "gho_", "ghu_", "ghs_", "ghr_" }, minLength: 40),
        new KnownSecretFormat("a GitHub fine-grained personal access token", B + @"github_pat_[A-Za-z0-9_]{60,100}" + E, "github_pat_", hints: new[] { "github_pat_" }, minLength: 71),
        new KnownSecretFormat("a GitLab personal access token", B + @"glpat-[A-Za-z0-9_\-]{20,}" + E, "glpat-", hints: new[] { "glpat-" }, minLength: 26),
        new KnownSecretFormat("a Slack token", B + @"xox[abposre]-[0-9]{6,}-[0-9A-Za-z-]{6,}", "xox*-", hints: new[] { "xox" }, minLength: 18),
        new KnownSecretFormat("a Slack webhook URL", @"hooks\.slack\.com/(?:services|workflows|triggers)/(?<s>[A-Za-z0-9+/]{20,})", "hooks.slack.com/", "s", hints: new[] { "hooks.slack.com/" }, minLength: 36),
        new KnownSecretFormat("a Stripe live secret key", B + @"(?:sk|rk)_live_[0-9A-Za-z]{16,}" + E, "sk_live_", hints: new[] { "_live_" }, minLength: 24),
        new KnownSecretFormat("an Azure AD client secret", @"(?<![A-Za-z0-9_~.])[A-Za-z0-9_~.]{3}[0-9]Q~[A-Za-z0-9_~.\-]{31,34}(?![A-Za-z0-9_~.\-])", "…Q~", hints: new[] { "Q~" }, minLength: 37),
        new KnownSecretFormat("a Google API key", B + @"AIza[0-9A-Za-z\-_]{35}" + E, "AIza", hints: new[] { "AIza" }, minLength: 39),
        new KnownSecretFormat("an OpenAI API key", B + @"sk-(?:(?:proj|svcacct|admin)-[A-Za-z0-9_\-]{40,}|[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20})" + E, "sk-", hints: new[] { "sk-" }, minLength: 40),
        new KnownSecretFormat("an Anthropic API key", B + @"sk-ant-(?:api|admin)[0-9]{2}-[A-Za-z0-9_\-]{80,}" + E, "sk-ant-", hints: new[] { "sk-ant-" }, minLength: 90),
        new KnownSecretFormat("a SendGrid API key", B + @"SG\.[A-Za-z0-9_\-]{22}\.[A-Za-z0-9_\-]{43}" + E, "SG.", hints: new[] { "SG." }, minLength: 69),
        new KnownSecretFormat("an npm access token", B + @"npm_[A-Za-z0-9]{36}" + E, "npm_", hints: new[] { "npm_" }, minLength: 40),
        new KnownSecretFormat("a Twilio API key", B + @"SK[0-9a-f]{32}" + E, "SK", hints: new[] { "SK" }, minLength: 34),
        new KnownSecretFormat("a JSON Web Token", B + @"eyJ[A-Za-z0-9_\-]{8,}\.eyJ[A-Za-z0-9_\-]{8,}\.(?<s>[A-Za-z0-9_\-]{16,})", "eyJ", "s", hints: new[] { "eyJ" }, minLength: 40, isExample: JwtClaims.IsSampleOrExpired),
        new KnownSecretFormat("a PEM private key", @"-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----\s*(?<s>[A-Za-z0-9+/=\r\n:,\-]{64,})", "-----BEGIN", "s", hints: new[] { "PRIVATE KEY" }, minLength: 64),
        new KnownSecretFormat("an XML RSA private key", @"<RSAKeyValue>.*<D>(?<s>[A-Za-z0-9+/=]{16,})</D>", "<RSAKeyValue>", "s", hints: new[] { "<RSAKeyValue>" }, minLength: 30),
        new KnownSecretFormat("an Azure storage account key", @"(?i:AccountKey)=(?<s>[A-Za-z0-9+/]{40,}={0,2})", "AccountKey=", "s", hints: new[] { "AccountKey" }, minLength: 51),
        new KnownSecretFormat("an Azure shared access key", @"(?i:SharedAccessKey)=(?<s>[A-Za-z0-9+/]{30,}={0,2})", "SharedAccessKey=", "s", hints: new[] { "SharedAccessKey" }, minLength: 46),
        new KnownSecretFormat("an Azure shared access signature", @"(?:[?&;]|^)sv=[0-9]{4}-[0-9]{2}-[0-9]{2}&.*?(?:[?&;])sig=(?<s>[A-Za-z0-9%+/]{30,}(?:%3D|=){0,2})|(?:[?&;]|^)sig=(?<s>[A-Za-z0-9%+/]{30,}(?:%3D|=){0,2}).*?&sv=[0-9]{4}-", "sig=", "s", hints: new[] { "sig=" }, minLength: 34));
}
