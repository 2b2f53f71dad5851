using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AutoMode.Analyzers.Rules.Infrastructure;

/// <summary>
/// What a value ends up in: the property it is assigned to (also through arrays, collection initializers
/// <c>CidrBlocks = { "0.0.0.0/0" }</c> and implicit conversions such as Pulumi's <c>Input&lt;T&gt;</c>), or the
/// parameter it is passed to; with the object initializer it is part of, to look at sibling properties.
/// </summary>
internal readonly struct ValueTarget
{
    private const int MaxDepth = 10;

    private ValueTarget(ISymbol member, IObjectOrCollectionInitializerOperation? initializer)
    {
        Member = member;
        Initializer = initializer;
    }

    /// <summary>An <see cref="IPropertySymbol"/> or an <see cref="IParameterSymbol"/>.</summary>
    public ISymbol Member { get; }

    public IObjectOrCollectionInitializerOperation? Initializer { get; }

    /// <summary>The type the property belongs to, or the method the parameter belongs to.</summary>
    public ISymbol? Owner => Member is IParameterSymbol parameter ? parameter.ContainingSymbol : Member.ContainingType;

    public static ValueTarget? Find(IOperation value)
    {
        var current = value;
        for (var depth = 0; depth < MaxDepth && current.Parent is { } parent; depth++, current = parent)
        {
            switch (parent)
            {
                case IConversionOperation:
                case IParenthesizedOperation:
                case IArrayInitializerOperation:
                case IArrayCreationOperation:
                case IObjectOrCollectionInitializerOperation:
                    continue;
                case IArgumentOperation { Parent: IInvocationOperation { Instance: IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ImplicitReceiver } } }:
                    continue; // an Add of a collection initializer
                case IInvocationOperation { Instance: IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ImplicitReceiver } }:
                    continue;
                case IArgumentOperation { Parameter: { } parameter }:
                    return new ValueTarget(parameter, null);
                case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation property } assignment when assignment.Value == current:
                    return new ValueTarget(property.Property, assignment.Parent as IObjectOrCollectionInitializerOperation);
                case IMemberInitializerOperation { InitializedMember: IPropertyReferenceOperation property } member:
                    return new ValueTarget(property.Property, member.Parent as IObjectOrCollectionInitializerOperation);
                default:
                    return null;
            }
        }

        return null;
    }

    /// <summary>A sibling property's value in the same object initializer (<c>Direction = …</c> next to <c>SourceAddressPrefix = …</c>).</summary>
    public IOperation? Sibling(string propertyName)
    {
        if (Initializer is null)
        {
            return null;
        }

        foreach (var initializer in Initializer.Initializers)
        {
            if (initializer is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation property } assignment && property.Property.Name == propertyName)
            {
                return assignment.Value;
            }
        }

        return null;
    }
}
