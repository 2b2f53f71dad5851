using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace AutoMode.Analyzers.Values;

/// <summary>
/// Resolves what the compiler can see of a string value: constants, <c>const</c> and literal-initialized
/// <c>readonly</c> fields, interpolations, concatenations, <c>string.Concat</c>, locals with a single
/// definition in the enclosing body, and private fields assigned once in their type. Rules plug in the calls they understand (Path.Combine, GetTempPath…)
/// through a hook. Never throws: what cannot be seen is <see cref="SymbolicString.Unknown"/>.
/// </summary>
internal static class ValueResolver
{
    private const int MaxDepth = 12;

    /// <summary>A rule's own knowledge of an operation's value; null when it does not know the operation.</summary>
    public delegate SymbolicString? Hook(IOperation operation, Func<IOperation?, SymbolicString> resolve);

    public static SymbolicString Resolve(IOperation? operation, Hook? hook = null) => Resolve(operation, hook, 0, null);

    /// <summary>
    /// Like <see cref="Resolve(IOperation?, Hook?)"/>, and collects in <paramref name="origins"/> the syntax each piece of
    /// known text came from (the literal, or the initializer of the constant or field it was read from), so that a rule
    /// can report where a value was written rather than where it was used.
    /// </summary>
    public static SymbolicString Resolve(IOperation? operation, Hook? hook, System.Collections.Generic.ICollection<SyntaxNode>? origins)
        => Resolve(operation, hook, 0, origins);

    /// <summary>The one value assigned to a local in its body (declaration or one assignment), or null.</summary>
    public static IOperation? FindSingleDefinition(ILocalReferenceOperation reference) => LocalDefinitions.Single(reference);

    private static SymbolicString Resolve(IOperation? operation, Hook? hook, int depth, System.Collections.Generic.ICollection<SyntaxNode>? origins)
    {
        if (operation is null || depth > MaxDepth)
        {
            return SymbolicString.Unknown;
        }

        if (operation.ConstantValue.HasValue)
        {
            if (origins is not null && operation.ConstantValue.Value is not null)
            {
                origins.Add(ConstantOrigin(operation));
            }

            return operation.ConstantValue.Value switch
            {
                string text => SymbolicString.FromText(text),
                char c => SymbolicString.FromText(c.ToString()),
                null => SymbolicString.Unknown,
                var other => SymbolicString.FromText(Convert.ToString(other, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty),
            };
        }

        SymbolicString Next(IOperation? child) => Resolve(child, hook, depth + 1, origins);

        if (hook?.Invoke(operation, Next) is { } hooked)
        {
            return hooked;
        }

        switch (operation)
        {
            case IConversionOperation conversion:
                return Next(conversion.Operand);
            case IParenthesizedOperation parenthesized:
                return Next(parenthesized.Operand);
            case IInterpolatedStringOperation interpolated:
                return SymbolicString.Concat(interpolated.Parts.Select(part => part switch
                {
                    IInterpolatedStringTextOperation text => Next(text.Text),
                    IInterpolationOperation interpolation => interpolation.Alignment is null && interpolation.FormatString is null
                        ? Next(interpolation.Expression)
                        : SymbolicString.Unknown,
                    _ => SymbolicString.Unknown,
                }).ToArray());
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } binary
                when binary.Type?.SpecialType == SpecialType.System_String:
                return SymbolicString.Concat(Next(binary.LeftOperand), Next(binary.RightOperand));
            case IInvocationOperation invocation
                when invocation.TargetMethod.Name == "Concat" && invocation.TargetMethod.ContainingType?.SpecialType == SpecialType.System_String:
                return SymbolicString.Concat(invocation.Arguments.SelectMany(ExpandParams).Select(Next).ToArray());
            case ILocalReferenceOperation local:
                return Next(FindSingleDefinition(local));
            case IFieldReferenceOperation field:
                return ResolveField(field.Field, origins) is { IsFullyUnknown: false } known
                    ? known
                    : Next(ReadonlyInitializerInSameTree(field) ?? SingleConstructorAssignment(field.Field, field.SemanticModel) ??
                           PrivateFieldAssignments.Single(field.Field, field.SemanticModel));
            case IPropertyReferenceOperation property when IsGetOnlyAutoProperty(property.Property):
                return Next(SingleConstructorAssignment(property.Property, property.SemanticModel));
            case ICoalesceOperation coalesce:
                return Next(coalesce.Value) is { HasUnknown: false } left ? left : SymbolicString.Unknown;
            default:
                return SymbolicString.Unknown;
        }
    }

