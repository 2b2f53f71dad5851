using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AutoMode.Analyzers.Rules.TypedRefactor;

/// <summary>
/// The type test that chooses the branch an operation is in: the condition of an enclosing <c>if</c> or conditional
/// expression, or the pattern and guard of an enclosing switch arm or case, that tests a type
/// (<c>typeof(IFormattable).IsAssignableFrom(type)</c>, <c>IsInstanceOfType</c>, <c>IsSubclassOf</c>, <c>type.IsValueType</c>,
/// <c>value is T</c>, a type pattern). Lambdas in the branch count as in it (RestSharp builds its getters in switch arms).
/// </summary>
internal static class TypeTests
{
    /// <summary>The text of the type test guarding <paramref name="operation"/>, or null.</summary>
    public static string? Guarding(IOperation operation)
    {
        for (var child = operation; child.Parent is { } parent; child = parent)
        {
            var test = parent switch
            {
                IConditionalOperation conditional when child != conditional.Condition => Find(conditional.Condition),
                ISwitchExpressionArmOperation arm when child == arm.Value => Find(arm.Pattern) ?? Find(arm.Guard),
                ISwitchCaseOperation @case when child is not ICaseClauseOperation => FindInClauses(@case),
                _ => null,
            };
            if (test is not null)
            {
                return test;
            }
        }

        return null;
    }

    private static string? FindInClauses(ISwitchCaseOperation @case)
    {
        foreach (var clause in @case.Clauses)
        {
            if (clause is IPatternCaseClauseOperation pattern && (Find(pattern.Pattern) ?? Find(pattern.Guard)) is { } test)
            {
                return test;
            }
        }

        return null;
    }

    private static string? Find(IOperation? condition)
    {
        if (condition is null)
        {
            return null;
        }

        foreach (var node in condition.DescendantsAndSelf())
        {
            if (IsTypeTest(node))
            {
                return Snippet.Of(node.Syntax);
            }
        }

        return null;
    }

    private static bool IsTypeTest(IOperation node) => node switch
    {
        IInvocationOperation { TargetMethod: { Name: "IsAssignableFrom" or "IsAssignableTo" or "IsInstanceOfType" or "IsSubclassOf" } method } => IsSystemType(method.ContainingType),
        IPropertyReferenceOperation { Property: { Name: "IsValueType" or "IsClass" or "IsInterface" } property } => IsSystemType(property.ContainingType),
        IIsTypeOperation => true,
        ITypePatternOperation or IDeclarationPatternOperation { MatchesNull: false } => true,
        IRecursivePatternOperation { MatchedType: not null } recursive => recursive.Syntax is Microsoft.CodeAnalysis.CSharp.Syntax.RecursivePatternSyntax { Type: not null },
        _ => false,
    };

    private static bool IsSystemType(INamedTypeSymbol? type)
        => type is { Name: "Type", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } };
}
