using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace AutoMode.Analyzers.Values;

/// <summary>
/// Whether a string value is built (in part) from <c>nameof(...)</c>, directly, through a single-assignment local
/// or through a <c>const</c> field's initializer: such a name follows renames and is not a hidden dependency.
/// </summary>
internal static class NameofDetector
{
    private const int MaxDepth = 8;

    public static bool UsesNameof(IOperation? operation) => UsesNameof(operation, 0);

    private static bool UsesNameof(IOperation? operation, int depth)
    {
        if (operation is null || depth > MaxDepth)
        {
            return false;
        }

        foreach (var node in operation.DescendantsAndSelf())
        {
            switch (node)
            {
                case INameOfOperation:
                    return true;
                case ILocalReferenceOperation local when UsesNameof(ValueResolver.FindSingleDefinition(local), depth + 1):
                    return true;
                case IFieldReferenceOperation { Field.HasConstantValue: true } field when FieldInitializerUsesNameof(field.Field):
                    return true;
            }
        }

        return false;
    }

    private static bool FieldInitializerUsesNameof(IFieldSymbol field)
        => field.DeclaringSyntaxReferences.Any(reference =>
            reference.GetSyntax() is VariableDeclaratorSyntax { Initializer.Value: { } value } &&
            value.DescendantNodesAndSelf().OfType<InvocationExpressionSyntax>().Any(i =>
                i.Expression is IdentifierNameSyntax { Identifier.ValueText: "nameof" }));
}
