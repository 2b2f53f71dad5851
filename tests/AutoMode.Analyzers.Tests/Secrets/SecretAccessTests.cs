using Microsoft.CodeAnalysis.Testing;

namespace AutoMode.Analyzers.Tests.Secrets;

/// <summary>AM3010/AM3011 reads, AM3020–AM3027 changes, deletions, exports, certificate stores and connection strings.</summary>
public class SecretAccessTests
{
    private static readonly string[] Access = { "AM3010", "AM3011", "AM3020", "AM3021", "AM3022", "AM3023", "AM3024", "AM3025", "AM3026", "AM3027" };

    private static Task Verify(string source) => SecretsVerify.VerifyOnlyAsync(source, Access);

    private static Task VerifyWithCloud(string source, string cloud)
    {
        var test = Infrastructure.AnalyzerVerifier<Rules.Secrets.SecretsAnalyzer>.Create(source);
        test.ReferenceAssemblies = SecretsVerify.Packages;
        test.TestState.Sources.Add(("CloudApis.cs", "#nullable disable\n" + cloud));
        foreach (var id in new[] { "AM3001", "AM3002", "AM3003", "AM3004", "AM3011", "AM3025", "AM3030" })
        {
            test.DisabledDiagnostics.Add(id);
        }

        return test.RunAsync();
    }

    // ---- AM3010 / AM3011: reads ----

    [Test]
    public Task Reads_Environment() => Verify("""
        using System;
        class Startup
        {
            void Run(string name)
            {
                var password = {|AM3010:Environment.GetEnvironmentVariable("DB_PASSWORD")|};
                var key = {|AM3010:Environment.GetEnvironmentVariable("OPENAI_API_KEY")|};
                var all = {|AM3010:Environment.GetEnvironmentVariables()|};
                var env = {|AM3011:Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT")|};
                var cwd = {|AM3011:Environment.GetEnvironmentVariable("PWD")|};
                var any = {|AM3011:Environment.GetEnvironmentVariable(name)|};
                var machine = Environment.MachineName;
            }
        }
        """);

    [Test]
    public Task Reads_Configuration() => Verify("""
        using Microsoft.Extensions.Configuration;
        class Startup
        {
            void Run(IConfiguration configuration)
            {
                var cs = {|AM3010:configuration.GetConnectionString("Orders")|};
                var password = {|AM3010:configuration["Smtp:Password"]|};
                var jwt = {|AM3010:configuration.GetSection("Jwt")["Key"]|};
                var secret = {|AM3010:configuration.GetSection("AzureAd:ClientSecret").Value|};
                var apiKey = {|AM3010:configuration.GetValue<string>("Stripe:ApiKey")|};
                var nested = {|AM3010:configuration["ConnectionStrings:Default"]|};
                var level = {|AM3011:configuration["Logging:LogLevel:Default"]|};
                var host = {|AM3011:configuration.GetValue<string>("Smtp:Host")|};
                var port = {|AM3011:configuration.GetSection("Smtp:Port").Value|};
                var section = configuration.GetSection("Smtp");
                configuration["Feature:Enabled"] = "true";
            }
        }
        """);

    [Test]
    public Task Reads_ConfigurationManager() => Verify("""
        using System.Configuration;
        class Legacy
        {
            void Run()
            {
                var key = {|AM3010:ConfigurationManager.AppSettings["PaymentApiKey"]|};
                var theme = {|AM3011:ConfigurationManager.AppSettings["Theme"]|};
                var cs = {|AM3010:ConfigurationManager.ConnectionStrings["Orders"]|}.ConnectionString;
            }
        }
        """);

    [Test]
    public Task Reads_KeyVault_DataProtection_PrivateKeys() => Verify("""
        using System.Security.Cryptography;
        using System.Security.Cryptography.X509Certificates;
        using System.Threading.Tasks;
        using Azure.Security.KeyVault.Secrets;
        using Microsoft.AspNetCore.DataProtection;
        class Vault
        {
            async Task Run(SecretClient client, IDataProtector protector, X509Certificate2 certificate, byte[] blob)
            {
                var secret = await {|AM3010:client.GetSecretAsync("orders-db-password")|};
                var sync = {|AM3010:client.GetSecret("orders-db-password")|};
                var text = {|AM3010:protector.Unprotect("CfDJ8...")|};
                var bytes = {|AM3010:protector.Unprotect(blob)|};
                var dpapi = {|AM3010:ProtectedData.Unprotect(blob, null, DataProtectionScope.CurrentUser)|};
                using var rsa = {|AM3010:certificate.GetRSAPrivateKey()|};
                using var ecdsa = {|AM3010:certificate.GetECDsaPrivateKey()|};
                var publicKey = certificate.GetRSAPublicKey();
                var thumbprint = certificate.Thumbprint;
                await foreach (var properties in client.GetPropertiesOfSecretsAsync()) { }
            }
        }
        """);

    // ---- AM3020–AM3023: changes, deletions, exports ----

