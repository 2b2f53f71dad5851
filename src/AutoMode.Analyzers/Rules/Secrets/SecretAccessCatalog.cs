using AutoMode.Analyzers.Secrets;
using AutoMode.Analyzers.Values;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AutoMode.Analyzers.Rules.Secrets;

internal enum SecretAccessKind
{
    /// <summary>AM3010: a read of something that is a secret (Medium).</summary>
    SecretRead,

    /// <summary>AM3011: a configuration or environment read whose name does not say secret (Low).</summary>
    ConfigurationRead,

    /// <summary>AM3020: a secret or an environment variable of the process is created or changed (High).</summary>
    Change,

    /// <summary>AM3021: a secret is deleted or purged (Critical).</summary>
    Delete,

    /// <summary>AM3029: a secret is deleted or purged in a test project (Medium).</summary>
    TestDelete,

    /// <summary>AM3022: a private key or secret backup leaves its store (Critical).</summary>
    Export,

    /// <summary>AM3023: a machine- or user-wide environment variable is changed (Critical).</summary>
    PersistentEnvironment,

    /// <summary>AM3024: a certificate store gains or loses a certificate (High).</summary>
    CertificateStore,

    /// <summary>AM3026: an environment variable of the process that is not a secret is set (Low).</summary>
    ProcessEnvironment,

    /// <summary>AM3027: a private key generated in memory, or in a test project, is exported (Medium).</summary>
    UnstoredExport,

    /// <summary>AM3028: a private key leaves its store encrypted with a password the code does not hard-code (High).</summary>
    ProtectedExport,
}

/// <summary>One access to a secret store, configuration or the environment: what kind, the API, and what it touches.</summary>
internal readonly struct SecretAccess
{
    public SecretAccess(SecretAccessKind kind, string api, string what, string reason = "")
    {
        Kind = kind;
        Api = api;
        What = what;
        Reason = reason;
    }

    public SecretAccessKind Kind { get; }

    public string Api { get; }

    public string What { get; }

    /// <summary>Why a lowered finding (AM3026, AM3027) is lower than the rule it comes from.</summary>
    public string Reason { get; }
}

/// <summary>
/// Reads, changes, deletions and exports of secrets, configuration, the environment, private keys and certificate
/// stores, matched by symbol: Environment, IConfiguration, ConfigurationManager, Azure Key Vault SecretClient, AWS
/// Secrets Manager, Google Secret Manager, data protection, X509 certificates and asymmetric keys.
/// </summary>
internal sealed class SecretAccessCatalog
{
    private static readonly string[] PrivateKeyExports =
    {
        "ExportPkcs8PrivateKey", "ExportPkcs8PrivateKeyPem", "ExportEncryptedPkcs8PrivateKey", "ExportEncryptedPkcs8PrivateKeyPem",
        "TryExportPkcs8PrivateKey", "TryExportPkcs8PrivateKeyPem", "TryExportEncryptedPkcs8PrivateKey", "TryExportEncryptedPkcs8PrivateKeyPem",
        "ExportRSAPrivateKey", "ExportRSAPrivateKeyPem", "TryExportRSAPrivateKey", "TryExportRSAPrivateKeyPem",
        "ExportECPrivateKey", "ExportECPrivateKeyPem", "TryExportECPrivateKey", "TryExportECPrivateKeyPem",
    };

    /// <summary>
    /// Process variables that decide what code runs or whom it trusts: set for the process, they reach every child
    /// process. They stay AM3020 whatever their name says.
    /// </summary>
    private static readonly System.Collections.Generic.HashSet<string> TrustVariables = new(System.StringComparer.OrdinalIgnoreCase)
    {
        "PATH", "LD_PRELOAD", "LD_LIBRARY_PATH", "DYLD_INSERT_LIBRARIES", "DYLD_LIBRARY_PATH", "DOTNET_STARTUP_HOOKS",
        "DOTNET_ADDITIONAL_DEPS", "DOTNET_SHARED_STORE", "DOTNET_ROOT", "CORECLR_ENABLE_PROFILING", "CORECLR_PROFILER", "CORECLR_PROFILER_PATH",
        "COR_ENABLE_PROFILING", "COR_PROFILER", "COR_PROFILER_PATH", "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY",
        "SSL_CERT_FILE", "SSL_CERT_DIR", "NODE_TLS_REJECT_UNAUTHORIZED", "NODE_EXTRA_CA_CERTS", "NODE_OPTIONS", "GIT_SSH_COMMAND",
        "GIT_ASKPASS", "SSH_ASKPASS", "SSH_AUTH_SOCK",
    };

