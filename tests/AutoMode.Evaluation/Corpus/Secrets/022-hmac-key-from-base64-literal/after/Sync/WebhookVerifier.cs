using System.Security.Cryptography;
using System.Text;

namespace Contoso.Sync.Sync;

public static class WebhookVerifier
{
    private static readonly byte[] Key = Convert.FromBase64String("q3Zt8VbN2xR7mW4pK9sL1dF6hJ0gY5cE3aT8uI2oP7w=");

    public static bool IsValid(string body, string signatureHex)
    {
        using var hmac = new HMACSHA256(Key);
        var expected = Convert.ToHexString(hmac.ComputeHash(Encoding.UTF8.GetBytes(body)));
        return CryptographicOperations.FixedTimeEquals(
            Encoding.ASCII.GetBytes(expected),
            Encoding.ASCII.GetBytes(signatureHex.ToUpperInvariant()));
    }
}
