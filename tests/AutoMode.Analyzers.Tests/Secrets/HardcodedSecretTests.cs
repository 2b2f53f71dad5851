namespace AutoMode.Analyzers.Tests.Secrets;

/// <summary>AM3001–AM3004: hard-coded secrets in literals, flagged and not flagged, in realistic code.</summary>
public class HardcodedSecretTests
{
    private static readonly string[] Hardcoded = { "AM3001", "AM3002", "AM3003", "AM3004" };

    private static Task Verify(string source, string? editorConfig = null) => SecretsVerify.VerifyOnlyAsync(source, Hardcoded, editorConfig);

    // ---- AM3001: known formats ----

    [Test]
    public Task AM3001_KnownFormats_InAnyVariable() => Verify($$"""
        class Deploy
        {
            const string Key = {|AM3001:"{{Fake.Aws}}"|};
            static readonly string Gh = {|AM3001:"{{Fake.GitHub}}"|};
            string Notify => {|AM3001:"{{Fake.SlackWebhook}}"|};
            void Run()
            {
                var data = {|AM3001:"{{Fake.Stripe}}"|};
                var url = {|AM3001:$"https://api.example.com/?key={{Fake.Google}}"|};
                Send({|AM3001:"{{Fake.SendGrid}}"|});
            }
            void Send(string body) { }
        }
        """);

    [Test]
    public Task AM3001_Message_MasksTheToken() => SecretsVerify.VerifyAsync(
        $$"""
        class C { string M() => "{{Fake.GitHub}}"; }
        """,
        SecretsVerify.Diagnostic("AM3001").WithSpan(1, 25, 1, 67)
            .WithMessage("This literal holds a GitHub token ('gh*_…'); once committed it is readable by everyone with the repository and its history. Revoke or rotate it, and read it at run time from configuration, an environment variable or a secret store instead."));

    [Test]
    public Task AM3001_PemKey_Verbatim_And_Utf8() => Verify($$"""
        class Keys
        {
            const string Pem = {|AM3001:@"{{Fake.PemPrivateKey}}"|};
            static System.ReadOnlySpan<byte> Jwt => {|AM3001:"{{Fake.Jwt}}"u8|};
        }
        """);

    [Test]
    public Task AM3001_AzureConnectionStrings() => Verify($$"""
        using System.Collections.Generic;
        class Startup
        {
            Dictionary<string, string?> Settings() => new()
            {
                ["ConnectionStrings:Blobs"] = {|AM3001:"{{Fake.StorageConnectionString}}"|},
                ["ConnectionStrings:Bus"] = {|AM3001:"{{Fake.ServiceBusConnectionString}}"|},
            };
        }
        """);

    [Test]
    public Task AM3001_NotFlagged_ExamplesPlaceholdersAndHeaders() => Verify("""
        class Docs
        {
            const string AwsDocs = "AKIAIOSFODNN7EXAMPLE";
            const string Azurite = "UseDevelopmentStorage=true";
            const string Emulator = "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;";
            const string PemHeader = "-----BEGIN PRIVATE KEY-----";
            const string Masked = "ghp_************************************";
            const string Prefix = "ghp_";
            const string SlackDocs = "https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX";
            // ghp_0123456789abcdefghijklmnopqrstuvwxyzAB in a comment is not code
            /// <summary>Use a token like AKIA... from the console.</summary>
            void M() { }
        }
        """);

    [Test]
    public Task AM3001_NotFlagged_LookAlikes() => Verify("""
        class LookAlikes
        {
            const string StripeDocsKey = "sk_test_4eC39HqLyjWDarjtT1zdp7dc";
            const string GooglePrefix = "AIza";
            const string SlackPrefix = "xoxb-";
            const string Certificate = "-----BEGIN CERTIFICATE-----\nMIIDdzCCAl+gAwIBAgIEAgAAuTANBgkqhkiG9w0BAQUFADBaMQswCQYDVQQGEwJJ\n-----END CERTIFICATE-----";
            const string Sha1 = "da39a3ee5e6b4b0d3255bfef95601890afd80709";
            const string Id = "3f2504e0-4f89-11d3-9a0c-0305e82c3301";
            const string Base64Png = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==";
            const string Route = "/api/v1/tokens/{id}";
            const string UnsignedJwtPrefix = "eyJhbGciOiJub25lIn0.";
            const string Regex = @"ghp_[A-Za-z0-9]{36}";
            const string Sas = "?sv=2022-11-02&ss=b&srt=o&sp=r&se=2030-01-01&sig=";
        }
        """);

