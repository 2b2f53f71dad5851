using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace AutoMode.Analyzers.Values;

/// <summary>
/// Every value a field, property or method can hand out, when all of them are visible in the file being analyzed: a
/// test class's <c>private readonly HttpClient _client</c> set in its constructor, a fixture's
/// <c>HttpClient Client =&gt; _factory.CreateClient();</c>, a helper method's <c>return client;</c>. Null when some
/// value may come from elsewhere: a member declared in another file, a field or property other code can set, a
/// write through a reference.
/// </summary>
internal static class MemberValues
{
    /// <summary>The values a field or auto-property is assigned (initializer included), or the values a getter returns.</summary>
    public static ImmutableArray<IOperation>? Of(ISymbol member, SemanticModel? model)
    {
        if (model is null || member.ContainingType is not { } type || type.DeclaringSyntaxReferences.Length != 1 ||
            type.DeclaringSyntaxReferences[0].SyntaxTree != model.SyntaxTree)
        {
            return null;
        }

        switch (member)
        {
            case IFieldSymbol field when field.IsReadOnly || field.DeclaredAccessibility == Accessibility.Private:
                return Assigned(field, type.DeclaringSyntaxReferences[0].GetSyntax(), model);
            case IPropertySymbol property when property.DeclaringSyntaxReferences.Length == 1 && !property.IsVirtual && !property.IsAbstract && !property.IsOverride:
                var declaration = property.DeclaringSyntaxReferences[0].GetSyntax();
                if (declaration is PropertyDeclarationSyntax { ExpressionBody: { } arrow })
                {
                    return model.GetOperation(arrow.Expression) is { } value ? ImmutableArray.Create(value) : null;
                }

                var getter = (declaration as PropertyDeclarationSyntax)?.AccessorList?.Accessors.FirstOrDefault(a => a.Keyword.ValueText == "get");
                if (getter is { Body: not null } or { ExpressionBody: not null })
                {
                    return Returned(model.GetOperation(getter));
                }

                return property.SetMethod is null or { DeclaredAccessibility: Accessibility.Private } or { IsInitOnly: true, DeclaredAccessibility: Accessibility.Private }
                    ? Assigned(property, type.DeclaringSyntaxReferences[0].GetSyntax(), model)
                    : null;
            default:
                return null;
        }
    }

    /// <summary>The values a method declared in the analyzed file returns (<c>return x;</c> or <c>=&gt; x</c>), or null.</summary>
    public static ImmutableArray<IOperation>? ReturnedBy(IMethodSymbol method, SemanticModel? model)
    {
        method = method.ReducedFrom ?? method;
        if (model is null || method.IsVirtual || method.IsAbstract || method.DeclaringSyntaxReferences.Length != 1 ||
            method.DeclaringSyntaxReferences[0].SyntaxTree != model.SyntaxTree)
        {
            return null;
        }

        return Returned(model.GetOperation(method.DeclaringSyntaxReferences[0].GetSyntax()));
    }

    private static ImmutableArray<IOperation>? Returned(IOperation? body)
    {
        if (body is null)
        {
            return null;
        }

        var values = ImmutableArray.CreateBuilder<IOperation>();
        foreach (var node in body.Descendants())
        {
            if (node is IReturnOperation { ReturnedValue: { } value, Kind: OperationKind.Return } && !IsInNestedFunction(node, body))
            {
                values.Add(value);
            }
        }

        return values.Count == 0 ? null : values.ToImmutable();
    }

    private static bool IsInNestedFunction(IOperation node, IOperation body)
    {
        for (var current = node.Parent; current is not null && current != body; current = current.Parent)
        {
            if (current is IAnonymousFunctionOperation or ILocalFunctionOperation)
            {
                return true;
            }
        }

        return false;
    }

    private static ImmutableArray<IOperation>? Assigned(ISymbol member, SyntaxNode typeDeclaration, SemanticModel model)
    {
        var values = ImmutableArray.CreateBuilder<IOperation>();
        foreach (var reference in member.DeclaringSyntaxReferences)
        {
            var initializer = reference.GetSyntax() switch
            {
                VariableDeclaratorSyntax { Initializer.Value: { } v } => v,
                PropertyDeclarationSyntax { Initializer.Value: { } v } => v,
                _ => null,
            };
            if (initializer is not null && model.GetOperation(initializer) is { } value)
            {
                values.Add(value);
            }
        }

        foreach (var name in typeDeclaration.DescendantNodes().OfType<IdentifierNameSyntax>())
        {
            if (name.Identifier.ValueText != member.Name)
            {
                continue;
            }

            var syntax = name.Parent is MemberAccessExpressionSyntax access && access.Name == name ? access : (SyntaxNode)name;
            var operation = model.GetOperation(syntax);
            var referenced = operation switch
            {
                IFieldReferenceOperation f => (ISymbol)f.Field,
                IPropertyReferenceOperation p => p.Property,
                _ => null,
            };
            if (!SymbolEqualityComparer.Default.Equals(referenced?.OriginalDefinition, member.OriginalDefinition))
            {
                continue;
            }

            switch (operation!.Parent)
            {
                case ISimpleAssignmentOperation assignment when assignment.Target == operation:
                    values.Add(assignment.Value);
                    break;
                case IAssignmentOperation assignment when assignment.Target == operation:
                    return null; // compound
                case ICoalesceAssignmentOperation coalesce when coalesce.Target == operation:
                    return null;
                case IArgumentOperation { Parameter.RefKind: RefKind.Ref or RefKind.Out }:
                case ITupleOperation:
                    return null; // written through a reference, or possibly by a deconstruction
            }
        }

        return values.Count == 0 ? null : values.ToImmutable();
    }
}
