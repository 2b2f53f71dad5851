using System.Linq;
using Microsoft.CodeAnalysis;

namespace AutoMode.Analyzers.Rules.Secrets;

/// <summary>
/// The types the secrets rules match, resolved once per compilation. SDK types (Azure, AWS, GCP, ASP.NET Core,
/// Serilog) are null when the project does not reference them, and the rules that need them then cost nothing.
/// </summary>
internal sealed class SecretsSymbols
{
    private SecretsSymbols(WellKnownTypes t, INamedTypeSymbol environment)
    {
        Environment = environment;
        String = t.Get("System.String");
        Encoding = t.Get("System.Text.Encoding");
        Convert = t.Get("System.Convert");
        EnvironmentVariableTarget = t.Get("System.EnvironmentVariableTarget");

        // Credential sinks.
        NetworkCredential = t.Get("System.Net.NetworkCredential");
        UriBuilder = t.Get("System.UriBuilder");
        DbConnectionStringBuilder = t.Get("System.Data.Common.DbConnectionStringBuilder");
        DbConnection = t.Get("System.Data.Common.DbConnection");
        SqlCredential = t.Get("Microsoft.Data.SqlClient.SqlCredential");
        PasswordDeriveBytes = t.Get("System.Security.Cryptography.PasswordDeriveBytes");
        Rfc2898DeriveBytes = t.Get("System.Security.Cryptography.Rfc2898DeriveBytes");
        SymmetricAlgorithm = t.Get("System.Security.Cryptography.SymmetricAlgorithm");
        KeyedHashAlgorithm = t.Get("System.Security.Cryptography.KeyedHashAlgorithm");
        Hmac = t.Get("System.Security.Cryptography.HMAC");
        AeadCiphers = new[]
        {
            t.Get("System.Security.Cryptography.AesGcm"),
            t.Get("System.Security.Cryptography.AesCcm"),
            t.Get("System.Security.Cryptography.ChaCha20Poly1305"),
        }.Where(x => x is not null).Cast<INamedTypeSymbol>().ToArray();
        IncrementalHash = t.Get("System.Security.Cryptography.IncrementalHash");
        SymmetricSecurityKey = t.Get("Microsoft.IdentityModel.Tokens.SymmetricSecurityKey");
        ClientSecretCredential = t.Get("Azure.Identity.ClientSecretCredential");
        UsernamePasswordCredential = t.Get("Azure.Identity.UsernamePasswordCredential");
        StorageSharedKeyCredential = t.Get("Azure.Storage.StorageSharedKeyCredential");
        AzureKeyCredential = t.Get("Azure.AzureKeyCredential");
        AzureNamedKeyCredential = t.Get("Azure.AzureNamedKeyCredential");
        AzureSasCredential = t.Get("Azure.AzureSasCredential");
        BasicAwsCredentials = t.Get("Amazon.Runtime.BasicAWSCredentials");
        SessionAwsCredentials = t.Get("Amazon.Runtime.SessionAWSCredentials");
        AuthenticationHeaderValue = t.Get("System.Net.Http.Headers.AuthenticationHeaderValue");

        // Reads.
        Configuration = t.Get("Microsoft.Extensions.Configuration.IConfiguration");
        ConfigurationExtensions = t.Get("Microsoft.Extensions.Configuration.ConfigurationExtensions");
        ConfigurationBinder = t.Get("Microsoft.Extensions.Configuration.ConfigurationBinder");
        ConfigurationManager = t.Get("System.Configuration.ConfigurationManager");
        SecretClient = t.Get("Azure.Security.KeyVault.Secrets.SecretClient");
        AwsSecretsManager = t.Get("Amazon.SecretsManager.IAmazonSecretsManager");
        GcpSecretManagerClient = t.Get("Google.Cloud.SecretManager.V1.SecretManagerServiceClient");
        DataProtector = t.Get("Microsoft.AspNetCore.DataProtection.IDataProtector");
        DataProtectionExtensions = t.Get("Microsoft.AspNetCore.DataProtection.DataProtectionCommonExtensions");
        ProtectedData = t.Get("System.Security.Cryptography.ProtectedData");
        X509Certificate = t.Get("System.Security.Cryptography.X509Certificates.X509Certificate");
        X509Certificate2 = t.Get("System.Security.Cryptography.X509Certificates.X509Certificate2");
        X509Certificate2Collection = t.Get("System.Security.Cryptography.X509Certificates.X509Certificate2Collection");
        X509Store = t.Get("System.Security.Cryptography.X509Certificates.X509Store");
        CertificateRequest = t.Get("System.Security.Cryptography.X509Certificates.CertificateRequest");
        PrivateKeyExtensionTypes = new[]
        {
            t.Get("System.Security.Cryptography.X509Certificates.RSACertificateExtensions"),
            t.Get("System.Security.Cryptography.X509Certificates.ECDsaCertificateExtensions"),
            t.Get("System.Security.Cryptography.X509Certificates.DSACertificateExtensions"),
            t.Get("System.Security.Cryptography.X509Certificates.ECDiffieHellmanCertificateExtensions"),
        }.Where(x => x is not null).Cast<INamedTypeSymbol>().ToArray();

        // Writes.
        AsymmetricAlgorithm = t.Get("System.Security.Cryptography.AsymmetricAlgorithm");

        // Output.
        Console = t.Get("System.Console");
        TextWriter = t.Get("System.IO.TextWriter");
        Debug = t.Get("System.Diagnostics.Debug");
        Trace = t.Get("System.Diagnostics.Trace");
        LoggerExtensions = t.Get("Microsoft.Extensions.Logging.LoggerExtensions");
        Logger = t.Get("Microsoft.Extensions.Logging.ILogger");
        SerilogLog = t.Get("Serilog.Log");
        SerilogLogger = t.Get("Serilog.ILogger");
        Exception = t.Get("System.Exception");
        HttpResponseWritingExtensions = t.Get("Microsoft.AspNetCore.Http.HttpResponseWritingExtensions");
    }

