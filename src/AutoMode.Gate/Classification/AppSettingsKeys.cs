using System.Text.Json;
using System.Text.RegularExpressions;
using AutoMode.Analyzers;

namespace AutoMode.Gate.Classification;

/// <summary>
/// An <c>appsettings*.json</c> change by key: the keys whose value changed (<c>Section:Sub:Key</c>, as
/// IConfiguration names them), and for each whether it is sensitive — a secret, a connection string, the URL of
/// another service, authentication or authorization, TLS and certificates, CORS and host filtering, logging of
/// sensitive data, or a key listed in <see cref="SensitiveKey"/> (feature flags marked as such).
/// </summary>
public static partial class AppSettingsKeys
{
    /// <summary><c>automode.configuration.sensitive_keys = FeatureManagement:Billing*, Payments:*</c>: more sensitive keys (globs over <c>Section:Key</c>).</summary>
    public const string SensitiveKey = "automode.configuration.sensitive_keys";

    private static readonly (string Why, Regex Segment)[] Sensitive =
    {
        ("a secret", SecretSegment()),
        ("a connection string", ConnectionSegment()),
        ("authentication or authorization", AuthSegment()),
        ("TLS or certificates", TlsSegment()),
        ("CORS or host filtering", CorsSegment()),
        ("logging of sensitive data", SensitiveLoggingSegment()),
        ("the address of another service", AddressSegment()),
    };

    /// <summary>The keys whose value differs (added, removed or changed), in order; null when either side is not a JSON object.</summary>
    public static IReadOnlyList<string>? Changed(string? oldText, string? newText)
    {
        var before = Flatten(oldText);
        var after = Flatten(newText);
        if (before is null || after is null)
        {
            return null;
        }

        return before.Keys.Union(after.Keys, StringComparer.OrdinalIgnoreCase)
            .Where(k => !before.TryGetValue(k, out var o) || !after.TryGetValue(k, out var n) || o != n)
            .Order(StringComparer.OrdinalIgnoreCase)
            .ToList();
    }

    /// <summary>
    /// The keys that existed before and hold another value now, outside logging levels (<c>Logging:…</c>,
    /// <c>Serilog:MinimumLevel…</c>): the running application behaves differently without a build. Added and removed
    /// keys go with the code that reads them, which is judged where it changes.
    /// </summary>
    public static IReadOnlyList<string> ValueChanged(string? oldText, string? newText)
    {
        var before = Flatten(oldText);
        var after = Flatten(newText);
        if (before is null || after is null)
        {
            return Array.Empty<string>();
        }

        return before.Keys
            .Where(k => after.TryGetValue(k, out var n) && n != before[k] && !LoggingLevel().IsMatch(k))
            .Order(StringComparer.OrdinalIgnoreCase)
            .ToList();
    }

    /// <summary>Why a changed key is sensitive, or null: by its name's segments, or by a value that is a URL.</summary>
    public static string? SensitiveBecause(string key, string? oldText, string? newText, string? option)
    {
        var segments = key.Split(':');
        var values = new[] { Flatten(oldText), Flatten(newText) }.Select(d => d is not null && d.TryGetValue(key, out var v) ? v : null).ToList();
        foreach (var (why, regex) in Sensitive)
        {
            // An address key that is empty on both sides (a setting left for the deployment to fill) changes no address.
            if (segments.Any(s => regex.IsMatch(s)) && !(regex == Sensitive[^1].Segment && values.All(v => string.IsNullOrWhiteSpace(v) || v == "null")))
            {
                return why;
            }
        }

        if ((option ?? string.Empty).Split(new[] { ',', ';', ' ' }, StringSplitOptions.RemoveEmptyEntries).Any(p => new Glob(p.Trim()).IsMatch(key)))
        {
            return $"listed in {SensitiveKey}";
        }

        return values.Any(v => v is not null && UrlValue().IsMatch(v)) ? "the address of another service" : null;
    }

    /// <summary>Leaf values by <c>Section:Key</c> (array items by index); null when not a JSON object.</summary>
    private static Dictionary<string, string>? Flatten(string? text)
    {
        var result = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (string.IsNullOrWhiteSpace(text))
        {
            return result;
        }

        try
        {
            using var document = JsonDocument.Parse(text, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            Add(document.RootElement, string.Empty, result);
            return result;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static void Add(JsonElement element, string prefix, Dictionary<string, string> result)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var any = false;
                foreach (var property in element.EnumerateObject())
                {
                    any = true;
                    Add(property.Value, prefix.Length == 0 ? property.Name : prefix + ":" + property.Name, result);
                }

                if (!any && prefix.Length > 0)
                {
                    result[prefix] = "{}";
                }

                break;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    Add(item, prefix + ":" + index++, result);
                }

                if (index == 0)
                {
                    result[prefix] = "[]";
                }

                break;
            default:
                result[prefix] = element.ValueKind == JsonValueKind.String ? element.GetString()! : element.GetRawText();
                break;
        }
    }

    [GeneratedRegex(@"secret|password|passwd|^pwd$|token|api_?key|access_?key|private_?key|signing_?key|encryption_?key|client_?key|master_?key|credential|^sas$|salt|pepper|^key$", RegexOptions.IgnoreCase)]
    private static partial Regex SecretSegment();

    [GeneratedRegex(@"^connectionstrings?$|connection_?string|^dsn$", RegexOptions.IgnoreCase)]
    private static partial Regex ConnectionSegment();

    [GeneratedRegex(@"auth|jwt|bearer|oauth|openid|oidc|identity|saml|ldap|cookie|session|^sso$|polic(y|ies)$|^roles?$|permission|claim|client_?id|tenant_?id|login|sign_?in|mfa|two_?factor|lockout|antiforgery|csrf|xsrf|^issuer$|^audience$|^authority$", RegexOptions.IgnoreCase)]
    private static partial Regex AuthSegment();

    [GeneratedRegex(@"^tls|tls$|^ssl|ssl$|certificate|^certs?$|thumbprint|https|hsts|pfx|^pem$|encrypt|trustservercertificate|^cipher_?suites?$", RegexOptions.IgnoreCase)]
    private static partial Regex TlsSegment();

    [GeneratedRegex(@"cors|allowed_?origins|^origins$|allowed_?hosts|forwarded_?headers|known_?proxies|known_?networks", RegexOptions.IgnoreCase)]
    private static partial Regex CorsSegment();

    [GeneratedRegex(@"sensitive|^pii$|showpii|request_?body|response_?body|detailed_?errors|include_?exception_?details|log_?request|log_?response", RegexOptions.IgnoreCase)]
    private static partial Regex SensitiveLoggingSegment();

    [GeneratedRegex(@"url$|uri$|urls$|endpoints?$|^host(name)?$|^server$|base_?address|webhook|^domain$|callback", RegexOptions.IgnoreCase)]
    private static partial Regex AddressSegment();

    [GeneratedRegex(@"^(Logging|Serilog:MinimumLevel|NLog:MinLevel)(:|$)", RegexOptions.IgnoreCase)]
    private static partial Regex LoggingLevel();

    [GeneratedRegex(@"^[a-z][a-z0-9+.-]*://", RegexOptions.IgnoreCase)]
    private static partial Regex UrlValue();
}
