using System.Collections.Immutable;
using AutoMode.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis.Testing;

namespace AutoMode.Analyzers.Tests.Secrets;

/// <summary>
/// False positives of the secrets rules found by scanning real repositories (issue 14), each minimized, beside the
/// true case the rule must still catch: a column's sibling argument (jellyfin), the name of a request parameter
/// (bitwarden), a localized message named after a key (duplicati), process variables for a child process (jellyfin)
/// and the export of a key the code has just generated (bitwarden's seeder, duplicati's tests).
/// </summary>
public class SecretsRealCodeTests
{
    private static readonly ReferenceAssemblies WithEfCore =
        SecretsVerify.Packages.AddPackages(ImmutableArray.Create(new PackageIdentity("Microsoft.EntityFrameworkCore.Relational", "10.0.15")));

    private static readonly ReferenceAssemblies WithSqlite =
        SecretsVerify.Packages.AddPackages(ImmutableArray.Create(new PackageIdentity("Microsoft.Data.Sqlite.Core", "10.0.15")));

    private static readonly ReferenceAssemblies WithNUnit =
        SecretsVerify.Packages.AddPackages(ImmutableArray.Create(new PackageIdentity("NUnit", "4.4.0")));

    private static Task Verify(string source, params string[] ids) => SecretsVerify.VerifyOnlyAsync(source, ids);

    private static Task VerifyWith(ReferenceAssemblies references, string source, string[] ids)
        => SecretsVerify.VerifyOnlyAsync(references, source, ids);

    // ---- 1. AM3004: a sibling argument of a secret-named column is not its value (jellyfin RemoveEasyPassword migration) ----

    [Test]
    public Task AM3004_SchemaBesideASecretNamedColumn_IsNotItsValue_APairStillIs() => VerifyWith(WithEfCore, """
        using System.Collections.Generic;
        using Microsoft.EntityFrameworkCore.Migrations;
        class RemoveEasyPassword : Migration
        {
            protected override void Up(MigrationBuilder migrationBuilder)
            {
                migrationBuilder.DropColumn(name: "EasyPassword", schema: "jellyfin", table: "Users");
                migrationBuilder.AddColumn<string>(name: "EasyPassword", schema: "jellyfin", table: "Users", type: "TEXT", maxLength: 65535, nullable: true);
                // bitwarden: the table beside a column named as a key is not its value
                migrationBuilder.DropColumn(name: "ApiKey", table: "Organization");
                migrationBuilder.AddColumn<string>(name: "ContentEncryptionKey", table: "OrganizationReport", type: "longtext", nullable: false);
                migrationBuilder.AddColumn<string>("V2UpgradeToken", "OrganizationUser", "longtext", nullable: true);
            }

            void Seed(Dictionary<string, string> settings, List<KeyValuePair<string, string>> pairs)
            {
                settings.Add("EasyPassword", {|AM3004:"Undergrad-Police0-Maturely"|});
                pairs.Add(new KeyValuePair<string, string>("DbPassword", {|AM3004:"County-Secluded9-Reshuffle"|}));
            }
        }
        """, new[] { "AM3004" });

    // ---- 2. AM3004: an identifier naming a secret is a key name, not a secret (bitwarden SendAccessConstants) ----

    [Test]
    public Task AM3004_IdentifierNamingASecret_IsAKeyName_ARealValueStillIs() => Verify("""
        static class TokenRequest
        {
            public const string ClientB64HashedPassword = "password_hash_b64";
            public const string ClientSecret = "client_secret";
            public const string ApiKey = "api-key";
            public const string RefreshToken = "refreshTokenB64";
            public const string SendPassword = "send.password.hash";

            public const string AdminPassword = {|AM3004:"Undergrad-Police0-Maturely"|};
            public const string WebhookSecret = {|AM3004:"q8Zt2LmX9vB4nR7kW3pY"|};
            public const string ServicePassword = {|AM3004:"hunter_x9q2"|};

            // bitwarden's seeder: a keyboard sequence typed three times is a dummy, a password that merely repeats is not
            public const string DefaultPassword = "asdfasdfasdf";
            public const string RepeatedPassword = {|AM3004:"Kw9!Kw9!Kw9!"|};

            // duplicati's client usage example exports a backup with the pass phrase "random"
            static void Export(string id, string passPhrase) { }
            static void Run()
            {
                Export("1", "random");
                Export("2", {|AM3004:"Undergrad-Police0-Maturely"|});
            }
        }
        """, "AM3004");