    private readonly SecretsSymbols _s;
    private readonly GeneratedKeys _generated;
    private readonly bool _isTestProject;

    /// <summary>The containing types <see cref="MatchInvocation"/> looks at.</summary>
    private readonly TypeFilter _accessTypes;

    public SecretAccessCatalog(SecretsSymbols symbols, bool isTestProject)
    {
        _s = symbols;
        _generated = new GeneratedKeys(symbols);
        _isTestProject = isTestProject;
        _accessTypes = new TypeFilter(t =>
            SecretsSymbols.Is(t, _s.Environment) || SecretsSymbols.Is(t, _s.ConfigurationExtensions) || SecretsSymbols.Is(t, _s.ConfigurationBinder) ||
            SecretsSymbols.Is(t, _s.SecretClient) || SecretsSymbols.IsOrDerives(t, _s.AwsSecretsManager) || SecretsSymbols.IsOrDerives(t, _s.GcpSecretManagerClient) ||
            SecretsSymbols.IsOrDerives(t, _s.DataProtector) || SecretsSymbols.Is(t, _s.DataProtectionExtensions) || SecretsSymbols.Is(t, _s.ProtectedData) ||
            SecretsSymbols.IsOrDerives(t, _s.X509Certificate) || System.Array.Exists(_s.PrivateKeyExtensionTypes, k => SecretsSymbols.Is(t, k)) ||
            SecretsSymbols.IsOrDerives(t, _s.AsymmetricAlgorithm) || SecretsSymbols.Is(t, _s.X509Certificate2Collection) || SecretsSymbols.Is(t, _s.X509Store));
    }

    public SecretAccess? Match(IOperation operation, SecretDetectorOptions options) => operation switch
    {
        // The type check first, apart: the matcher behind it is large, and most projects never call an API it knows.
        IInvocationOperation invocation => _accessTypes.Matches(invocation.TargetMethod.ContainingType) ? InTests(MatchInvocation(invocation, options)) : null,
        IPropertyReferenceOperation property when !IsWritten(property) => MatchPropertyRead(property, options),
        _ => null,
    };

    /// <summary>
    /// A vault secret deleted in a test project is AM3029 (Medium): a test removing the secret it created (duplicati's
    /// SecretProviderSetSecretTests deletes its <c>duplicati-az-{Guid}</c> secret in a finally block).
    /// </summary>
    private SecretAccess? InTests(SecretAccess? access)
        => _isTestProject && access is { Kind: SecretAccessKind.Delete } delete
            ? new SecretAccess(SecretAccessKind.TestDelete, delete.Api, delete.What, "in a test project")
            : access;

