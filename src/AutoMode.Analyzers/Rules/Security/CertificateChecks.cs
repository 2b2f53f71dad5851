using AutoMode.Analyzers.Values;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AutoMode.Analyzers.Rules.Security;

/// <summary>
/// AM6001–AM6003: certificate validation callbacks that accept every certificate (any delegate given
/// <c>SslPolicyErrors</c> that returns true whatever it is given), <c>DangerousAcceptAnyServerCertificateValidator</c>,
/// revocation checks turned off and <c>RequireHttpsMetadata = false</c>.
/// </summary>
internal sealed class CertificateChecks
{
    private readonly SecuritySymbols _symbols;
    private readonly TypeFilter _validationCallbacks;

    public CertificateChecks(SecuritySymbols symbols)
    {
        _symbols = symbols;
        _validationCallbacks = new TypeFilter(IsValidationCallback);
    }

    /// <summary>A lambda, anonymous method or method group of a certificate validation delegate that returns true whatever it is given.</summary>
    public SecurityFinding? Match(IDelegateCreationOperation creation)
    {
        if (_symbols.SslPolicyErrors is null || !_validationCallbacks.Matches(creation.Type) || !AcceptingFunctions.AlwaysReturnsTrue(creation.Target))
        {
            return null;
        }

        return new SecurityFinding(SecurityAnalyzer.CertificateValidationOffRule, "'" + Receiver(creation) + "' accepts every server certificate");
    }

    /// <summary><c>HttpClientHandler.DangerousAcceptAnyServerCertificateValidator</c>.</summary>
    public SecurityFinding? Match(IPropertyReferenceOperation reference)
    {
        if (reference.Property.Name != "DangerousAcceptAnyServerCertificateValidator" || !SecuritySymbols.Is(reference.Property.ContainingType, _symbols.HttpClientHandler))
        {
            return null;
        }

        return new SecurityFinding(SecurityAnalyzer.CertificateValidationOffRule, "'HttpClientHandler.DangerousAcceptAnyServerCertificateValidator' accepts every server certificate");
    }

    /// <summary>Revocation checks turned off, and <c>RequireHttpsMetadata = false</c>.</summary>
    public SecurityFinding? Match(ISimpleAssignmentOperation assignment, IPropertySymbol property)
    {
        var type = property.ContainingType;
        switch (property.Name)
        {
            case "CheckCertificateRevocationList" when OperationValues.Constant(assignment.Value) is false &&
                                                     (SecuritySymbols.Is(type, _symbols.HttpClientHandler) || SecuritySymbols.Is(type, _symbols.ServicePointManager)):
            case "CheckCertificateRevocation" when OperationValues.Constant(assignment.Value) is false && TypeHierarchy.IsOrInherits(type, _symbols.MailService):
                return new SecurityFinding(SecurityAnalyzer.RevocationCheckOffRule, "'" + type.Name + "." + property.Name + " = false' turns certificate revocation checks off");
            case "CertificateRevocationCheckMode" when (SecuritySymbols.Is(type, _symbols.SslClientOptions) || SecuritySymbols.Is(type, _symbols.SslServerOptions)) &&
                                                     OperationValues.Unwrap(assignment.Value) is IFieldReferenceOperation { Field.Name: "NoCheck" }:
                return new SecurityFinding(SecurityAnalyzer.RevocationCheckOffRule, "'" + type.Name + ".CertificateRevocationCheckMode = X509RevocationMode.NoCheck' turns certificate revocation checks off");
            case "RequireHttpsMetadata" when OperationValues.Constant(assignment.Value) is false && property.DeclaringSyntaxReferences.IsEmpty:
                return OwnKeysWithoutMetadata(assignment)
                    ? new SecurityFinding(SecurityAnalyzer.HttpsMetadataOffWithOwnKeysRule, "'" + type.Name + ".RequireHttpsMetadata = false' lets the authentication handler fetch its metadata over HTTP",
                        "the same code gives the token validation its own signing keys and sets no Authority or MetadataAddress")
                    : new SecurityFinding(SecurityAnalyzer.HttpsMetadataOffRule, "'" + type.Name + ".RequireHttpsMetadata = false' lets the authentication handler fetch its metadata over HTTP");
            default:
                return null;
        }
    }

    /// <summary>
    /// The code around the assignment (its method or initializer) gives the token validation its own signing keys and
    /// sets no metadata address: the handler then fetches no metadata from what this code configures (eShopOnWeb's
    /// PublicApi: a symmetric key and no Authority).
    /// </summary>
    private static bool OwnKeysWithoutMetadata(IOperation assignment)
    {
        var keys = false;
        foreach (var operation in OperationValues.Root(assignment).DescendantsAndSelf())
        {
            if (operation is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.Name: var name } })
            {
                switch (name)
                {
                    case "Authority" or "MetadataAddress" or "Configuration" or "ConfigurationManager":
                        return false;
                    case "IssuerSigningKey" or "IssuerSigningKeys" or "IssuerSigningKeyResolver":
                        keys = true;
                        break;
                }
            }
        }

        return keys;
    }

    /// <summary>A delegate type returning bool with an <c>SslPolicyErrors</c> parameter.</summary>
    private bool IsValidationCallback(ITypeSymbol type)
    {
        if (type is not INamedTypeSymbol { DelegateInvokeMethod: { } invoke } || invoke.ReturnType.SpecialType != SpecialType.System_Boolean)
        {
            return false;
        }

        foreach (var parameter in invoke.Parameters)
        {
            if (SecuritySymbols.Is(parameter.Type, _symbols.SslPolicyErrors))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>What the callback is given to: "HttpClientHandler.ServerCertificateCustomValidationCallback", "SslStream(userCertificateValidationCallback)" or the delegate type.</summary>
    private static string Receiver(IDelegateCreationOperation creation)
    {
        var parent = creation.Parent;
        while (parent is IConversionOperation or IParenthesizedOperation)
        {
            parent = parent.Parent;
        }

        switch (parent)
        {
            case IAssignmentOperation { Target: IPropertyReferenceOperation { Property: var property } }:
                return property.ContainingType.Name + "." + property.Name;
            case IAssignmentOperation { Target: IFieldReferenceOperation { Field: var field } }:
                return field.ContainingType.Name + "." + field.Name;
            case IArgumentOperation { Parameter: { } parameter }:
                var method = parameter.ContainingSymbol as IMethodSymbol;
                var name = method?.MethodKind == MethodKind.Constructor ? method.ContainingType.Name : method?.Name;
                return name + "(" + parameter.Name + ")";
            default:
                return creation.Type?.Name ?? "callback";
        }
    }
}