    // ---- 3. AM3030: a localized message named after a key is text, not the key (duplicati Strings.Program) ----

    [Test]
    public Task AM3030_MessageResourceNamedAfterAKey_IsText_ASecretPropertyStillIs() => Verify("""
        using System;
        using System.Resources;
        static class LC { public static string L(string text) => text; }
        static class Strings
        {
            public static class Program
            {
                public static string SecretProviderFailedToSetEncryptionKey { get { return LC.L(@"Failed to set encryption key in secret provider"); } }
            }
        }
        class Resources
        {
            internal static ResourceManager ResourceManager { get; } = new ResourceManager("App.Resources", typeof(Resources).Assembly);
            internal static string InvalidApiKey => ResourceManager.GetString("InvalidApiKey")!;
        }
        class Messages
        {
            public string MissingAccessToken => "The access token is missing from the request";
        }
        class Settings
        {
            public static string EncryptionKey { get; set; } = "";
            public string ApiKey { get; set; } = "";
        }
        class Program
        {
            static void Run(Settings settings, Messages messages)
            {
                Console.WriteLine(Strings.Program.SecretProviderFailedToSetEncryptionKey);
                Console.WriteLine(Resources.InvalidApiKey);
                Console.WriteLine(messages.MissingAccessToken);
                {|AM3030:Console.WriteLine(Settings.EncryptionKey)|};
                {|AM3030:Console.WriteLine("key " + settings.ApiKey)|};
            }
        }
        """, "AM3030");

    // ---- 4. AM3020: a process variable that does not say secret is not a secret change (jellyfin EncodingHelper) ----

    [Test]
    public Task AM3026_ProcessVariablesThatAreNotSecrets_AM3020_SecretAndTrustVariables() => Verify("""
        using System;
        using Microsoft.Extensions.Configuration;
        class EncodingHelper
        {
            void Run(IConfiguration configuration, string token, string apiKey, string driver, string name, string previous, string path)
            {
                {|AM3026:Environment.SetEnvironmentVariable("LIBVA_DRIVER_NAME", "i965")|};
                {|AM3026:Environment.SetEnvironmentVariable("AMD_DEBUG", "noefc")|};
                {|AM3026:Environment.SetEnvironmentVariable("LIBVA_DRIVER_NAME_JELLYFIN", driver)|};
                {|AM3026:Environment.SetEnvironmentVariable(name, previous)|};

                {|AM3020:Environment.SetEnvironmentVariable("GITHUB_TOKEN", token)|};
                {|AM3020:Environment.SetEnvironmentVariable("DB_PASSWORD", "Undergrad-Police0-Maturely")|};
                // duplicati's service: clearing a secret it has read keeps child processes from inheriting it
                {|AM3026:Environment.SetEnvironmentVariable("DUPLICATI__INIT_PASSWORD", null)|};
                {|AM3026:Environment.SetEnvironmentVariable("API_TOKEN", "")|};
                {|AM3023:Environment.SetEnvironmentVariable("API_TOKEN", null, EnvironmentVariableTarget.User)|};
                {|AM3020:Environment.SetEnvironmentVariable("PLUGIN_SETTING", apiKey)|};
                {|AM3020:Environment.SetEnvironmentVariable(name, configuration["Smtp:Password"])|};
                {|AM3020:Environment.SetEnvironmentVariable("PATH", path)|};
                {|AM3020:Environment.SetEnvironmentVariable("LD_PRELOAD", "/tmp/hook.so")|};
                {|AM3023:Environment.SetEnvironmentVariable("LIBVA_DRIVER_NAME", "i965", EnvironmentVariableTarget.User)|};
            }
        }
        """, "AM3020", "AM3023", "AM3026");