    // ---- AM3002: connection strings and URIs ----

    [Test]
    public Task AM3002_ConnectionStringWithPassword() => Verify("""
        using Microsoft.EntityFrameworkCore.Infrastructure;
        class Db
        {
            const string Orders = {|AM3002:"Server=sql.internal;Database=orders;User Id=app;Password=K7#vq2!Lm9;"|};
            string Pg(string host) => {|AM3002:$"Host={host};Username=app;Password=Zq8!rT2wX;"|};
            string Concat = {|AM3002:"Server=db;" + "Uid=app;Pwd=Wq3$zX81;"|};
            System.Uri Bus = new System.Uri({|AM3002:"amqp://orders:N0tGuest-91@mq.internal:5672"|});
        }
        """.Replace("using Microsoft.EntityFrameworkCore.Infrastructure;\n", ""));

    [Test]
    public Task AM3002_NotFlagged_TrustedPlaceholdersAndDevDefaults() => Verify("""
        class Db
        {
            const string LocalDb = "Server=(localdb)\\mssqllocaldb;Database=Blogging;Trusted_Connection=True;";
            const string Template = "Server={0};Database={1};User Id={2};Password={3};";
            const string Compose = "Server=db;Database=app;User Id=sa;Password=${SA_PASSWORD};";
            const string Docs = "Server=localhost,1433;Database=app;User Id=sa;Password=yourStrong(!)Password;TrustServerCertificate=True";
            const string Empty = "Server=db;Database=app;User Id=sa;Password=;";
            const string Postgres = "Host=localhost;Username=postgres;Password=postgres";
            const string Rabbit = "amqp://guest:guest@localhost:5672";
            const string Label = "Password=";
            string FromParts(string password) => $"Server=db;User Id=app;Password={password};";
            string Url = "https://api.example.com/v1/items?page=2";
        }
        """);

    // ---- AM3003: credential APIs ----

    [Test]
    public Task AM3003_DirectArguments_AndProperties() => Verify("""
        using System.Net;
        using System.Security.Cryptography;
        using Microsoft.Data.SqlClient;
        class Clients
        {
            void Run()
            {
                var credential = new NetworkCredential("svc-backup", {|AM3003:"Wq3$zX81Lp"|}, "CORP");
                credential.Password = {|AM3003:"K7#vq2!Lm9"|};
                var builder = new SqlConnectionStringBuilder { DataSource = "sql", Password = {|AM3003:"Zq8!rT2wX"|} };
                builder["Pwd"] = {|AM3003:"Pq9!rT2wY"|};
                var uri = new System.UriBuilder("https://host") { Password = {|AM3003:"Mx5!uT7wZ"|} };
                using var kdf = new Rfc2898DeriveBytes({|AM3003:"b4ckup-Phr4se!"|}, new byte[16], 100_000, HashAlgorithmName.SHA256);
            }
        }
        """);

    [Test]
    public Task AM3003_FollowsLocalsFieldsAndEncodings() => Verify("""
        using System;
        using System.Net;
        using System.Security.Cryptography;
        using System.Text;
        using Microsoft.IdentityModel.Tokens;
        class Crypto
        {
            private const string Salt = "x";
            private static readonly string SigningMaterial = {|AM3003:"q8Zt2LmX9vB4nR7k"|};

            void Run()
            {
                string data = {|AM3003:"Wq3$zX81Lp"|};
                var credential = new NetworkCredential("user", data, "domain");

                var key = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(SigningMaterial));

                var hmacKey = Convert.FromBase64String({|AM3003:"c2VjcmV0LWhtYWMta2V5LTIwMjQ="|});
                using var hmac = new HMACSHA256(hmacKey);

                using var aes = Aes.Create();
                aes.Key = {|AM3003:new byte[] { 0x2b, 0x7e, 0x15, 0x16, 0x28, 0xae, 0xd2, 0xa6, 0xab, 0xf7, 0x15, 0x88, 0x09, 0xcf, 0x4f, 0x3c }|};
                aes.IV = new byte[16];
            }
        }
        """);