    private SecretAccess? MatchInvocation(IInvocationOperation invocation, SecretDetectorOptions options)
    {
        var method = invocation.TargetMethod;
        var type = method.ContainingType;
        var name = method.Name;
        string Api() => type.Name + "." + name; // only for a match: no string per call analyzed

        if (SecretsSymbols.Is(type, _s.Environment))
        {
            switch (name)
            {
                case "GetEnvironmentVariable":
                    return Named(Api(), Argument(invocation, "variable"), "the environment variable", options);
                case "GetEnvironmentVariables":
                    return new SecretAccess(SecretAccessKind.SecretRead, Api(), "every environment variable, secrets included");
                case "SetEnvironmentVariable":
                    var target = Argument(invocation, "target");
                    var variableName = Argument(invocation, "variable");
                    var variable = Describe(variableName, "an environment variable");
                    var isProcess = target is null || (target.ConstantValue.HasValue && target.ConstantValue.Value is 0);
                    if (!isProcess)
                    {
                        return new SecretAccess(SecretAccessKind.PersistentEnvironment, Api(), variable + " for the machine or user");
                    }

                    return WhyNotASecret(variableName, Argument(invocation, "value"), options) is { } why
                        ? new SecretAccess(SecretAccessKind.ProcessEnvironment, Api(), variable + " of this process", why)
                        : new SecretAccess(SecretAccessKind.Change, Api(), variable + " of this process");
            }

            return null;
        }

        if ((SecretsSymbols.Is(type, _s.ConfigurationExtensions) && name == "GetConnectionString"))
        {
            return new SecretAccess(SecretAccessKind.SecretRead, Api(), "the connection string " + Describe(Argument(invocation, "name"), "computed at run time"));
        }

        if (SecretsSymbols.Is(type, _s.ConfigurationBinder) && name == "GetValue")
        {
            return Named(Api(), Argument(invocation, "key"), "the configuration key", options, ConfigurationPrefix(invocation.Arguments.Length > 0 ? invocation.Arguments[0].Value : null));
        }

        if (SecretsSymbols.Is(type, _s.SecretClient))
        {
            return name switch
            {
                "GetSecret" or "GetSecretAsync" or "GetDeletedSecret" or "GetDeletedSecretAsync" =>
                    new SecretAccess(SecretAccessKind.SecretRead, Api(), "the Key Vault secret " + Describe(Argument(invocation, "name"), "named at run time")),
                "SetSecret" or "SetSecretAsync" or "UpdateSecretProperties" or "UpdateSecretPropertiesAsync" or "RestoreSecretBackup" or
                    "RestoreSecretBackupAsync" or "StartRecoverDeletedSecret" or "StartRecoverDeletedSecretAsync" =>
                    new SecretAccess(SecretAccessKind.Change, Api(), "a Key Vault secret"),
                "StartDeleteSecret" or "StartDeleteSecretAsync" or "PurgeDeletedSecret" or "PurgeDeletedSecretAsync" =>
                    new SecretAccess(SecretAccessKind.Delete, Api(), "the Key Vault secret " + Describe(Argument(invocation, "name"), "named at run time")),
                "BackupSecret" or "BackupSecretAsync" => new SecretAccess(SecretAccessKind.Export, Api(), "a backup of a Key Vault secret"),
                _ => null,
            };
        }

        if (SecretsSymbols.IsOrDerives(type, _s.AwsSecretsManager))
        {
            return Trim(name) switch
            {
                "GetSecretValue" or "BatchGetSecretValue" => new SecretAccess(SecretAccessKind.SecretRead, Api(), "an AWS Secrets Manager secret"),
                "PutSecretValue" or "UpdateSecret" or "RotateSecret" or "CreateSecret" or "RestoreSecret" or "UpdateSecretVersionStage" =>
                    new SecretAccess(SecretAccessKind.Change, Api(), "an AWS Secrets Manager secret"),
                "DeleteSecret" => new SecretAccess(SecretAccessKind.Delete, Api(), "an AWS Secrets Manager secret"),
                _ => null,
            };
        }

        if (SecretsSymbols.IsOrDerives(type, _s.GcpSecretManagerClient))
        {
            return Trim(name) switch
            {
                "AccessSecretVersion" => new SecretAccess(SecretAccessKind.SecretRead, Api(), "a Google Secret Manager secret version"),
                "AddSecretVersion" or "CreateSecret" or "UpdateSecret" or "EnableSecretVersion" or "DisableSecretVersion" =>
                    new SecretAccess(SecretAccessKind.Change, Api(), "a Google Secret Manager secret"),
                "DeleteSecret" or "DestroySecretVersion" => new SecretAccess(SecretAccessKind.Delete, Api(), "a Google Secret Manager secret"),
                _ => null,
            };
        }

        if (name == "Unprotect" &&
            (SecretsSymbols.IsOrDerives(type, _s.DataProtector) || SecretsSymbols.Is(type, _s.DataProtectionExtensions) || SecretsSymbols.Is(type, _s.ProtectedData)))
        {
            return new SecretAccess(SecretAccessKind.SecretRead, Api(), "protected data");
        }

        if (name is "GetRSAPrivateKey" or "GetECDsaPrivateKey" or "GetDSAPrivateKey" or "GetECDiffieHellmanPrivateKey" or "GetMLDsaPrivateKey" or "GetMLKemPrivateKey" &&
            (SecretsSymbols.IsOrDerives(type, _s.X509Certificate) || System.Array.Exists(_s.PrivateKeyExtensionTypes, t => SecretsSymbols.Is(type, t))))
        {
            return new SecretAccess(SecretAccessKind.SecretRead, Api(), "a certificate's private key");
        }

        if (SecretsSymbols.IsOrDerives(type, _s.AsymmetricAlgorithm))
        {
            if (System.Array.IndexOf(PrivateKeyExports, name) >= 0)
            {
                return KeyExport(invocation, Api(), "a private key");
            }

            if (name is "ExportParameters" or "ExportExplicitParameters" or "ToXmlString" &&
                invocation.Arguments.Length == 1 && MayBeTrue(invocation.Arguments[0].Value))
            {
                return KeyExport(invocation, Api(), "the private key parameters");
            }

            return null;
        }

        if ((SecretsSymbols.IsOrDerives(type, _s.X509Certificate) || SecretsSymbols.Is(type, _s.X509Certificate2Collection)) &&
            ((name == "Export" && IsPfx(Argument(invocation, "contentType"))) || name == "ExportPkcs12"))
        {
            return KeyExport(invocation, Api(), "a certificate with its private key (PFX)");
        }

        if (SecretsSymbols.Is(type, _s.X509Store) && name is "Add" or "AddRange" or "Remove" or "RemoveRange")
        {
            return new SecretAccess(SecretAccessKind.CertificateStore, Api(), "a certificate store");
        }

        return null;
    }