    [Test]
    public Task Environment_Changes() => Verify("""
        using System;
        class Setup
        {
            void Run(EnvironmentVariableTarget target)
            {
                // A process variable whose name does not say secret is AM3026 (Low); see SecretsRealCodeTests.
                {|AM3026:Environment.SetEnvironmentVariable("FEATURE_X", "on")|};
                {|AM3026:Environment.SetEnvironmentVariable("FEATURE_X", null, EnvironmentVariableTarget.Process)|};
                {|AM3020:Environment.SetEnvironmentVariable("FEATURE_X_TOKEN", "on")|};
                {|AM3020:Environment.SetEnvironmentVariable("FEATURE_X_TOKEN", "on", EnvironmentVariableTarget.Process)|};
                {|AM3023:Environment.SetEnvironmentVariable("PATH", "/opt/tool", EnvironmentVariableTarget.Machine)|};
                {|AM3023:Environment.SetEnvironmentVariable("API_TOKEN", null, EnvironmentVariableTarget.User)|};
                {|AM3023:Environment.SetEnvironmentVariable("X", "1", target)|};
            }
        }
        """);

    [Test]
    public Task KeyVault_ChangesAndDeletions() => Verify("""
        using System.Threading.Tasks;
        using Azure.Security.KeyVault.Secrets;
        class Rotation
        {
            async Task Run(SecretClient client, string value, byte[] backup)
            {
                await {|AM3020:client.SetSecretAsync("orders-db-password", value)|};
                {|AM3020:client.UpdateSecretProperties(new SecretProperties("orders-db-password") { Enabled = false })|};
                await {|AM3020:client.RestoreSecretBackupAsync(backup)|};
                var operation = await {|AM3021:client.StartDeleteSecretAsync("orders-db-password")|};
                await {|AM3021:client.PurgeDeletedSecretAsync("orders-db-password")|};
                var copy = {|AM3022:client.BackupSecret("orders-db-password")|};
            }
        }
        """);

    [Test]
    public Task PrivateKeyExports() => Verify("""
        using System.Security.Cryptography;
        using System.Security.Cryptography.X509Certificates;
        class Keys
        {
            void Run(RSA rsa, ECDsa ecdsa, X509Certificate2 certificate, X509Certificate2Collection chain, bool includePrivate)
            {
                var a = {|AM3022:rsa.ExportPkcs8PrivateKey()|};
                var b = {|AM3022:rsa.ExportRSAPrivateKeyPem()|};
                var c = {|AM3022:ecdsa.ExportECPrivateKey()|};
                var d = {|AM3022:rsa.ExportParameters(true)|};
                var e = {|AM3022:rsa.ExportParameters(includePrivate)|};
                var f = {|AM3022:rsa.ToXmlString(true)|};
                var g = {|AM3022:certificate.Export(X509ContentType.Pfx, "export-password")|};
                var h = {|AM3022:chain.Export(X509ContentType.Pkcs12)|};
                var safe1 = rsa.ExportParameters(false);
                var safe2 = rsa.ExportSubjectPublicKeyInfo();
                var safe3 = rsa.ToXmlString(false);
                var safe4 = certificate.Export(X509ContentType.Cert);
                var safe5 = certificate.ExportCertificatePem();
            }
        }
        """);

    [Test]
    public Task CertificateStores() => Verify("""
        using System.Security.Cryptography.X509Certificates;
        class Trust
        {
            void Run(X509Certificate2 certificate, X509Certificate2Collection certificates)
            {
                using var store = new X509Store(StoreName.Root, StoreLocation.LocalMachine);
                store.Open(OpenFlags.ReadWrite);
                {|AM3024:store.Add(certificate)|};
                {|AM3024:store.RemoveRange(certificates)|};
                var found = store.Certificates.Find(X509FindType.FindByThumbprint, "A1B2", validOnly: true);
            }
        }
        """);

    [Test]
    public Task ConnectionStringsInCode() => Verify("""
        using Microsoft.Data.SqlClient;
        using Microsoft.Extensions.Configuration;
        class Data
        {
            void Run(IConfiguration configuration, string host, string fromCaller)
            {
                using var a = new SqlConnection();
                a.ConnectionString = {|AM3025:"Server=sql-prod;Database=orders;Integrated Security=true"|};
                using var b = new SqlConnection({|AM3025:$"Server={host};Database=orders;Integrated Security=true"|});
                using var c = new SqlConnection({|AM3010:configuration.GetConnectionString("Orders")|});
                using var d = new SqlConnection(fromCaller);
                a.ConnectionString = {|AM3010:configuration["ConnectionStrings:Orders"]|};
            }
        }
        """);

    // ---- AWS Secrets Manager and Google Secret Manager (declared API surface, see CloudSecretManagerApis) ----