    [Test]
    public Task AM3003_AzureAwsAndAuthorizationHeaders() => Verify("""
        using System.Net.Http.Headers;
        using Azure;
        using Azure.Identity;
        using Azure.Storage;
        using Amazon.Runtime;
        class Cloud
        {
            void Run(string tenant, string client)
            {
                var credential = new ClientSecretCredential(tenant, client, {|AM3003:"p9R-xL2.mQ7_vT4kZ8wN"|});
                var shared = new StorageSharedKeyCredential("contosodata", {|AM3003:"bXlzdG9yYWdla2V5MTIzNDU2Nzg5MA=="|});
                var search = new AzureKeyCredential({|AM3003:"7f3a9c2e41b84d6f"|});
                var aws = new BasicAWSCredentials("AKIDEXAMPLEID", {|AM3003:"w9Lr2Tq8Zx4Vn7Bm3Kp6Hj1Yc5Fd0Sg"|});
                var header = new AuthenticationHeaderValue("Bearer", {|AM3003:"q8Zt2LmX9vB4nR7kW3pY"|});
            }
        }
        """);

    [Test]
    public Task AM3003_KeysDecodedFromLiterals_InFieldsAndLocals() => Verify("""
        using System;
        using System.Security.Cryptography;
        using Microsoft.IdentityModel.Tokens;
        public static class WebhookVerifier
        {
            private static readonly byte[] Key = Convert.FromBase64String({|AM3003:"q3Zt8VbN2xR7mW4pK9sL1dF6hJ0gY5cE3aT8uI2oP7w="|});
            private static readonly byte[] SigningKey = Convert.FromHexString({|AM3003:"8f3a2c9d4e1b7a6f5c0d9e8b7a6f5c4d"|});

            public static byte[] Sign(byte[] body)
            {
                using var hmac = new HMACSHA256(Key);
                return HMACSHA512.HashData(SigningKey, body);
            }

            public static void Ciphers(byte[] body)
            {
                var aeadKey = Convert.FromHexString({|AM3003:"00112233445566778899aabbccddeeff"|});
                using var gcm = new AesGcm(aeadKey, 16);
                using var aes = Aes.Create();
                aes.SetKey(Convert.FromBase64String({|AM3003:"Zm9vYmFyLXNlY3JldC1rZXktMTIzNA=="|}));
                using var incremental = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, Convert.FromBase64String({|AM3003:"cTNadDhWYk4yeFI3bVc0cEs5c0wxZEY2"|}));
                var jwt = new SymmetricSecurityKey(Convert.FromBase64String({|AM3003:"bXktand0LXNpZ25pbmcta2V5LWZvci10aGUtYXBp"|}));
            }
        }
        """);

    [Test]
    public Task AM3003_NotFlagged_DecodedKeysFromConfigurationRandomAndTestVectors() => Verify("""
        using System;
        using System.Security.Cryptography;
        using Microsoft.Extensions.Configuration;
        namespace Keys
        {
            public sealed class HMACSHA256 : IDisposable
            {
                public HMACSHA256(byte[] key) { }
                public void Dispose() { }
            }

            public sealed class Signer
            {
                private static readonly byte[] Zero = Convert.FromBase64String("AAAAAAAAAAAAAAAAAAAAAA==");
                private static readonly byte[] Ones = Convert.FromHexString("ffffffffffffffffffffffffffffffff");
                private readonly byte[] _fromConfiguration;
                private static readonly byte[] FromEnvironment = Convert.FromBase64String(Environment.GetEnvironmentVariable("SIGNING_KEY") ?? "");

                public Signer(IConfiguration configuration)
                    => _fromConfiguration = Convert.FromBase64String(configuration["Webhooks:SigningKey"]!);

                public void Run(byte[] body, string keyText)
                {
                    using var a = new System.Security.Cryptography.HMACSHA256(Zero);
                    using var b = new System.Security.Cryptography.HMACSHA256(Ones);
                    using var c = new System.Security.Cryptography.HMACSHA256(_fromConfiguration);
                    using var d = new System.Security.Cryptography.HMACSHA256(FromEnvironment);
                    using var e = new System.Security.Cryptography.HMACSHA256(RandomNumberGenerator.GetBytes(32));
                    using var f = new System.Security.Cryptography.HMACSHA256(Convert.FromHexString(keyText));
                    using var userType = new HMACSHA256(Convert.FromBase64String("q3Zt8VbN2xR7mW4pK9sL1dF6hJ0gY5cE3aT8uI2oP7w="));
                    using var gcm = new AesGcm(RandomNumberGenerator.GetBytes(32), 16);
                    var notAKey = Convert.FromBase64String("cTNadDhWYk4yeFI3bVc0cEs5c0wxZEY2");
                    var digest = SHA256.HashData(notAKey);
                }
            }
        }
        """);