    [Test]
    public Task AM3026_Message() => SecretsVerify.VerifyAsync(
        """
        using System;
        class EncodingHelper
        {
            void Run() => {|#0:Environment.SetEnvironmentVariable("LIBVA_DRIVER_NAME", "i965")|};
        }
        """,
        SecretsVerify.Diagnostic("AM3026").WithLocation(0).WithMessage(
            "'Environment.SetEnvironmentVariable' changes 'LIBVA_DRIVER_NAME' of this process; the name does not say secret, so it is recorded at Low for the gate only"));

    /// <summary>A test sets the variable it needs and restores the one it changed; machine-wide changes stay Critical in tests.</summary>
    [Test]
    public Task AM3026_InATestProject_ProcessVariablesAreTheTestsOwn_MachineStaysCritical() => VerifyWith(WithNUnit, """
        using System;
        using NUnit.Framework;
        public class DataFolderTests
        {
            private string? _saved;

            [SetUp]
            public void SetUp()
            {
                _saved = Environment.GetEnvironmentVariable("DUPLICATI_DATAFOLDER");
                {|AM3026:Environment.SetEnvironmentVariable("API_TOKEN", "fixture-token")|};
            }

            [TearDown]
            public void TearDown()
            {
                {|AM3026:Environment.SetEnvironmentVariable("DUPLICATI_DATAFOLDER", _saved)|};
                {|AM3023:Environment.SetEnvironmentVariable("DUPLICATI_DATAFOLDER", null, EnvironmentVariableTarget.Machine)|};
            }
        }
        """, new[] { "AM3020", "AM3023", "AM3026" });

    // ---- 5. AM3022: exporting a key generated in memory is not exporting a stored secret (bitwarden seeder) ----

    [Test]
    public Task AM3027_GeneratedKeyExports_AM3022_LoadedAndStoredKeys() => Verify("""
        using System;
        using System.IO;
        using System.Security.Cryptography;
        using System.Security.Cryptography.X509Certificates;
        class SshKeyDataGenerator
        {
            (string, string) Generate()
            {
                using var rsa = RSA.Create(2048);
                return (ExportPrivateKey(rsa), Convert.ToBase64String(rsa.ExportSubjectPublicKeyInfo()));
            }

            private static string ExportPrivateKey(RSA rsa) => Convert.ToBase64String({|AM3027:rsa.ExportRSAPrivateKey()|});

            byte[] UploadedCertificate()
            {
                using var rsa = RSA.Create(2048);
                var now = DateTimeOffset.UtcNow;
                var certificate = new CertificateRequest("CN=test", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1)
                    .CreateSelfSigned(now, now.AddDays(365));
                return {|AM3027:certificate.Export(X509ContentType.Pfx, "export")|};
            }

            string Fido()
            {
                using var ecdsa = ECDsa.Create(ECCurve.NamedCurves.nistP256);
                return Convert.ToBase64String({|AM3027:ecdsa.ExportPkcs8PrivateKey()|});
            }

            RSAParameters Legacy(int keySize)
            {
                var rsa = new RSACryptoServiceProvider();
                rsa.KeySize = keySize;
                return {|AM3027:rsa.ExportParameters(true)|};
            }

            byte[] SelfSigned()
            {
                using var key = RSA.Create(2048);
                var request = new CertificateRequest("CN=localhost", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
                using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow, DateTimeOffset.UtcNow.AddYears(1));
                return {|AM3027:certificate.Export(X509ContentType.Pfx)|};
            }

            string Loaded(string path)
            {
                using var rsa = RSA.Create();
                rsa.ImportFromPem(File.ReadAllText(path));
                return Convert.ToBase64String({|AM3022:rsa.ExportRSAPrivateKey()|});
            }

            byte[] FromParameters(RSAParameters parameters) => {|AM3022:RSA.Create(parameters).ExportPkcs8PrivateKey()|};

            byte[] FromCertificate(X509Certificate2 certificate) => {|AM3022:certificate.GetRSAPrivateKey()!.ExportPkcs8PrivateKey()|};

            public byte[] Export(RSA key) => {|AM3022:key.ExportPkcs8PrivateKey()|};

            // duplicati's certificate helpers: export and re-import to get a separate key instance, then wipe
            ECDsa Copy(X509Certificate2 certificate)
            {
                using var key = certificate.GetECDsaPrivateKey()!;
                var keyParams = {|AM3027:key.ExportECPrivateKey()|};
                try
                {
                    var newKey = ECDsa.Create();
                    newKey.ImportECPrivateKey(keyParams, out _);
                    return newKey;
                }
                finally
                {
                    CryptographicOperations.ZeroMemory(keyParams);
                }
            }

            RSA Clone(RSA source)
            {
                var clone = RSA.Create();
                clone.ImportParameters({|AM3027:source.ExportParameters(true)|});
                return clone;
            }

            string Leaked(X509Certificate2 certificate)
            {
                using var key = certificate.GetECDsaPrivateKey()!;
                var keyParams = {|AM3022:key.ExportECPrivateKey()|};
                var copy = ECDsa.Create();
                copy.ImportECPrivateKey(keyParams, out _);
                return Convert.ToBase64String(keyParams);
            }

            byte[] FromStore(string thumbprint)
            {
                using var store = new X509Store(StoreName.My, StoreLocation.CurrentUser);
                store.Open(OpenFlags.ReadOnly);
                var certificate = store.Certificates.Find(X509FindType.FindByThumbprint, thumbprint, false)[0];
                return {|AM3022:certificate.Export(X509ContentType.Pfx)|};
            }

            byte[] Backup(X509Certificate2 certificate) => ToPfx(certificate);

            private static byte[] ToPfx(X509Certificate2 certificate) => {|AM3022:certificate.Export(X509ContentType.Pfx)|};
        }
        """, "AM3022", "AM3027");

