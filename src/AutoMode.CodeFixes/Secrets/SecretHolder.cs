using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AutoMode.CodeFixes.Secrets;

/// <summary>The name of what holds a literal: a variable, field, property, assigned member, dictionary key or parameter.</summary>
internal static class SecretHolder
{
    public static string? Find(LiteralExpressionSyntax literal, SemanticModel model, CancellationToken cancellationToken)
    {
        SyntaxNode node = literal;
        while (node.Parent is ParenthesizedExpressionSyntax or CastExpressionSyntax)
        {
            node = node.Parent;
        }

        switch (node.Parent)
        {
            case EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax declarator }:
                return declarator.Identifier.ValueText;
            case EqualsValueClauseSyntax { Parent: PropertyDeclarationSyntax property }:
                return property.Identifier.ValueText;
            case ArrowExpressionClauseSyntax { Parent: PropertyDeclarationSyntax property }:
                return property.Identifier.ValueText;
            case AssignmentExpressionSyntax assignment when assignment.Right == node:
                return assignment.Left switch
                {
                    IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
                    MemberAccessExpressionSyntax member => member.Name.Identifier.ValueText,
                    ElementAccessExpressionSyntax element => SingleLiteral(element.ArgumentList.Arguments),
                    ImplicitElementAccessSyntax element => SingleLiteral(element.ArgumentList.Arguments),
                    _ => null,
                };
            case AnonymousObjectMemberDeclaratorSyntax { NameEquals: { } nameEquals }:
                return nameEquals.Name.Identifier.ValueText;
            case ArgumentSyntax argument:
                if (argument.Parent is ArgumentListSyntax list && list.Arguments.Count == 2 && list.Arguments[1] == argument &&
                    list.Arguments[0].Expression is LiteralExpressionSyntax pairKey)
                {
                    return pairKey.Token.ValueText;
                }

                if (argument.Parent is InitializerExpressionSyntax)
                {
                    return null;
                }

                return model.GetOperation(argument, cancellationToken) is Microsoft.CodeAnalysis.Operations.IArgumentOperation { Parameter: { } parameter }
                    ? parameter.Name
                    : null;
            case InitializerExpressionSyntax initializer when initializer.Expressions.Count == 2 && initializer.Expressions[1] == node &&
                                                              initializer.Expressions[0] is LiteralExpressionSyntax entryKey:
                return entryKey.Token.ValueText;
            default:
                return null;
        }
    }

    private static string? SingleLiteral(SeparatedSyntaxList<ArgumentSyntax> arguments)
        => arguments.Count == 1 && arguments[0].Expression is LiteralExpressionSyntax key ? key.Token.ValueText : null;
}
