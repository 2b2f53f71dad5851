using System.Collections.Generic;
using AutoMode.Analyzers.Values;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AutoMode.Analyzers.Rules.Security;

/// <summary>
/// AM6031, AM6032: ASP.NET Core CORS policies (<c>CorsPolicyBuilder</c>) open to any origin, and credentials allowed
/// in a policy whose origin check accepts every origin. <c>AllowAnyOrigin</c> with <c>AllowCredentials</c> is refused
/// by the framework when the policy is built, so only <c>SetIsOriginAllowed(_ =&gt; true)</c> makes AM6032.
/// </summary>
internal static class CorsPolicies
{
    public static SecurityFinding? Match(IInvocationOperation invocation, SecuritySymbols symbols)
    {
        var method = invocation.TargetMethod;
        if (symbols.CorsPolicyBuilder is null || !SecuritySymbols.Is(method.ContainingType, symbols.CorsPolicyBuilder))
        {
            return null;
        }

        switch (method.Name)
        {
            case "AllowAnyOrigin":
                return new SecurityFinding(SecurityAnalyzer.CorsAnyOriginRule, "'CorsPolicyBuilder.AllowAnyOrigin()' allows requests from every origin");
            case "WithOrigins" when HasWildcard(invocation):
                return new SecurityFinding(SecurityAnalyzer.CorsAnyOriginRule, "'CorsPolicyBuilder.WithOrigins(\"*\")' allows requests from every origin");
            case "SetIsOriginAllowed" when invocation.Arguments.Length == 1 && AcceptingFunctions.AlwaysReturnsTrue(invocation.Arguments[0].Value):
                return new SecurityFinding(SecurityAnalyzer.CorsAnyOriginRule, "'CorsPolicyBuilder.SetIsOriginAllowed' with a check that returns true allows requests from every origin");
            case "AllowCredentials" when AcceptsEveryOriginNearby(invocation, symbols):
                return new SecurityFinding(SecurityAnalyzer.CorsCredentialsAnyOriginRule, "'CorsPolicyBuilder.AllowCredentials()' in a policy whose SetIsOriginAllowed accepts every origin");
            default:
                return null;
        }
    }

    private static bool HasWildcard(IInvocationOperation invocation)
    {
        foreach (var argument in invocation.Arguments)
        {
            var value = OperationValues.Unwrap(argument.Value);
            if (value is IArrayCreationOperation { Initializer: { } initializer })
            {
                foreach (var element in initializer.ElementValues)
                {
                    if (OperationValues.Constant(element) is string text && text.Trim() == "*")
                    {
                        return true;
                    }
                }
            }
            else if (OperationValues.Constant(value) is string text && text.Trim() == "*")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The policy being built here (the enclosing lambda, or else the method body) accepts every origin through SetIsOriginAllowed.</summary>
    private static bool AcceptsEveryOriginNearby(IOperation operation, SecuritySymbols symbols)
    {
        IOperation scope = operation;
        while (scope.Parent is { } parent && scope is not IAnonymousFunctionOperation)
        {
            scope = parent;
        }

        foreach (var other in scope.Descendants())
        {
            if (other is IInvocationOperation { TargetMethod.Name: "SetIsOriginAllowed" } call &&
                SecuritySymbols.Is(call.TargetMethod.ContainingType, symbols.CorsPolicyBuilder) &&
                call.Arguments.Length == 1 && AcceptingFunctions.AlwaysReturnsTrue(call.Arguments[0].Value) &&
                !InOtherBranches(operation, call))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The two operations sit in different branches of one <c>if</c>/<c>else</c> or conditional expression: fullstackhero
    /// builds an any-origin policy when a setting says so and an origin list otherwise, each with credentials.
    /// </summary>
    private static bool InOtherBranches(IOperation one, IOperation other)
    {
        var ancestors = new HashSet<IOperation>();
        for (var node = one; node is not null; node = node.Parent)
        {
            ancestors.Add(node);
        }

        var common = other;
        while (common is not null && !ancestors.Contains(common))
        {
            common = common.Parent;
        }

        return common is IConditionalOperation or ISwitchOperation or ISwitchCaseOperation;
    }
}
