using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AutoMode.Analyzers.Rules.Secrets;

internal enum CredentialSinkKind
{
    /// <summary>A password, client secret, account key or token: any real value is a credential.</summary>
    Secret,

    /// <summary>A cryptographic key or IV, usually bytes.</summary>
    Key,

    /// <summary>A connection string: a secret only when it carries a password or key.</summary>
    ConnectionString,
}

/// <summary>A value handed to an API that takes a credential, and what the API calls it.</summary>
internal readonly struct CredentialSink
{
    public CredentialSink(IOperation value, CredentialSinkKind kind, string description)
    {
        Value = value;
        Kind = kind;
        Description = description;
    }

    public IOperation Value { get; }

    public CredentialSinkKind Kind { get; }

    /// <summary>E.g. "the password of NetworkCredential", "the key of HMACSHA256".</summary>
    public string Description { get; }
}

/// <summary>
/// The APIs that take a credential, by symbol: constructor and method parameters and property setters. A value that
/// reaches one of them is a credential whatever its variable is called.
/// </summary>
internal sealed class CredentialSinkCatalog
{
    private static readonly string[] CipherMethods = { "CreateEncryptor", "CreateDecryptor" };

    /// <summary>Every method name <see cref="MethodSink"/> matches: other calls (nearly all) skip its per-argument type checks.</summary>
    private static readonly System.Collections.Generic.HashSet<string> SinkMethodNames = new(System.StringComparer.Ordinal)
    {
        "Pbkdf2", "CreateEncryptor", "CreateDecryptor", "HashData", "HashDataAsync", "TryHashData", "SetKey", "CreateHMAC", "Add",
    };
    private readonly SecretsSymbols _s;

    /// <summary>The types with a constructor parameter that <see cref="ConstructorSink"/> knows.</summary>
    private readonly TypeFilter _sinkCreations;

    public CredentialSinkCatalog(SecretsSymbols symbols)
    {
        _s = symbols;
        _sinkCreations = new TypeFilter(type => type is INamedTypeSymbol named && HasConstructorSink(named));
    }

    /// <summary>Whether <see cref="Match"/> can find anything in the operation: nearly every call, creation and assignment is skipped here.</summary>
    public bool MayMatch(IOperation operation) => operation switch
    {
        IObjectCreationOperation creation => _sinkCreations.Matches(creation.Type),
        IInvocationOperation invocation => SinkMethodNames.Contains(invocation.TargetMethod.Name),
        ISimpleAssignmentOperation { Target: IPropertyReferenceOperation } => true,
        _ => false,
    };