    // ---- 5b. AM3022 → AM3028: an export encrypted with a password the code does not hard-code (duplicati's certificate storage) ----

    [Test]
    public Task AM3028_ExportEncryptedWithAPasswordTheCodeDoesNotHardCode_AM3022_WithoutOrWithALiteralOne() => Verify("""
        using System;
        using System.Security.Cryptography;
        using System.Security.Cryptography.X509Certificates;
        public static class CertificateStorageHelper
        {
            // duplicati CertificateStorageHelper.SerializeCertificateWithKey: a PFX for storage, under the caller's password
            public static string Serialize(X509Certificate2 certificate, string password)
            {
                if (string.IsNullOrEmpty(password))
                    throw new ArgumentException("Password cannot be null or empty.", nameof(password));
                var pfxBytes = {|AM3028:certificate.Export(X509ContentType.Pfx, password)|};
                return Convert.ToBase64String(pfxBytes);
            }

            // duplicati ServerSettings: a random password stored beside the export
            public static string Store(X509Certificate2Collection value)
            {
                var password = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
                return Convert.ToBase64String({|AM3028:value.Export(X509ContentType.Pkcs12, password)|}!);
            }

            public static byte[] Encrypted(ECDsa key, string passphrase)
                => {|AM3028:key.ExportEncryptedPkcs8PrivateKey(passphrase, new PbeParameters(PbeEncryptionAlgorithm.Aes256Cbc, HashAlgorithmName.SHA256, 100_000))|};

            // The look-alikes that stay Critical: no password, an empty one, a literal one, one built from a literal.
            public static byte[] NoPassword(X509Certificate2 certificate) => {|AM3022:certificate.Export(X509ContentType.Pfx, (string?)null)|};

            public static byte[] Empty(X509Certificate2 certificate) => {|AM3022:certificate.Export(X509ContentType.Pfx, "")|};

            public static byte[] Literal(X509Certificate2 certificate)
            {
                var password = "changeit";
                return {|AM3022:certificate.Export(X509ContentType.Pfx, password)|};
            }

            public static byte[] Built(X509Certificate2 certificate, string user) => {|AM3022:certificate.Export(X509ContentType.Pfx, "pw-" + user)|};

            public static byte[] LiteralSpan(ECDsa key)
                => {|AM3022:key.ExportEncryptedPkcs8PrivateKey("changeit".AsSpan(), new PbeParameters(PbeEncryptionAlgorithm.Aes256Cbc, HashAlgorithmName.SHA256, 100_000))|};

            // Encrypted afterwards by the program's own code: the export itself is the plain key, the rule cannot tell.
            public static byte[] Plain(ECDsa key, string password) => {|AM3022:key.ExportPkcs8PrivateKey()|};

            // duplicati CertificateStorageHelper.EncryptPrivateKey: the plain export only goes, beside the caller's
            // password, into the call that encrypts it, and is wiped.
            public static string EncryptPrivateKey(ECDsa key, string password)
            {
                var pkcs8Bytes = {|AM3028:key.ExportPkcs8PrivateKey()|};
                try
                {
                    return Convert.ToBase64String(EncryptBytes(pkcs8Bytes, password));
                }
                finally
                {
                    CryptographicOperations.ZeroMemory(pkcs8Bytes);
                }
            }

            // The look-alikes that stay Critical: the plain bytes also go elsewhere, or the password beside them is a literal.
            public static string AlsoWritten(ECDsa key, string password, string path)
            {
                var pkcs8Bytes = {|AM3022:key.ExportPkcs8PrivateKey()|};
                System.IO.File.WriteAllBytes(path, pkcs8Bytes);
                return Convert.ToBase64String(EncryptBytes(pkcs8Bytes, password));
            }

            public static string LiteralBeside(ECDsa key)
            {
                var pkcs8Bytes = {|AM3022:key.ExportPkcs8PrivateKey()|};
                return Convert.ToBase64String(EncryptBytes(pkcs8Bytes, "changeit"));
            }

            private static byte[] EncryptBytes(byte[] data, string password) => data;
        }
        """, "AM3022", "AM3027", "AM3028");

