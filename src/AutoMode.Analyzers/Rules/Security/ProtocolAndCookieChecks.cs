using AutoMode.Analyzers.Values;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AutoMode.Analyzers.Rules.Security;

/// <summary>
/// AM6004: an outdated TLS/SSL protocol enabled (<c>SslProtocols.Ssl2/Ssl3/Tls/Tls11</c>,
/// <c>SecurityProtocolType.Ssl3/Tls/Tls11</c>) where a value is given — assigned, passed, initialized — not where one
/// is compared. AM6013: cookie protection relaxed (<c>HttpOnly = false</c>, <c>Secure = false</c>,
/// <c>SecurePolicy = CookieSecurePolicy.None</c>) on ASP.NET Core's <c>CookieOptions</c> and <c>CookieBuilder</c>.
/// </summary>
internal static class ProtocolAndCookieChecks
{
    public static SecurityFinding? Match(IFieldReferenceOperation reference, SecuritySymbols symbols)
    {
        var field = reference.Field;
        var outdated = field.Name switch
        {
            "Ssl2" or "Ssl3" or "Tls" or "Tls11" => SecuritySymbols.Is(field.ContainingType, symbols.SslProtocols) || SecuritySymbols.Is(field.ContainingType, symbols.SecurityProtocolType),
            _ => false,
        };
        if (!outdated || !IsGiven(reference, field.ContainingType))
        {
            return null;
        }

        return new SecurityFinding(SecurityAnalyzer.OutdatedProtocolRule, "'" + field.ContainingType.Name + "." + field.Name + "' enables an outdated TLS/SSL protocol");
    }

    public static SecurityFinding? Match(ISimpleAssignmentOperation assignment, IPropertySymbol property, SecuritySymbols symbols)
    {
        var type = property.ContainingType;
        if (!SecuritySymbols.Is(type, symbols.CookieOptions) && !TypeHierarchy.IsOrInherits(type, symbols.CookieBuilder))
        {
            return null;
        }

        var what = property.Name switch
        {
            "HttpOnly" when OperationValues.Constant(assignment.Value) is false => "lets scripts on the page read the cookie",
            "Secure" when OperationValues.Constant(assignment.Value) is false => "lets the cookie travel over plain HTTP",
            "SecurePolicy" when OperationValues.Unwrap(assignment.Value) is IFieldReferenceOperation { Field.Name: "None" } => "lets the cookie travel over plain HTTP",
            _ => null,
        };
        return what is null ? null : new SecurityFinding(SecurityAnalyzer.CookieRelaxedRule, "'" + type.Name + "." + property.Name + "' " + what);
    }

    /// <summary>
    /// The value is given somewhere (assigned, initialized, returned, passed for a parameter of the protocol type; also
    /// through <c>|</c>), not compared or tested (<c>==</c>, <c>switch</c>, <c>HasFlag</c>).
    /// </summary>
    private static bool IsGiven(IOperation operation, INamedTypeSymbol protocolType)
    {
        var current = operation;
        while (current.Parent is IConversionOperation or IParenthesizedOperation ||
               current.Parent is IBinaryOperation { OperatorKind: BinaryOperatorKind.Or })
        {
            current = current.Parent;
        }

        return current.Parent switch
        {
            IAssignmentOperation assignment => assignment.Value == current,
            IArgumentOperation argument => SymbolEqualityComparer.Default.Equals(argument.Parameter?.Type, protocolType),
            IVariableInitializerOperation or IReturnOperation or IArrayInitializerOperation => true,
            _ => false,
        };
    }
}
