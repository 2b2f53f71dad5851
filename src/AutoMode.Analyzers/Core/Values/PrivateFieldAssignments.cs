using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace AutoMode.Analyzers.Values;

/// <summary>
/// The one value a private, non-readonly field is ever assigned in its type: a test fixture's
/// <c>_workDir = Path.Combine(Path.GetTempPath(), …)</c> in its [SetUp], a service's lazily set path. Only the type can
/// write a private field, so when the type (declared in this one file) assigns it exactly once, never passes it by
/// reference and does not initialize it to anything but null, that value or null is all the field can hold. Null when
/// that cannot be shown.
/// </summary>
internal static class PrivateFieldAssignments
{
    private static readonly ConditionalWeakTable<IFieldSymbol, StrongBox<IOperation?>> Found = new();

    public static IOperation? Single(IFieldSymbol field, SemanticModel? model)
    {
        if (model is null || field.IsReadOnly || field.IsConst || field.DeclaredAccessibility != Accessibility.Private ||
            field.ContainingType is not { } type || type.DeclaringSyntaxReferences.Length != 1 ||
            type.DeclaringSyntaxReferences[0].SyntaxTree != model.SyntaxTree || HasValueInitializer(field))
        {
            return null;
        }

        return Found.GetValue(field, f => new StrongBox<IOperation?>(Find(f, type.DeclaringSyntaxReferences[0].GetSyntax(), model))).Value;
    }

    private static IOperation? Find(IFieldSymbol field, SyntaxNode typeDeclaration, SemanticModel model)
    {
        IOperation? value = null;
        foreach (var name in typeDeclaration.DescendantNodes())
        {
            if (name is not IdentifierNameSyntax identifier || identifier.Identifier.ValueText != field.Name ||
                !SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(identifier).Symbol?.OriginalDefinition, field.OriginalDefinition))
            {
                continue;
            }

            var syntax = identifier.Parent is MemberAccessExpressionSyntax access && access.Name == identifier ? access : (SyntaxNode)identifier;
            if (model.GetOperation(syntax) is not IFieldReferenceOperation reference)
            {
                if (IsInNameof(identifier))
                {
                    continue;
                }

                return null; // a use we cannot see through
            }

            switch (reference.Parent)
            {
                case ISimpleAssignmentOperation assignment when assignment.Target == reference:
                    if (value is not null)
                    {
                        return null; // assigned twice
                    }

                    value = assignment.Value;
                    break;
                case ICompoundAssignmentOperation compound when compound.Target == reference:
                case ICoalesceAssignmentOperation coalesce when coalesce.Target == reference:
                case IIncrementOrDecrementOperation:
                case IArgumentOperation { Parameter.RefKind: not RefKind.None and not RefKind.In }:
                case ITupleOperation:
                    return null; // written another way, or possibly (deconstruction)
                default:
                    if (syntax.Parent is RefExpressionSyntax)
                    {
                        return null; // a ref to it can write it
                    }

                    break;
            }
        }

        return value;
    }

    /// <summary>An initializer other than <c>null</c> or <c>null!</c> is a second value.</summary>
    private static bool HasValueInitializer(IFieldSymbol field)
    {
        foreach (var reference in field.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax() is VariableDeclaratorSyntax { Initializer.Value: { } initializer } &&
                !(initializer is PostfixUnaryExpressionSyntax { Operand: var operand } suppressed && suppressed.IsKind(SyntaxKind.SuppressNullableWarningExpression)
                    ? operand
                    : initializer).IsKind(SyntaxKind.NullLiteralExpression))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsInNameof(SyntaxNode node)
    {
        for (var current = node.Parent; current is not null and not StatementSyntax and not MemberDeclarationSyntax; current = current.Parent)
        {
            if (current is InvocationExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.ValueText: "nameof" } })
            {
                return true;
            }
        }

        return false;
    }
}