    [Test]
    public Task AM3003_NotFlagged_ValuesFromConfigurationAndParameters() => Verify("""
        using System;
        using System.Net;
        using System.Net.Http.Headers;
        using System.Security.Cryptography;
        using System.Text;
        using Azure.Identity;
        using Microsoft.Extensions.Configuration;
        using Microsoft.IdentityModel.Tokens;
        class Clients
        {
            private readonly IConfiguration _configuration;
            private readonly string _secret;
            Clients(IConfiguration configuration, string secret) { _configuration = configuration; _secret = secret; }

            void Run(string password, byte[] key)
            {
                var a = new NetworkCredential("user", password);
                var b = new NetworkCredential("user", _configuration["Smtp:Password"]);
                var c = new NetworkCredential("user", Environment.GetEnvironmentVariable("SMTP_PASSWORD"));
                var d = new NetworkCredential("user", "");
                var e = new NetworkCredential("user", "changeme");
                var f = new NetworkCredential("anonymous", "anonymous@example.com");
                var g = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(_configuration["Jwt:Key"]!));
                var h = new ClientSecretCredential("tenant", "client", _secret);
                using var hmac = new HMACSHA256(key);
                using var zero = new HMACSHA256(new byte[32]);
                using var aes = Aes.Create();
                aes.IV = new byte[16];
                var basic = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{password}:{_secret}")));
                var credential = new NetworkCredential { UserName = "svc" };
                var templated = new NetworkCredential("user", "${SMTP_PASSWORD}");
                var placeholder = new Azure.AzureKeyCredential("<search-admin-key>");
                aes.Key = RandomNumberGenerator.GetBytes(32);
                using var fromParameter = new HMACSHA256(Encoding.UTF8.GetBytes(password));
                using var kdf = new Rfc2898DeriveBytes(password, RandomNumberGenerator.GetBytes(16), 600_000, HashAlgorithmName.SHA256);
                var bearer = new AuthenticationHeaderValue("Bearer", _secret);
            }
        }
        """);

    // ---- AM3004: secret-named variables ----

    [Test]
    public Task AM3004_SecretNames() => Verify("""
        using System.Collections.Generic;
        class Settings
        {
            private const string DbPassword = {|AM3004:"Pa55w0rd!2024"|};
            public string ApiKey { get; set; } = {|AM3004:"9f8e7d6c5b4a39281706f5e4d3c2b1a0"|};
            public string ClientSecret => {|AM3004:"3fJ9-kQ2_zX8.vB7~nM4pL6"|};

            void Connect(string user, string password = {|AM3004:"hunter2!x"|}) { }

            void Run()
            {
                var smtp_pwd = {|AM3004:"mailer-7731"|};
                Connect("admin", {|AM3004:"K7#vq2!Lm9"|});
                var headers = new Dictionary<string, string> { { "X-Api-Key", {|AM3004:"a81bc9d7e6f5a4b3c2d1e0f9a8b7c6d5"|} } };
                var payload = new { username = "svc", password = {|AM3004:"S3rv1ce!Acc0unt"|} };
                var jwt = new Dictionary<string, string?> { ["Jwt:Key"] = {|AM3004:"ThisIsMySuperSecretKeyForJwtTokens1234567890"|} };
            }
        }
        """);

    [Test]
    public Task AM3004_Message_NamesTheHolderNotTheValue() => SecretsVerify.VerifyAsync(
        """
        class C { const string DbPassword = "Pa55w0rd!2024"; }
        """,
        SecretsVerify.Diagnostic("AM3004").WithSpan(1, 37, 1, 52)
            .WithMessage("'DbPassword' is given a hard-coded password; once committed it is readable by everyone with the repository. Revoke or rotate it, and read it at run time from configuration, an environment variable or a secret store instead."));

