namespace AutoMode.Analyzers.Secrets;

/// <summary>Masks secrets for messages: never more than a short prefix, and nothing of a short value.</summary>
internal static class SecretMask
{
    public const string Hidden = "…";

    /// <summary>The first characters of a long value (at most 4, at most a quarter of it) followed by an ellipsis.</summary>
    public static string Mask(string value)
    {
        if (value.Length < 16)
        {
            return Hidden;
        }

        return value.Substring(0, 4) + Hidden;
    }

    /// <summary>A fixed, public prefix of a known format (<c>ghp_</c>, <c>AKIA</c>), which says nothing secret.</summary>
    public static string WithPrefix(string prefix) => prefix.Length == 0 ? Hidden : prefix + Hidden;
}
