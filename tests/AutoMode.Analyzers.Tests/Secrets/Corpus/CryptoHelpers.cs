using System;
using System.IO;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Configuration;

namespace Shop.Security;

public static class LegacyCrypto
{
    private static readonly byte[] Key = Encoding.UTF8.GetBytes("8f2Kq9LmX4vB7nR1"); // secret
    private static readonly byte[] Iv = { 0x11, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77, 0x88, 0x99, 0xAA, 0xBB, 0xCC, 0xDD, 0xEE, 0xFF, 0x01 }; // secret
    private const string Salt = "shop-salt";

    public static byte[] Encrypt(string plainText)
    {
        using var aes = Aes.Create();
        aes.Key = Key;
        aes.IV = Iv;
        using var encryptor = aes.CreateEncryptor();
        var bytes = Encoding.UTF8.GetBytes(plainText);
        return encryptor.TransformFinalBlock(bytes, 0, bytes.Length);
    }

    public static byte[] DeriveKey(string password)
    {
        using var kdf = new Rfc2898DeriveBytes(password, Encoding.UTF8.GetBytes(Salt), 600_000, HashAlgorithmName.SHA256);
        return kdf.GetBytes(32);
    }
}

public sealed class WebhookSigner
{
    private readonly byte[] _key;

    public WebhookSigner(IConfiguration configuration)
        => _key = Convert.FromBase64String(configuration["Webhooks:SigningKey"] ?? throw new InvalidOperationException("Webhooks:SigningKey is missing"));

    public string Sign(string payload)
    {
        using var hmac = new HMACSHA256(_key);
        return Convert.ToHexString(hmac.ComputeHash(Encoding.UTF8.GetBytes(payload)));
    }

    public static string SignForTests(string payload)
    {
        var testKey = Convert.FromBase64String("dGVzdC1obWFjLWtleS1mb3ItdW5pdC10ZXN0cw=="); // secret
        return Convert.ToHexString(HMACSHA256.HashData(testKey, Encoding.UTF8.GetBytes(payload)));
    }
}

public static class Hashing
{
    public static string Sha256(string text) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    public static byte[] RandomKey() => RandomNumberGenerator.GetBytes(32);

    public static byte[] ZeroIv() => new byte[16];

    public const string HashAlgorithm = "SHA256";
    public const string EmptySha256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
}

public static class Certificates
{
    public const string TestRootThumbprint = "3B1EFD3A66EA28B16697394703A72CA340A05BD5";
    public const string PublicKeyPem = "-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gunVTLw7onLRnrq0\n-----END PUBLIC KEY-----";
    public const string DeployKey = "{{FAKE:PemPrivateKeyLiteral}}"; // secret

    public static string Load(string path) => File.ReadAllText(path);
}