    [Test]
    public Task AM3004_NotFlagged_NamesOfSecretsLabelsAndOptions() => Verify("""
        using System;
        using System.ComponentModel.DataAnnotations;
        public class SmtpOptions
        {
            public const string SectionName = "Smtp";
            public string Host { get; set; } = "localhost";
            public string Password { get; set; } = "";
            public string PasswordSecretName { get; set; } = "smtp-password";
            public string ApiKeyHeaderName { get; set; } = "X-Api-Key";
            public string TokenEndpoint { get; set; } = "https://login.example.com/oauth2/v2.0/token";
            public string TokenType { get; set; } = "Bearer";
            public int MinPasswordLength { get; set; } = 12;
        }

        class Labels
        {
            const string PasswordKey = "Smtp:Password";
            const string PasswordVariable = "SMTP_PASSWORD";
            const string ApiKeyName = "ApiKey";
            const string PasswordLabel = "Password";
            const string PasswordPrompt = "Enter your password:";
            const string PasswordRegex = "^(?=.*[A-Z])(?=.*\\d).{8,}$";
            const string ConnectionStringName = "DefaultConnection";
            const string UserSecretsId = "aspnet-WebApp-53bc9b9d-9d6a-45d4-8429-2a2761773502";
            const string ClientId = "7d3b1c2a-9e8f-4a6b-b5c4-d3e2f1a0b9c8";
            const string TenantId = "contoso.onmicrosoft.com";
            const string CertificateThumbprint = "A1B2C3D4E5F60718293A4B5C6D7E8F9012345678";
            const string PublicKey = "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gunVTLw7onLRnrq0";
            [Required(ErrorMessage = "The password is required")]
            public string? Password { get; set; }
            string password = "";
            string token = "abc";
            string secret = "<secret>";
            string apiKey = "your-api-key-here";
            string pwd = "********";

            void M(string password, System.Threading.CancellationToken cancellationToken)
            {
                if (password == "admin123") { }
                var x = nameof(Password);
                Console.WriteLine("Password changed");
                var message = $"Token expired at {DateTime.UtcNow}";
                switch (password) { case "reset": break; }
            }
        }
        """);

    // ---- options ----

    [Test]
    public Task Options_ExtraWordsAndFormats() => Verify(
        """
        class Mfa
        {
            const string MfaSeed = {|AM3004:"JBSWY3DPEHPK3PXP7Q"|};
            const string Acme = {|AM3001:"acme_q7w8e9r0t1y2u3i4o5p6a7s8"|};
        }
        """,
        "automode.secrets.extra_words = mfa_seed\nautomode.secrets.extra_formats = \\bacme_(?<secret>[a-z0-9]{24})\\b");

    [Test]
    public Task Options_AllowlistAndEntropy() => Verify(
        """
        class Fixture
        {
            const string DbPassword = "LocalDevP@ss1";
            const string Fixture1 = "Server=db;User Id=app;Password=LocalDevP@ss1;";
            const string SigningKey = "k8Orders#Signing2024";
        }
        """,
        "automode.secrets.allowed_values = LocalDevP@ss1\nautomode.secrets.entropy_threshold = 4.5");

    [Test]
    public async Task HalfTypedCode_StaysSilentAndDoesNotThrow()
    {
        var test = Infrastructure.AnalyzerVerifier<Rules.Secrets.SecretsAnalyzer>.Create("""
            using System.Net;
            using Microsoft.Extensions.Configuration;
            class C
            {
                string password = ;
                void M(IConfiguration configuration)
                {
                    var credential = new NetworkCredential("user", );
                    credential.Password = Missing.Value;
                    var x = configuration[;
                    System.Console.WriteLine(configuration["Smtp:Password"]
                }
            }
            """);
        test.ReferenceAssemblies = SecretsVerify.Packages;
        test.CompilerDiagnostics = Microsoft.CodeAnalysis.Testing.CompilerDiagnostics.None;
        // Only the complete read and the output it reaches are reported; nothing for the broken lines, and no AD0001.
        test.ExpectedDiagnostics.Add(new Microsoft.CodeAnalysis.Testing.DiagnosticResult("AM3030", Microsoft.CodeAnalysis.DiagnosticSeverity.Error).WithSpan(11, 9, 12, 1));
        test.ExpectedDiagnostics.Add(new Microsoft.CodeAnalysis.Testing.DiagnosticResult("AM3010", Microsoft.CodeAnalysis.DiagnosticSeverity.Info).WithSpan(11, 34, 11, 64));
        await test.RunAsync();
    }
}