    // Fields, not properties: each getter would be one more method to JIT-compile in every build without the compiler server.
    public readonly INamedTypeSymbol Environment;
    public readonly INamedTypeSymbol? String;
    public readonly INamedTypeSymbol? Encoding;
    public readonly INamedTypeSymbol? Convert;
    public readonly INamedTypeSymbol? EnvironmentVariableTarget;
    public readonly INamedTypeSymbol? NetworkCredential;
    public readonly INamedTypeSymbol? UriBuilder;
    public readonly INamedTypeSymbol? DbConnectionStringBuilder;
    public readonly INamedTypeSymbol? DbConnection;
    public readonly INamedTypeSymbol? SqlCredential;
    public readonly INamedTypeSymbol? PasswordDeriveBytes;
    public readonly INamedTypeSymbol? Rfc2898DeriveBytes;
    public readonly INamedTypeSymbol? SymmetricAlgorithm;
    public readonly INamedTypeSymbol? KeyedHashAlgorithm;
    public readonly INamedTypeSymbol? Hmac;

    /// <summary>AesGcm, AesCcm, ChaCha20Poly1305: authenticated ciphers whose constructor takes the key.</summary>
    public readonly INamedTypeSymbol[] AeadCiphers;
    public readonly INamedTypeSymbol? IncrementalHash;
    public readonly INamedTypeSymbol? SymmetricSecurityKey;
    public readonly INamedTypeSymbol? ClientSecretCredential;
    public readonly INamedTypeSymbol? UsernamePasswordCredential;
    public readonly INamedTypeSymbol? StorageSharedKeyCredential;
    public readonly INamedTypeSymbol? AzureKeyCredential;
    public readonly INamedTypeSymbol? AzureNamedKeyCredential;
    public readonly INamedTypeSymbol? AzureSasCredential;
    public readonly INamedTypeSymbol? BasicAwsCredentials;
    public readonly INamedTypeSymbol? SessionAwsCredentials;
    public readonly INamedTypeSymbol? AuthenticationHeaderValue;
    public readonly INamedTypeSymbol? Configuration;
    public readonly INamedTypeSymbol? ConfigurationExtensions;
    public readonly INamedTypeSymbol? ConfigurationBinder;
    public readonly INamedTypeSymbol? ConfigurationManager;
    public readonly INamedTypeSymbol? SecretClient;
    public readonly INamedTypeSymbol? AwsSecretsManager;
    public readonly INamedTypeSymbol? GcpSecretManagerClient;
    public readonly INamedTypeSymbol? DataProtector;
    public readonly INamedTypeSymbol? DataProtectionExtensions;
    public readonly INamedTypeSymbol? ProtectedData;
    public readonly INamedTypeSymbol? X509Certificate;
    public readonly INamedTypeSymbol? X509Certificate2;
    public readonly INamedTypeSymbol? X509Certificate2Collection;
    public readonly INamedTypeSymbol? X509Store;
    public readonly INamedTypeSymbol? CertificateRequest;
    public readonly INamedTypeSymbol[] PrivateKeyExtensionTypes;
    public readonly INamedTypeSymbol? AsymmetricAlgorithm;
    public readonly INamedTypeSymbol? Console;
    public readonly INamedTypeSymbol? TextWriter;
    public readonly INamedTypeSymbol? Debug;
    public readonly INamedTypeSymbol? Trace;
    public readonly INamedTypeSymbol? LoggerExtensions;
    public readonly INamedTypeSymbol? Logger;
    public readonly INamedTypeSymbol? SerilogLog;
    public readonly INamedTypeSymbol? SerilogLogger;
    public readonly INamedTypeSymbol? Exception;
    public readonly INamedTypeSymbol? HttpResponseWritingExtensions;

    /// <summary>The symbols, or null when even System.Environment is missing (a compilation without a core library).</summary>
    public static SecretsSymbols? TryCreate(Compilation compilation)
    {
        var types = WellKnownTypes.For(compilation);
        var environment = types.Get("System.Environment");
        return environment is null ? null : new SecretsSymbols(types, environment);
    }

    public static bool Is(ITypeSymbol? type, INamedTypeSymbol? expected)
        => type is not null && expected is not null && SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, expected);

    /// <summary>The type itself, a class deriving from it, or a type implementing it (for interfaces).</summary>
    public static bool IsOrDerives(ITypeSymbol? type, INamedTypeSymbol? expected) => TypeHierarchy.IsOrInherits(type, expected);
}