    [Test]
    public Task Aws_SecretsManager() => VerifyWithCloud("""
        using System.Threading.Tasks;
        using Amazon.SecretsManager;
        using Amazon.SecretsManager.Model;
        class AwsSecrets
        {
            async Task Run(IAmazonSecretsManager client, AmazonSecretsManagerClient concrete)
            {
                var value = await {|AM3010:client.GetSecretValueAsync(new GetSecretValueRequest { SecretId = "prod/orders/db" })|};
                var again = await {|AM3010:concrete.GetSecretValueAsync(new GetSecretValueRequest { SecretId = "prod/orders/db" })|};
                await {|AM3020:client.PutSecretValueAsync(new PutSecretValueRequest { SecretId = "prod/orders/db", SecretString = value.SecretString })|};
                await {|AM3020:client.RotateSecretAsync(new RotateSecretRequest { SecretId = "prod/orders/db" })|};
                await {|AM3021:client.DeleteSecretAsync(new DeleteSecretRequest { SecretId = "prod/orders/db", ForceDeleteWithoutRecovery = true })|};
            }
        }
        """, CloudSecretManagerApis.Aws);

    [Test]
    public Task Gcp_SecretManager() => VerifyWithCloud("""
        using Google.Cloud.SecretManager.V1;
        class GcpSecrets
        {
            void Run(SecretManagerServiceClient client)
            {
                var version = SecretVersionName.FromProjectSecretSecretVersion("shop", "db-password", "latest");
                var response = {|AM3010:client.AccessSecretVersion(version)|};
                {|AM3020:client.AddSecretVersion(SecretName.FromProjectSecret("shop", "db-password"), new SecretPayload())|};
                {|AM3021:client.DestroySecretVersion(version)|};
                {|AM3021:client.DeleteSecret(SecretName.FromProjectSecret("shop", "db-password"))|};
            }
        }
        """, CloudSecretManagerApis.Gcp);

    [Test]
    public Task NotFlagged_LookAlikes() => Verify("""
        using System.Collections.Generic;
        class SecretStore
        {
            public string GetSecret(string name) => name;
            public void SetSecret(string name, string value) { }
            public void DeleteSecret(string name) { }
            public string GetEnvironmentVariable(string name) => name;
        }
        class Environment { public static void SetEnvironmentVariable(string a, string b) { } }
        class App
        {
            void Run(SecretStore store, Dictionary<string, string> settings)
            {
                store.GetSecret("db-password");
                store.SetSecret("db-password", "x");
                store.DeleteSecret("db-password");
                Environment.SetEnvironmentVariable("A", "B");
                var p = settings["Password"];
            }
        }
        """);

    [Test]
    public Task NotFlagged_OtherMembersOfTheSameTypes() => Verify("""
        using System;
        using System.Security.Cryptography;
        using System.Security.Cryptography.X509Certificates;
        using Azure.Identity;
        using Azure.Security.KeyVault.Secrets;
        using Microsoft.Extensions.Configuration;
        class Ordinary
        {
            void Run(IConfiguration configuration, RSA rsa, X509Certificate2 certificate, byte[] pkcs8, Uri vault)
            {
                var children = configuration.GetChildren();
                var section = configuration.GetSection("Smtp");
                var exists = section.Exists();
                var path = section.Path;
                var args = Environment.GetCommandLineArgs();
                var cores = Environment.ProcessorCount;
                var user = Environment.UserName;
                var hasKey = certificate.HasPrivateKey;
                var publicKey = certificate.GetPublicKey();
                var rsaPublic = certificate.GetRSAPublicKey();
                rsa.ImportPkcs8PrivateKey(pkcs8, out _);
                var spki = rsa.ExportRSAPublicKey();
                var pem = rsa.ExportSubjectPublicKeyInfoPem();
                using var store = new X509Store(StoreName.My, StoreLocation.CurrentUser);
                store.Open(OpenFlags.ReadOnly);
                var all = store.Certificates;
                store.Close();
                var client = new SecretClient(vault, new DefaultAzureCredential());
                var versions = client.GetPropertiesOfSecretVersions("orders-db-password");
                var name = nameof(Environment.GetEnvironmentVariable);
            }
        }
        """);

    [Test]
    public Task NotFlagged_ChildProcessEnvironmentReadsOfConnectionStringsAndPublicExports() => Verify("""
        using System.Diagnostics;
        using System.Security.Cryptography;
        using System.Security.Cryptography.X509Certificates;
        using Microsoft.Data.SqlClient;
        class Ordinary
        {
            void Run(SqlConnection connection, SqlConnectionStringBuilder builder, X509Certificate2Collection chain, ECDsa ecdsa, string fromCaller)
            {
                var startInfo = new ProcessStartInfo("dotnet", "build");
                startInfo.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
                startInfo.EnvironmentVariables.Add("CI", "true");
                var current = connection.ConnectionString;
                var built = builder.ConnectionString;
                var database = builder.InitialCatalog;
                builder.InitialCatalog = "orders";
                builder.ApplicationName = "shop";
                connection.ConnectionString = fromCaller;
                var certificates = chain.Export(X509ContentType.Cert);
                var parameters = ecdsa.ExportParameters(false);
                var publicPem = ecdsa.ExportSubjectPublicKeyInfoPem();
            }
        }
        """);
}