    [Test]
    public Task AM3027_Message() => SecretsVerify.VerifyAsync(
        """
        using System.Security.Cryptography;
        class Seeder
        {
            byte[] Key()
            {
                using var rsa = RSA.Create(2048);
                return {|#0:rsa.ExportRSAPrivateKey()|};
            }
        }
        """,
        SecretsVerify.Diagnostic("AM3027").WithLocation(0).WithMessage(
            "'RSA.ExportRSAPrivateKey' exports a private key generated in memory by 'RSA.Create', so Medium rather than Critical: as far as the code shows, no stored key leaves its store. Check where the exported key goes: written to a file, a database or a log it can be copied."));

    /// <summary>duplicati's CertificateTests: a test compares a generated key with its decrypted copy.</summary>
    [Test]
    public Task AM3027_InATestProject_KeyExportsAreFixtures() => VerifyWith(WithNUnit, """
        using System.Security.Cryptography;
        using NUnit.Framework;
        public class CertificateTests
        {
            [Test]
            public void RoundTrips(RSA original, RSA decrypted)
            {
                var expected = {|AM3027:original.ExportParameters(true)|};
                var actual = {|AM3027:decrypted.ExportParameters(true)|};
                Assert.That(actual.Modulus, Is.EqualTo(expected.Modulus));
            }
        }
        """, new[] { "AM3022", "AM3027" });

    /// <summary>
    /// duplicati's SecretProviderSetSecretTests: an integration test deletes the <c>duplicati-az-{Guid}</c> secret it
    /// created, in a finally block. In a test project AM3021 is AM3029 (Medium); the same delete in an application stays Critical.
    /// </summary>
    [Test]
    public Task AM3029_InATestProject_AVaultSecretDeleteIsTheTestsCleanup() => VerifyWith(WithNUnit, """
        using System;
        using System.Threading.Tasks;
        using Azure.Security.KeyVault.Secrets;
        using NUnit.Framework;
        public class SecretProviderSetSecretTests
        {
            [Test]
            public async Task SetsAndOverwrites(SecretClient cleanupClient)
            {
                var createdSecretId = $"duplicati-az-{Guid.NewGuid():N}";
                try
                {
                    await Task.Yield();
                }
                finally
                {
                    var operation = await {|AM3029:cleanupClient.StartDeleteSecretAsync(createdSecretId)|};
                }
            }
        }
        """, new[] { "AM3021", "AM3029" });

