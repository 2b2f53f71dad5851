using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;

namespace AutoMode.Analyzers.Secrets;

/// <summary>
/// Tuning of <see cref="SecretDetector"/>, read from <c>.editorconfig</c> with <see cref="Read"/> by the analyzers (for a
/// C# file) and by the gate (for a configuration file), so a value gets the same verdict in both under the same options:
/// extra secret-name words, an extra format regex, the entropy threshold for secret-named values, and allowlisted values
/// and patterns.
/// </summary>
internal sealed class SecretDetectorOptions
{
    public const string ExtraWordsKey = "automode.secrets.extra_words";
    public const string ExtraFormatsKey = "automode.secrets.extra_formats";
    public const string EntropyThresholdKey = "automode.secrets.entropy_threshold";
    public const string AllowedValuesKey = "automode.secrets.allowed_values";
    public const string AllowedPatternsKey = "automode.secrets.allowed_patterns";

    /// <summary>Bits per character a value under a secret (not password) name needs to be taken for a secret.</summary>
    public const double DefaultEntropyThreshold = 3.0;

    private static readonly TimeSpan Timeout = TimeSpan.FromMilliseconds(200);
    private static readonly ConcurrentDictionary<string, SecretDetectorOptions> Cache = new();

    public static SecretDetectorOptions Default { get; } = new(ImmutableHashSet<string>.Empty, null, DefaultEntropyThreshold, ImmutableHashSet<string>.Empty, null);

    public SecretDetectorOptions(
        ImmutableHashSet<string> extraWords,
        Regex? extraFormat,
        double entropyThreshold,
        ImmutableHashSet<string> allowedValues,
        Regex? allowedPattern)
    {
        ExtraWords = extraWords;
        ExtraFormat = extraFormat;
        EntropyThreshold = entropyThreshold;
        AllowedValues = allowedValues;
        AllowedPattern = allowedPattern;
    }

    /// <summary>Additional secret terms, lowercase without separators (<c>pin</c>, <c>mfaseed</c>).</summary>
    public ImmutableHashSet<string> ExtraWords { get; }

    /// <summary>One regex of additional known formats (alternate several with <c>|</c>); a named group <c>secret</c> marks the secret part.</summary>
    public Regex? ExtraFormat { get; }

    public double EntropyThreshold { get; }

    public ImmutableHashSet<string> AllowedValues { get; }

    public Regex? AllowedPattern { get; }

    /// <summary>
    /// The options configured for one file: <paramref name="get"/> answers a key's value for that file (its
    /// <c>.editorconfig</c> sections, then the global configs), or null when the key is absent.
    /// </summary>
    public static SecretDetectorOptions Read(Func<string, string?> get)
        => Parse(get(ExtraWordsKey), get(ExtraFormatsKey), get(EntropyThresholdKey), get(AllowedValuesKey), get(AllowedPatternsKey));

    /// <summary>Options from raw settings (null or empty when absent); invalid regexes and numbers are ignored.</summary>
    public static SecretDetectorOptions Parse(string? extraWords, string? extraFormats, string? entropyThreshold, string? allowedValues, string? allowedPatterns)
    {
        if (string.IsNullOrWhiteSpace(extraWords) && string.IsNullOrWhiteSpace(extraFormats) && string.IsNullOrWhiteSpace(entropyThreshold) &&
            string.IsNullOrWhiteSpace(allowedValues) && string.IsNullOrWhiteSpace(allowedPatterns))
        {
            return Default;
        }

        var key = string.Join("\u0001", extraWords, extraFormats, entropyThreshold, allowedValues, allowedPatterns);
        return Cache.GetOrAdd(key, _ => new SecretDetectorOptions(
            List(extraWords).Select(w => string.Concat(SecretNames.Split(w))).Where(w => w.Length > 0).ToImmutableHashSet(StringComparer.Ordinal),
            TryRegex(extraFormats),
            double.TryParse(entropyThreshold?.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var threshold) && threshold >= 0 ? threshold : DefaultEntropyThreshold,
            List(allowedValues).ToImmutableHashSet(StringComparer.Ordinal),
            TryRegex(allowedPatterns)));
    }

    public bool IsAllowed(string value)
    {
        if (AllowedValues.Contains(value))
        {
            return true;
        }

        try
        {
            return AllowedPattern is not null && AllowedPattern.IsMatch(value);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    private static ImmutableArray<string> List(string? value)
        => string.IsNullOrWhiteSpace(value)
            ? ImmutableArray<string>.Empty
            : value!.Split(new[] { ',', ';' }, StringSplitOptions.RemoveEmptyEntries).Select(v => v.Trim()).Where(v => v.Length > 0).ToImmutableArray();

    private static Regex? TryRegex(string? pattern)
    {
        if (string.IsNullOrWhiteSpace(pattern))
        {
            return null;
        }

        try
        {
            return new Regex(pattern!.Trim(), RegexOptions.CultureInvariant, Timeout);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