    public IEnumerable<CredentialSink> Match(IOperation operation)
    {
        switch (operation)
        {
            case IObjectCreationOperation creation when creation.Type is { } type:
                foreach (var argument in creation.Arguments)
                {
                    if (argument.ArgumentKind != ArgumentKind.DefaultValue && argument.Parameter is { } parameter &&
                        ConstructorSink(type, parameter.Name) is { } ctorSink)
                    {
                        yield return new CredentialSink(argument.Value, ctorSink.Kind, ctorSink.Description);
                    }
                }

                break;
            case IInvocationOperation invocation when SinkMethodNames.Contains(invocation.TargetMethod.Name):
                foreach (var argument in invocation.Arguments)
                {
                    if (argument.ArgumentKind != ArgumentKind.DefaultValue && argument.Parameter is { } parameter &&
                        MethodSink(invocation, parameter.Name) is { } methodSink)
                    {
                        yield return new CredentialSink(argument.Value, methodSink.Kind, methodSink.Description);
                    }
                }

                break;
            case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation property } assignment
                when PropertySink(property) is { } propertySink:
                yield return new CredentialSink(assignment.Value, propertySink.Kind, propertySink.Description);
                break;
        }
    }

    /// <summary>The sink that <paramref name="value"/> (an argument's value or an assigned value) goes to directly, if any.</summary>
    public CredentialSink? MatchDirect(IOperation value)
    {
        var container = value.Parent is IArgumentOperation argument ? argument.Parent : value.Parent;
        if (container is null || !MayMatch(container))
        {
            return null;
        }

        foreach (var sink in Match(container))
        {
            if (sink.Value == value)
            {
                return sink;
            }
        }

        return null;
    }

    private bool HasConstructorSink(INamedTypeSymbol type)
    {
        foreach (var constructor in type.InstanceConstructors)
        {
            foreach (var parameter in constructor.Parameters)
            {
                if (ConstructorSink(type, parameter.Name) is not null)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private (CredentialSinkKind Kind, string Description)? ConstructorSink(ITypeSymbol type, string parameter)
    {
        var name = type.Name;
        if (SecretsSymbols.Is(type, _s.NetworkCredential) || SecretsSymbols.Is(type, _s.SqlCredential) ||
            SecretsSymbols.Is(type, _s.UsernamePasswordCredential))
        {
            return parameter == "password" ? (CredentialSinkKind.Secret, "the password of " + name) : null;
        }

        if (SecretsSymbols.Is(type, _s.PasswordDeriveBytes) || SecretsSymbols.Is(type, _s.Rfc2898DeriveBytes))
        {
            return parameter is "password" or "strPassword" ? (CredentialSinkKind.Secret, "the password of " + name) : null;
        }

        if (SecretsSymbols.IsOrDerives(type, _s.Hmac) || SecretsSymbols.Is(type, _s.SymmetricSecurityKey) ||
            System.Array.Exists(_s.AeadCiphers, cipher => SecretsSymbols.Is(type, cipher)))
        {
            return parameter == "key" ? (CredentialSinkKind.Key, "the key of " + name) : null;
        }

        if (SecretsSymbols.Is(type, _s.ClientSecretCredential))
        {
            return parameter == "clientSecret" ? (CredentialSinkKind.Secret, "the client secret of ClientSecretCredential") : null;
        }

        if (SecretsSymbols.Is(type, _s.StorageSharedKeyCredential))
        {
            return parameter == "accountKey" ? (CredentialSinkKind.Secret, "the account key of StorageSharedKeyCredential") : null;
        }

        if (SecretsSymbols.Is(type, _s.AzureKeyCredential) || SecretsSymbols.Is(type, _s.AzureNamedKeyCredential))
        {
            return parameter == "key" ? (CredentialSinkKind.Secret, "the key of " + name) : null;
        }

        if (SecretsSymbols.Is(type, _s.AzureSasCredential))
        {
            return parameter == "signature" ? (CredentialSinkKind.Secret, "the signature of AzureSasCredential") : null;
        }

        if (SecretsSymbols.Is(type, _s.BasicAwsCredentials) || SecretsSymbols.Is(type, _s.SessionAwsCredentials))
        {
            return parameter is "secretKey" or "awsSecretAccessKey" or "token"
                ? (CredentialSinkKind.Secret, "the secret key of " + name)
                : null;
        }

        if (SecretsSymbols.Is(type, _s.AuthenticationHeaderValue))
        {
            return parameter == "parameter" ? (CredentialSinkKind.Secret, "the credentials of an Authorization header") : null;
        }

        if (SecretsSymbols.IsOrDerives(type, _s.DbConnection) || SecretsSymbols.IsOrDerives(type, _s.DbConnectionStringBuilder))
        {
            return parameter == "connectionString" ? (CredentialSinkKind.ConnectionString, "the connection string of " + name) : null;
        }

        return null;
    }

    private (CredentialSinkKind Kind, string Description)? MethodSink(IInvocationOperation invocation, string parameter)
    {
        var method = invocation.TargetMethod;
        var type = method.ContainingType;
        if (SecretsSymbols.Is(type, _s.Rfc2898DeriveBytes) && method.Name == "Pbkdf2" && parameter == "password")
        {
            return (CredentialSinkKind.Secret, "the password of Rfc2898DeriveBytes.Pbkdf2");
        }

        if (SecretsSymbols.IsOrDerives(type, _s.SymmetricAlgorithm) && System.Array.IndexOf(CipherMethods, method.Name) >= 0 &&
            parameter is "rgbKey" or "rgbIV")
        {
            return (CredentialSinkKind.Key, (parameter == "rgbKey" ? "the key of " : "the IV of ") + type.Name + "." + method.Name);
        }

        if (SecretsSymbols.IsOrDerives(type, _s.Hmac) && method.IsStatic && method.Name is "HashData" or "HashDataAsync" or "TryHashData" &&
            parameter == "key")
        {
            return (CredentialSinkKind.Key, "the key of " + type.Name + "." + method.Name);
        }

        if (((SecretsSymbols.IsOrDerives(type, _s.SymmetricAlgorithm) && method.Name == "SetKey") ||
             (SecretsSymbols.Is(type, _s.IncrementalHash) && method.Name == "CreateHMAC")) &&
            parameter == "key")
        {
            return (CredentialSinkKind.Key, "the key of " + type.Name + "." + method.Name);
        }

        if (SecretsSymbols.IsOrDerives(type, _s.DbConnectionStringBuilder) && method.Name == "Add" && parameter == "value" &&
            invocation.Arguments.Length == 2 && IsPasswordKeyword(invocation.Arguments[0].Value))
        {
            return (CredentialSinkKind.Secret, "the password of " + type.Name);
        }

        return null;
    }

    private (CredentialSinkKind Kind, string Description)? PropertySink(IPropertyReferenceOperation reference)
    {
        var property = reference.Property;
        var type = property.ContainingType;
        var receiver = reference.Instance?.Type ?? type;
        switch (property.Name)
        {
            case "Password" when SecretsSymbols.Is(type, _s.NetworkCredential) || SecretsSymbols.Is(type, _s.UriBuilder) ||
                                 SecretsSymbols.IsOrDerives(type, _s.DbConnectionStringBuilder):
                return (CredentialSinkKind.Secret, "the password of " + type.Name);
            case "Key" when SecretsSymbols.IsOrDerives(type, _s.SymmetricAlgorithm) || SecretsSymbols.IsOrDerives(type, _s.KeyedHashAlgorithm):
                return (CredentialSinkKind.Key, "the key of " + receiver.Name);
            case "IV" when SecretsSymbols.IsOrDerives(type, _s.SymmetricAlgorithm):
                return (CredentialSinkKind.Key, "the IV of " + receiver.Name);
            case "ConnectionString" when SecretsSymbols.IsOrDerives(type, _s.DbConnection) || SecretsSymbols.IsOrDerives(type, _s.DbConnectionStringBuilder):
                return (CredentialSinkKind.ConnectionString, "the connection string of " + receiver.Name);
        }

        if (property.IsIndexer && SecretsSymbols.IsOrDerives(type, _s.DbConnectionStringBuilder) && reference.Arguments.Length == 1 &&
            IsPasswordKeyword(reference.Arguments[0].Value))
        {
            return (CredentialSinkKind.Secret, "the password of " + receiver.Name);
        }

        return null;
    }

    private static bool IsPasswordKeyword(IOperation keyword)
        => keyword.ConstantValue.Value is string text &&
           text.Trim().ToLowerInvariant() is "password" or "pwd" or "passwd" or "accountkey" or "sharedaccesskey";
}