    [Test]
    public Task AM3029_Message()
    {
        var test = Infrastructure.AnalyzerVerifier<AutoMode.Analyzers.Rules.Secrets.SecretsAnalyzer>.Create("""
            using System.Threading.Tasks;
            using Azure.Security.KeyVault.Secrets;
            public class Cleanup
            {
                [NUnit.Framework.Test]
                public async Task Run(SecretClient client) => await {|#0:client.StartDeleteSecretAsync("test-secret")|};
            }
            """, null);
        test.ReferenceAssemblies = WithNUnit;
        test.ExpectedDiagnostics.Add(SecretsVerify.Diagnostic("AM3029").WithLocation(0).WithMessage(
            "'SecretClient.StartDeleteSecretAsync' deletes the Key Vault secret 'test-secret' in a test project; a test usually removes the secret it created, but the analyzer cannot see that the name is the test's own. Give the test its own vault, or a generated secret name, so a wrong name cannot reach a shared secret."));
        return test.RunAsync();
    }

    // ---- 6. AM3025: a SQLite connection string names a local file, not where the program connects (jellyfin migrations) ----

    [Test]
    public Task AM3025_SqliteFileOrMemory_IsNotAConnectionChange_ANetworkDatabaseStillIs() => VerifyWith(WithSqlite, """
        using System.IO;
        using Microsoft.Data.Sqlite;
        using Microsoft.Data.SqlClient;
        class MigrateActivityLogDb
        {
            void Perform(string dataPath, string host)
            {
                var activityLogPath = Path.Combine(dataPath, "activitylog.db");
                using var connection = new SqliteConnection($"Filename={activityLogPath}");
                using var memory = new SqliteConnection("Data Source=:memory:");
                var builder = new SqliteConnectionStringBuilder();
                builder.ConnectionString = "Data Source=library.db;Mode=ReadOnly";
                using var encrypted = new SqliteConnection({|AM3002:"Data Source=vault.db;Password=Undergrad-Police0-Maturely"|});

                using var server = new SqlConnection({|AM3025:$"Server={host};Database=jellyfin;Integrated Security=true"|});
            }
        }
        """, new[] { "AM3002", "AM3025" });

    // ---- 7. AM3001: a JSON Web Token with jwt.io's sample claims, or expired, is a fixture, not a credential (Kavita's TokenServiceTests) ----

    // Split so that secret scanners do not flag this file; the analyzed source gets whole tokens.
    private const string Header = "ey" + "JhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9";
    private const string SampleUntil2200 = Header + ".ey" + "JzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyLCJleHAiOjcyNjg0ODYzOTl9.nZrN5USbUmMYDKwkPoMtEAhTeYTeaikgAeSzDPj5kZQ";
    private const string SampleExpired1990 = Header + ".ey" + "JzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyLCJleHAiOjYzMzgzMDM5OX0.KM_cUKSaCJL3ts0Qim3ZHUeJT7yf-wKoLdKb0rx0VbU";
    private const string AdminExpired2000 = Header + ".ey" + "JzdWIiOiI3Iiwicm9sZSI6ImFkbWluIiwiZXhwIjo5NDY2ODQ4MDB9.q3Zt8LmX9vB4nR7kW3pYc2Hd5Jf6Kg8Lh1Mj4Nk7Pq0";
    private const string LiveUntil2100 = Header + ".ey" + "JzdWIiOiI0MiIsIm5hbWUiOiJBZGEgTG92ZWxhY2UiLCJleHAiOjQxMDI0NDQ4MDB9.q3Zt8LmX9vB4nR7kW3pYc2Hd5Jf6Kg8Lh1Mj4Nk7Pq0";

    [Test]
    public Task AM3001_SampleOrExpiredJwt_IsAFixture_ALiveOneStillIsAToken() => VerifyWith(WithNUnit, $$"""
        using NUnit.Framework;
        public class TokenServiceTests
        {
            [Test]
            public void HasTokenExpired()
            {
                Assert.That(Expired("{{SampleExpired1990}}"), Is.True);
                Assert.That(Expired("{{SampleUntil2200}}"), Is.False);
                Assert.That(Expired("{{AdminExpired2000}}"), Is.True);
                Assert.That(Expired({|AM3001:"{{LiveUntil2100}}"|}), Is.False);
                Assert.That(Expired({|AM3001:"{{Fake.Jwt}}"|}), Is.False);
            }

            private static bool Expired(string token) => token.Length == 0;
        }
        """, new[] { "AM3001" });
}
