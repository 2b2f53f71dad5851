using AutoMode.Analyzers.Values;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AutoMode.Analyzers.Rules.Security;

/// <summary>
/// AM6011, AM6012: <c>Microsoft.IdentityModel.Tokens.TokenValidationParameters</c> whose checks are turned off.
/// Microsoft.IdentityModel calls an <c>IssuerValidator</c>, <c>AudienceValidator</c> or <c>LifetimeValidator</c>
/// whatever the matching <c>Validate…</c> flag says, so a flag turned off next to its validator is silent.
/// </summary>
internal static class TokenValidation
{
    public static SecurityFinding? Match(ISimpleAssignmentOperation assignment, IPropertySymbol property, SecuritySymbols symbols)
    {
        if (symbols.TokenValidationParameters is not { } parameters || !TypeHierarchy.IsOrInherits(property.ContainingType, parameters))
        {
            return null;
        }

        if (property.Name == "SignatureValidator")
        {
            return OnlyParses(assignment.Value, symbols)
                ? new SecurityFinding(SecurityAnalyzer.SignatureValidationOffRule, "'TokenValidationParameters.SignatureValidator' returns the token without validating its signature")
                : null;
        }

        if (OperationValues.Constant(assignment.Value) is not false)
        {
            return null;
        }

        var what = "'TokenValidationParameters." + property.Name + " = false' ";
        switch (property.Name)
        {
            case "RequireSignedTokens":
                return new SecurityFinding(SecurityAnalyzer.SignatureValidationOffRule, what + "accepts tokens without a signature");
            case "ValidateIssuerSigningKey":
                return new SecurityFinding(SecurityAnalyzer.TokenCheckOffRule, what + "skips the validation of the key that signed the token");
            case "RequireExpirationTime":
                return new SecurityFinding(SecurityAnalyzer.TokenCheckOffRule, what + "accepts tokens that never expire");
            case "ValidateIssuer" when !HasValidator(assignment, "IssuerValidator"):
                return IssuerOrAudience(assignment, what + "accepts tokens from any issuer", symbols);
            case "ValidateAudience" when !HasValidator(assignment, "AudienceValidator"):
                return IssuerOrAudience(assignment, what + "accepts tokens issued for any audience", symbols);
            case "ValidateLifetime" when !HasValidator(assignment, "LifetimeValidator"):
                return new SecurityFinding(SecurityAnalyzer.TokenCheckOffRule, what + "accepts expired tokens");
            default:
                return null;
        }
    }

    /// <summary>
    /// AM6012, or AM6014 (one level lower) where the same code validates the signature with a new
    /// <c>SymmetricSecurityKey</c>: a key the application holds itself (Kavita, eShopOnWeb), so only its holders issue tokens.
    /// </summary>
    private static SecurityFinding IssuerOrAudience(IOperation assignment, string what, SecuritySymbols symbols)
    {
        if (symbols.SymmetricSecurityKey is { } symmetric)
        {
            foreach (var operation in OperationValues.Root(assignment).DescendantsAndSelf())
            {
                if (operation is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.Name: "IssuerSigningKey" } } key &&
                    OperationValues.Follow(key.Value) is IObjectCreationOperation { Type: var type } && TypeHierarchy.IsOrInherits(type, symmetric))
                {
                    return new SecurityFinding(SecurityAnalyzer.TokenCheckOffWithOwnKeyRule, what, "the tokens are signed with a new " + type!.Name + " this code creates");
                }
            }
        }

        return new SecurityFinding(SecurityAnalyzer.TokenCheckOffRule, what);
    }

    /// <summary>The validator delegate of that name is assigned in the same method (or object initializer) and not to null.</summary>
    private static bool HasValidator(IOperation assignment, string validator)
    {
        foreach (var operation in OperationValues.Root(assignment).DescendantsAndSelf())
        {
            if (operation is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.Name: var name } } other &&
                name == validator && OperationValues.Constant(other.Value) is null && OperationValues.Unwrap(other.Value) is not { ConstantValue.HasValue: true })
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A signature validator whose every return is a new security token made from the token text it was given.</summary>
    private static bool OnlyParses(IOperation value, SecuritySymbols symbols)
    {
        if (OperationValues.Unwrap(value) is not IDelegateCreationOperation { Target: IAnonymousFunctionOperation function } ||
            function.Symbol.Parameters.Length == 0)
        {
            return false;
        }

        var token = function.Symbol.Parameters[0];
        var returns = 0;
        foreach (var operation in function.Body.Descendants())
        {
            if (operation is IReturnOperation { ReturnedValue: var returned })
            {
                if (OperationValues.Follow(returned) is not IObjectCreationOperation creation ||
                    !TypeHierarchy.IsOrInherits(creation.Type, symbols.SecurityToken) ||
                    creation.Arguments.Length == 0 ||
                    OperationValues.Unwrap(creation.Arguments[0].Value) is not IParameterReferenceOperation { Parameter: var parameter } ||
                    !SymbolEqualityComparer.Default.Equals(parameter, token))
                {
                    return false;
                }

                returns++;
            }
            else if (operation is IInvocationOperation)
            {
                return false;
            }
        }

        return returns > 0;
    }
}
