using System;
using System.Text;
using System.Text.RegularExpressions;

namespace AutoMode.Analyzers.Secrets;

/// <summary>
/// What a JSON Web Token's claims say about whether it is a live credential: jwt.io's sample payload
/// (<c>"sub": "1234567890", "name": "John Doe"</c>, whatever it is signed with) is an example, and a token whose
/// <c>exp</c> has passed cannot authenticate anyone. Test fixtures (Kavita's <c>TokenServiceTests</c>) are made of both.
/// </summary>
internal static class JwtClaims
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMilliseconds(100);
    private static readonly LazyRegex SampleSubject = new(@"""sub""\s*:\s*""1234567890""", RegexOptions.CultureInvariant, Timeout);
    private static readonly LazyRegex SampleName = new(@"""name""\s*:\s*""John Doe""", RegexOptions.CultureInvariant, Timeout);
    private static readonly LazyRegex Expiry = new(@"""exp""\s*:\s*(?<exp>[0-9]{1,12})\b", RegexOptions.CultureInvariant, Timeout);

    /// <summary>Whether <paramref name="token"/> (header.payload.signature) is jwt.io's sample or has expired.</summary>
    public static bool IsSampleOrExpired(string token)
    {
        var parts = token.Split('.');
        if (parts.Length < 2 || Decode(parts[1]) is not { } payload)
        {
            return false;
        }

        try
        {
            if (SampleSubject.Value.IsMatch(payload) && SampleName.Value.IsMatch(payload))
            {
                return true;
            }

            var expiry = Expiry.Value.Match(payload);
            return expiry.Success && long.TryParse(expiry.Groups["exp"].Value, out var seconds) &&
                   seconds < (DateTime.UtcNow - new DateTime(1970, 1, 1, 0, 0, 0, DateTimeKind.Utc)).TotalSeconds;
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    private static string? Decode(string base64Url)
    {
        var base64 = base64Url.Replace('-', '+').Replace('_', '/');
        base64 = base64.PadRight(base64.Length + ((4 - (base64.Length % 4)) % 4), '=');
        try
        {
            return Encoding.UTF8.GetString(Convert.FromBase64String(base64));
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