    private SecretAccess? MatchPropertyRead(IPropertyReferenceOperation reference, SecretDetectorOptions options)
    {
        var property = reference.Property;
        var type = property.ContainingType;

        // config["Key"], config.GetSection("Jwt")["Key"]
        if (property.IsIndexer && SecretsSymbols.IsOrDerives(type, _s.Configuration) && reference.Arguments.Length == 1)
        {
            return Named("IConfiguration[]", reference.Arguments[0].Value, "the configuration key", options, ConfigurationPrefix(reference.Instance));
        }

        // config.GetSection("Db:Password").Value
        if (property.Name == "Value" && Unwrap(reference.Instance) is IInvocationOperation section && IsSectionCall(section))
        {
            return Named("IConfigurationSection.Value", null, "the configuration key", options, ConfigurationPrefix(section));
        }

        // ConfigurationManager.AppSettings["Key"], ConfigurationManager.ConnectionStrings["Name"]
        if (property.IsIndexer && reference.Instance is IPropertyReferenceOperation source &&
            SecretsSymbols.Is(source.Property.ContainingType, _s.ConfigurationManager) && reference.Arguments.Length == 1)
        {
            return source.Property.Name == "ConnectionStrings"
                ? new SecretAccess(SecretAccessKind.SecretRead, "ConfigurationManager.ConnectionStrings[]", "the connection string " + Describe(reference.Arguments[0].Value, "named at run time"))
                : Named("ConfigurationManager.AppSettings[]", reference.Arguments[0].Value, "the app setting", options);
        }

        if (property.Name == "PrivateKey" && SecretsSymbols.IsOrDerives(type, _s.X509Certificate2))
        {
            return new SecretAccess(SecretAccessKind.SecretRead, "X509Certificate2.PrivateKey", "a certificate's private key");
        }

        return null;
    }

    /// <summary>
    /// Why setting a variable of this process is not a secret change (AM3026), or null when it may be one (AM3020): a
    /// name that says secret, a value named as one, or a variable that decides what code runs or whom it trusts.
    /// </summary>
    private string? WhyNotASecret(IOperation? variable, IOperation? value, SecretDetectorOptions options)
    {
        if (_isTestProject)
        {
            return "a test project's own environment (a test setting a variable, or restoring one it changed)";
        }

        if (value is not null && value.ConstantValue.HasValue && value.ConstantValue.Value is null or "")
        {
            return "it clears the variable, so nothing is set that this process or the processes it starts could read";
        }

        var name = variable?.ConstantValue.Value as string;
        if ((name is not null && (SecretNames.Classify(name, options.ExtraWords) != SecretNameClass.None || TrustVariables.Contains(name))) ||
            IsNamedAsSecret(value, options))
        {
            return null;
        }

        return name is null
            ? "the variable's name is computed at run time and the value is not named as a secret"
            : "the name does not say secret";
    }

    /// <summary>A value held by a local, parameter, field or property named as a secret, or read from a secret source.</summary>
    private bool IsNamedAsSecret(IOperation? value, SecretDetectorOptions options)
    {
        value = Unwrap(value);
        var name = value switch
        {
            ILocalReferenceOperation local => local.Local.Name,
            IParameterReferenceOperation parameter => parameter.Parameter.Name,
            IFieldReferenceOperation field => field.Field.Name,
            IPropertyReferenceOperation { Property.IsIndexer: false } property => property.Property.Name,
            _ => null,
        };

        return (name is not null && SecretNames.Classify(name, options.ExtraWords) is SecretNameClass.Password or SecretNameClass.Secret) ||
               (value is not null && Match(value, options) is { Kind: SecretAccessKind.SecretRead });
    }

    /// <summary>AM3022, or AM3027 when the key was generated in memory by the code itself or the export is in a test project.</summary>
    private SecretAccess KeyExport(IInvocationOperation invocation, string api, string what)
    {
        var reason = _generated.Describe(invocation.Instance) ??
                     (InMemoryKeyCopy.IsCopy(invocation, _s.AsymmetricAlgorithm) ? "only to import it into another key object in memory" : null) ??
                     (_isTestProject ? "in a test project" : null);
        if (reason is not null)
        {
            return new SecretAccess(SecretAccessKind.UnstoredExport, api, what, reason);
        }

        return (ExportPassword(invocation) ?? InMemoryKeyCopy.EncryptedWith(invocation)) is { } password
            ? new SecretAccess(SecretAccessKind.ProtectedExport, api, what, password)
            : new SecretAccess(SecretAccessKind.Export, api, what);
    }

