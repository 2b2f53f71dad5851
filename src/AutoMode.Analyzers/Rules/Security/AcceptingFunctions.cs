using System.Collections.Generic;
using AutoMode.Analyzers.Values;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace AutoMode.Analyzers.Rules.Security;

/// <summary>
/// A validation callback that accepts everything: a lambda, an anonymous method or a method group (declared in this
/// compilation) every return of which is the constant <c>true</c>. A callback that returns anything else on some
/// path — a comparison with <c>SslPolicyErrors.None</c>, a thumbprint check, a setting — inspects what it is given
/// and is not one; so is one that throws, or hands what it is given to a method other than a log call (which may
/// throw on a bad certificate).
/// </summary>
internal static class AcceptingFunctions
{
    public static bool AlwaysReturnsTrue(IOperation? value)
    {
        switch (OperationValues.Unwrap(value))
        {
            case IDelegateCreationOperation creation:
                return AlwaysReturnsTrue(creation.Target);
            case IAnonymousFunctionOperation function:
                return ReturnsOnlyTrue(function.Body);
            case IMethodReferenceOperation reference:
                return MethodReturnsOnlyTrue(reference.Method);
            default:
                return false;
        }
    }

    private static bool ReturnsOnlyTrue(IBlockOperation? body)
    {
        if (body is null)
        {
            return false;
        }

        var returns = 0;
        var pending = new Stack<IOperation>();
        pending.Push(body);
        while (pending.Count > 0)
        {
            var operation = pending.Pop();
            if (operation is IThrowOperation || (operation is IInvocationOperation invocation && MayInspect(invocation)))
            {
                return false;
            }

            if (operation is IReturnOperation { Kind: OperationKind.Return } ret)
            {
                if (OperationValues.Constant(ret.ReturnedValue) is not true)
                {
                    return false;
                }

                returns++;
                continue;
            }

            foreach (var child in operation.ChildOperations)
            {
                if (child is not (IAnonymousFunctionOperation or ILocalFunctionOperation))
                {
                    pending.Push(child);
                }
            }
        }

        return returns > 0;
    }

    /// <summary>A call that is given a parameter of the callback and is not a log call.</summary>
    private static bool MayInspect(IInvocationOperation invocation)
    {
        var ns = TypeHierarchy.NamespaceOf(invocation.TargetMethod);
        if (ns.StartsWith("Microsoft.Extensions.Logging", System.StringComparison.Ordinal) || ns.StartsWith("Serilog", System.StringComparison.Ordinal) ||
            ns.StartsWith("NLog", System.StringComparison.Ordinal) || ns == "System.Diagnostics" || invocation.TargetMethod.ContainingType?.Name == "Console")
        {
            return false;
        }

        foreach (var argument in invocation.Arguments)
        {
            foreach (var node in argument.Value.DescendantsAndSelf())
            {
                if (node is IParameterReferenceOperation)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>A method of this compilation whose body (or expression body) only ever returns the literal <c>true</c>.</summary>
    private static bool MethodReturnsOnlyTrue(IMethodSymbol method)
    {
        foreach (var reference in method.DeclaringSyntaxReferences)
        {
            var syntax = reference.GetSyntax();
            var (block, arrow) = syntax switch
            {
                MethodDeclarationSyntax m => (m.Body, m.ExpressionBody),
                LocalFunctionStatementSyntax l => (l.Body, l.ExpressionBody),
                _ => (null, null),
            };
            if (arrow is not null)
            {
                return IsTrueLiteral(arrow.Expression);
            }

            if (block is null)
            {
                return false;
            }

            var returns = 0;
            foreach (var node in block.DescendantNodes(n => n is not (AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax)))
            {
                if (node is ThrowStatementSyntax or ThrowExpressionSyntax || (node is InvocationExpressionSyntax call && call.ArgumentList.Arguments.Count > 0))
                {
                    return false;
                }

                if (node is ReturnStatementSyntax ret)
                {
                    if (!IsTrueLiteral(ret.Expression))
                    {
                        return false;
                    }

                    returns++;
                }
            }

            return returns > 0;
        }

        return false;
    }

    private static bool IsTrueLiteral(ExpressionSyntax? expression)
    {
        while (expression is ParenthesizedExpressionSyntax parenthesized)
        {
            expression = parenthesized.Expression;
        }

        return expression is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.TrueLiteralExpression);
    }
}
