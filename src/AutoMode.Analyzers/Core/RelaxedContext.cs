using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using AutoMode.Analyzers.Values;

namespace AutoMode.Analyzers;

/// <summary>
/// Where code cannot reach production, and the rules report it one level lower with the reason (a relaxed security
/// check, AM6xxx; a destructive file operation, AM1007):
/// a test project, a branch taken only in the development environment (<c>if (env.IsDevelopment())</c>, a bool named
/// <c>isDevelopment</c>, the
/// <c>else</c> of <c>if (!env.IsDevelopment())</c>, <c>IsEnvironment("Development")</c>, an environment name compared
/// with "Development", either side of an <c>&amp;&amp;</c>) and code compiled only in DEBUG builds (<c>#if DEBUG</c>).
/// </summary>
internal static class RelaxedContext
{
    public const string TestProject = "in a test project";
    public const string DevelopmentBranch = "in a branch taken only in development (IsDevelopment())";
    public const string DebugBuild = "in code compiled only in DEBUG builds (#if DEBUG)";

    /// <summary>The reason the operation cannot reach production, or null.</summary>
    public static string? Of(IOperation operation, bool isTestProject)
    {
        if (isTestProject)
        {
            return TestProject;
        }

        if (IsInDevelopmentBranch(operation))
        {
            return DevelopmentBranch;
        }

        return IsInDebugOnlyCode(operation.Syntax) ? DebugBuild : null;
    }

    public static bool IsInDevelopmentBranch(IOperation operation)
    {
        for (var child = operation; child.Parent is { } parent; child = parent)
        {
            if (parent is IConditionalOperation conditional &&
                ((child == conditional.WhenTrue && Implies(conditional.Condition, true)) ||
                 (child == conditional.WhenFalse && Implies(conditional.Condition, false))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the condition having the value <paramref name="value"/> means the environment is Development.</summary>
    private static bool Implies(IOperation? condition, bool value)
    {
        switch (OperationValues.Unwrap(condition))
        {
            case IUnaryOperation { OperatorKind: UnaryOperatorKind.Not } not:
                return Implies(not.Operand, !value);
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.ConditionalAnd } both when value:
                return Implies(both.LeftOperand, true) || Implies(both.RightOperand, true);
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.ConditionalOr } either when !value:
                return Implies(either.LeftOperand, false) || Implies(either.RightOperand, false);
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals } comparison:
                var isEquals = comparison.OperatorKind == BinaryOperatorKind.Equals;
                return (value == isEquals) && (IsDevelopmentName(comparison.LeftOperand) || IsDevelopmentName(comparison.RightOperand));
            case IInvocationOperation invocation when value:
                return IsDevelopmentTest(invocation);
            case IPropertyReferenceOperation { Property: { Name: "IsDevelopment", Type.SpecialType: SpecialType.System_Boolean } } when value:
                return true;
            case IParameterReferenceOperation or ILocalReferenceOperation or IFieldReferenceOperation when value && NamesDevelopment(condition!):
                return true;
            default:
                return false;
        }
    }

    /// <summary>
    /// A bool parameter, local or field named for the development environment (<c>isDevelopment</c>,
    /// <c>_isDevelopment</c>): the caller's <c>env.IsDevelopment()</c> handed down (fullstackhero's
    /// <c>if (isDevelopment) builder.EnableSensitiveDataLogging();</c>).
    /// </summary>
    private static bool NamesDevelopment(IOperation reference)
    {
        var symbol = OperationValues.Unwrap(reference) switch
        {
            IParameterReferenceOperation parameter => (ISymbol)parameter.Parameter,
            ILocalReferenceOperation local => local.Local,
            IFieldReferenceOperation field => field.Field,
            _ => null,
        };
        var type = symbol switch
        {
            IParameterSymbol parameter => parameter.Type,
            ILocalSymbol local => local.Type,
            IFieldSymbol field => field.Type,
            _ => null,
        };
        return type?.SpecialType == SpecialType.System_Boolean &&
               string.Equals(symbol!.Name.TrimStart('_'), "isDevelopment", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary><c>IsDevelopment()</c> (the hosting extensions or a look-alike of the app's own), <c>IsEnvironment("Development")</c>, <c>string.Equals(name, "Development")</c>.</summary>
    private static bool IsDevelopmentTest(IInvocationOperation invocation)
    {
        var method = invocation.TargetMethod;
        if (method.ReturnType.SpecialType != SpecialType.System_Boolean)
        {
            return false;
        }

        if (method.Name == "IsDevelopment")
        {
            return true;
        }

        if (method.Name is "IsEnvironment" or "Equals")
        {
            foreach (var argument in invocation.Arguments)
            {
                if (IsDevelopmentName(argument.Value))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>"Development", or the hosting constants for it (<c>Environments.Development</c>, <c>EnvironmentName.Development</c>: static fields, not constants).</summary>
    private static bool IsDevelopmentName(IOperation operation)
        => OperationValues.Constant(operation) is string text
            ? text.Trim().Equals("Development", StringComparison.OrdinalIgnoreCase)
            : OperationValues.Unwrap(operation) is IFieldReferenceOperation { Field: { Name: "Development", ContainingType.Name: "Environments" or "EnvironmentName" } };

    /// <summary>Inside an <c>#if DEBUG</c> region (the compiler only sees it when DEBUG is defined).</summary>
    public static bool IsInDebugOnlyCode(SyntaxNode node)
    {
        var root = node.SyntaxTree.GetRoot();
        if (!root.ContainsDirectives)
        {
            return false;
        }

        var position = node.SpanStart;
        var depth = 0;
        var debugDepth = -1;
        foreach (var directive in SyntaxDirectives.Of<DirectiveTriviaSyntax>(root))
        {
            if (directive.SpanStart >= position)
            {
                break;
            }

            switch (directive)
            {
                case IfDirectiveTriviaSyntax ifDirective:
                    depth++;
                    if (debugDepth < 0 && IsDebugSymbol(ifDirective.Condition))
                    {
                        debugDepth = depth;
                    }

                    break;
                case ElifDirectiveTriviaSyntax or ElseDirectiveTriviaSyntax:
                    if (debugDepth == depth)
                    {
                        debugDepth = -1;
                    }

                    break;
                case EndIfDirectiveTriviaSyntax:
                    if (debugDepth == depth)
                    {
                        debugDepth = -1;
                    }

                    depth--;
                    break;
            }
        }

        return debugDepth > 0;
    }

    private static bool IsDebugSymbol(ExpressionSyntax condition)
        => condition is IdentifierNameSyntax { Identifier.ValueText: "DEBUG" } ||
           (condition is ParenthesizedExpressionSyntax parenthesized && IsDebugSymbol(parenthesized.Expression)) ||
           (condition is BinaryExpressionSyntax { RawKind: (int)SyntaxKind.LogicalAndExpression } conjunction && (IsDebugSymbol(conjunction.Left) || IsDebugSymbol(conjunction.Right)));
}