    /// <summary>
    /// How the export's password is described, when the export is encrypted with one the code does not hard-code
    /// (<c>cert.Export(X509ContentType.Pfx, password)</c>, <c>ExportEncryptedPkcs8PrivateKey(password, pbe)</c>); null when
    /// there is no password argument, or it is null, empty, a literal or built from one.
    /// </summary>
    private static string? ExportPassword(IInvocationOperation invocation)
    {
        var argument = Argument(invocation, "password") ?? Argument(invocation, "passwordBytes");
        if (OperationValues.Follow(argument) is not { } value ||
            value.ConstantValue.HasValue ||
            System.Linq.Enumerable.Any(value.Descendants(), d => d.ConstantValue.HasValue && d.ConstantValue.Value is string))
        {
            return null;
        }

        var name = Unwrap(argument) switch
        {
            ILocalReferenceOperation local => local.Local.Name,
            IParameterReferenceOperation parameter => parameter.Parameter.Name,
            IFieldReferenceOperation field => field.Field.Name,
            IPropertyReferenceOperation { Property.IsIndexer: false } property => property.Property.Name,
            _ => null,
        };
        return name is null ? "a password computed at run time" : "the password '" + name + "'";
    }

    /// <summary>A read whose risk depends on the name read: Medium when it says secret, else Low.</summary>
    private static SecretAccess Named(string api, IOperation? key, string what, SecretDetectorOptions options, string prefix = "")
    {
        var name = key is null && prefix.Length > 0 ? string.Empty : key?.ConstantValue.Value as string;
        if (name is not null)
        {
            var full = (prefix + name).TrimEnd(':');
            var kind = SecretNames.Classify(full, options.ExtraWords) == SecretNameClass.None ? SecretAccessKind.ConfigurationRead : SecretAccessKind.SecretRead;
            return new SecretAccess(kind, api, what + " '" + full + "'");
        }

        return new SecretAccess(SecretAccessKind.ConfigurationRead, api, what + " computed at run time");
    }

    /// <summary>"Jwt:" for <c>config.GetSection("Jwt")</c>, nested sections joined; empty otherwise.</summary>
    private string ConfigurationPrefix(IOperation? instance)
    {
        var prefix = string.Empty;
        for (var depth = 0; depth < 8 && Unwrap(instance) is IInvocationOperation call && IsSectionCall(call); depth++)
        {
            if (call.Arguments[call.Arguments.Length - 1].Value.ConstantValue.Value is not string key)
            {
                break;
            }

            prefix = key + ":" + prefix;
            instance = call.TargetMethod.IsExtensionMethod ? call.Arguments[0].Value : call.Instance;
        }

        return prefix;
    }

    private bool IsSectionCall(IInvocationOperation call)
        => call.TargetMethod.Name is "GetSection" or "GetRequiredSection" && call.Arguments.Length >= 1 &&
           (SecretsSymbols.IsOrDerives(call.TargetMethod.ContainingType, _s.Configuration) || SecretsSymbols.Is(call.TargetMethod.ContainingType, _s.ConfigurationExtensions));

    private static IOperation? Unwrap(IOperation? operation)
    {
        while (operation is IConversionOperation conversion)
        {
            operation = conversion.Operand;
        }

        return operation;
    }

    private static string Describe(IOperation? argument, string fallback)
        => argument?.ConstantValue.Value is string text ? "'" + text + "'" : fallback;

    private static bool IsWritten(IPropertyReferenceOperation reference)
        => reference.Parent is ISimpleAssignmentOperation assignment && assignment.Target == reference ||
           reference.Parent is ICompoundAssignmentOperation compound && compound.Target == reference;

    private static string Trim(string name) => name.EndsWith("Async", System.StringComparison.Ordinal) ? name.Substring(0, name.Length - 5) : name;

    private bool IsPfx(IOperation? contentType)
        => contentType is null || !contentType.ConstantValue.HasValue || contentType.ConstantValue.Value is 3;

    private static bool MayBeTrue(IOperation value) => !(value.ConstantValue.HasValue && value.ConstantValue.Value is false);

    private static IOperation? Argument(IInvocationOperation invocation, string parameterName)
    {
        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter?.Name == parameterName && argument.ArgumentKind != ArgumentKind.DefaultValue)
            {
                return argument.Value;
            }
        }

        return null;
    }
}