    /// <summary>Arguments with a <c>params</c> array expanded into its elements.</summary>
    public static System.Collections.Generic.IEnumerable<IOperation> ExpandParams(IArgumentOperation argument)
    {
        if (argument.ArgumentKind == ArgumentKind.ParamArray && argument.Value is IArrayCreationOperation { Initializer: { } initializer })
        {
            return initializer.ElementValues;
        }

        return new[] { argument.Value };
    }

    /// <summary>Where a constant was written: the initializer of a const field or local, else the expression itself.</summary>
    internal static SyntaxNode ConstantOrigin(IOperation operation)
    {
        ISymbol? symbol = operation switch
        {
            IFieldReferenceOperation field => field.Field,
            ILocalReferenceOperation local => local.Local,
            _ => null,
        };

        foreach (var reference in symbol?.DeclaringSyntaxReferences ?? System.Collections.Immutable.ImmutableArray<SyntaxReference>.Empty)
        {
            if (reference.GetSyntax() is VariableDeclaratorSyntax { Initializer.Value: { } value })
            {
                return value;
            }
        }

        return operation.Syntax;
    }

    private static SymbolicString ResolveField(IFieldSymbol field, System.Collections.Generic.ICollection<SyntaxNode>? origins)
    {
        if (field.HasConstantValue && field.ConstantValue is string constant)
        {
            return SymbolicString.FromText(constant);
        }

        if (!field.IsReadOnly)
        {
            return SymbolicString.Unknown;
        }

        foreach (var reference in field.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax() is VariableDeclaratorSyntax { Initializer.Value: LiteralExpressionSyntax literal } &&
                literal.IsKind(SyntaxKind.StringLiteralExpression))
            {
                origins?.Add(literal);
                return SymbolicString.FromText(literal.Token.ValueText);
            }
        }

        return SymbolicString.Unknown;
    }

    /// <summary>
    /// The initializer of a readonly field declared in the same file as the reference
    /// (<c>static readonly string Root = Path.Combine(Path.GetTempPath(), "app");</c>), bound with the reference's own
    /// semantic model; null elsewhere (another file would need another semantic model).
    /// </summary>
    private static IOperation? ReadonlyInitializerInSameTree(IFieldReferenceOperation reference)
    {
        var field = reference.Field;
        if (!field.IsReadOnly || reference.SemanticModel is not { } model)
        {
            return null;
        }

        foreach (var declaration in field.DeclaringSyntaxReferences)
        {
            if (declaration.SyntaxTree == model.SyntaxTree &&
                declaration.GetSyntax() is VariableDeclaratorSyntax { Initializer.Value: { } value })
            {
                return model.GetOperation(value);
            }
        }

        return null;
    }

    /// <summary>
    /// The one value a readonly field or get-only auto-property without an initializer gets in the constructors of its
    /// type declared in the same file (<c>Root = Path.Combine(Path.GetTempPath(), "app");</c>); null when there are
    /// several, none, or they are in another file.
    /// </summary>
    private static IOperation? SingleConstructorAssignment(ISymbol member, SemanticModel? model)
    {
        if (model is null || member.ContainingType is not { } type ||
            (member is IFieldSymbol field && (!field.IsReadOnly || HasInitializer(field))))
        {
            return null;
        }

        IOperation? value = null;
        var count = 0;
        foreach (var constructor in type.InstanceConstructors.Concat(type.StaticConstructors))
        {
            foreach (var declaration in constructor.DeclaringSyntaxReferences)
            {
                if (declaration.SyntaxTree != model.SyntaxTree || model.GetOperation(declaration.GetSyntax()) is not { } body)
                {
                    continue;
                }

                foreach (var assignment in body.Descendants().OfType<ISimpleAssignmentOperation>())
                {
                    var target = assignment.Target switch
                    {
                        IFieldReferenceOperation f => (ISymbol)f.Field,
                        IPropertyReferenceOperation p => p.Property,
                        _ => null,
                    };
                    if (SymbolEqualityComparer.Default.Equals(target, member))
                    {
                        value = assignment.Value;
                        count++;
                    }
                }
            }
        }

        return count == 1 ? value : null;
    }

    private static bool HasInitializer(IFieldSymbol field)
        => field.DeclaringSyntaxReferences.Any(r => r.GetSyntax() is VariableDeclaratorSyntax { Initializer: not null });

    /// <summary><c>public string Root { get; }</c>: only constructors can set it.</summary>
    private static bool IsGetOnlyAutoProperty(IPropertySymbol property)
        => property.SetMethod is null && !property.IsAbstract && property.DeclaringSyntaxReferences.Length == 1 &&
           property.DeclaringSyntaxReferences[0].GetSyntax() is PropertyDeclarationSyntax { ExpressionBody: null, Initializer: null, AccessorList: { } accessors } &&
           accessors.Accessors.All(a => a.Body is null && a.ExpressionBody is null);
}
