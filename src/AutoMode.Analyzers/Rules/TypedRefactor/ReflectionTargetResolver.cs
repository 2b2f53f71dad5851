using System.Collections.Immutable;
using System.Linq;
using AutoMode.Analyzers.Values;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AutoMode.Analyzers.Rules.TypedRefactor;

/// <summary>
/// Finds what a constant reflection name refers to: the type named by a type-name string, or the members of the
/// searched type (followed through <c>typeof</c>, <c>x.GetType()</c>, <c>GetTypeInfo()</c>, <c>Type.GetType("…")</c>
/// and single-assignment locals) that carry the name.
/// </summary>
internal sealed class ReflectionTargetResolver
{
    private const int MaxDepth = 8;
    private readonly Compilation _compilation;
    private readonly ReflectionSymbols _s;

    public ReflectionTargetResolver(Compilation compilation, ReflectionSymbols symbols)
    {
        _compilation = compilation;
        _s = symbols;
    }

    /// <summary>The type a (possibly assembly-qualified, nested or generic) type name denotes, or null.</summary>
    public INamedTypeSymbol? ResolveTypeName(string typeName)
    {
        var end = typeName.Length;
        var depth = 0;
        for (var i = 0; i < typeName.Length; i++)
        {
            var c = typeName[i];
            if (c == '[')
            {
                if (depth == 0 && i < end)
                {
                    end = i; // generic arguments or array rank: the definition is before it
                }

                depth++;
            }
            else if (c == ']')
            {
                depth--;
            }
            else if (c == ',' && depth == 0)
            {
                end = System.Math.Min(end, i); // assembly qualification
                break;
            }
        }

        var metadataName = typeName.Substring(0, end).Trim().TrimEnd('&', '*');
        return metadataName.Length == 0 ? null : WellKnownTypes.For(_compilation).Get(metadataName);
    }

    /// <summary>The static type a <c>Type</c>-valued operation stands for, when visible.</summary>
    public ITypeSymbol? ResolveReceiver(IOperation? operation, int depth = 0)
    {
        if (operation is null || depth > MaxDepth)
        {
            return null;
        }

        switch (operation)
        {
            case IConversionOperation conversion:
                return ResolveReceiver(conversion.Operand, depth + 1);
            case ITypeOfOperation typeOf:
                return typeOf.TypeOperand is ITypeParameterSymbol or IErrorTypeSymbol ? null : typeOf.TypeOperand;
            case ILocalReferenceOperation local:
                return ResolveReceiver(ValueResolver.FindSingleDefinition(local), depth + 1);
            case IInvocationOperation invocation:
                var method = invocation.TargetMethod;
                if (method.Name == "GetType" && method.Parameters.IsEmpty && invocation.Instance is { Type: { } instanceType })
                {
                    return instanceType is ITypeParameterSymbol || instanceType.SpecialType == SpecialType.System_Object || instanceType.TypeKind == TypeKind.Dynamic
                        ? null
                        : instanceType;
                }

                if (method.Name == "GetTypeInfo" && SymbolEqualityComparer.Default.Equals(method.ContainingType, _s.IntrospectionExtensions) && invocation.Arguments.Length == 1)
                {
                    return ResolveReceiver(invocation.Arguments[0].Value, depth + 1);
                }

                if (method.Name == "GetType" && method.IsStatic && SymbolEqualityComparer.Default.Equals(method.ContainingType, _s.Type) &&
                    invocation.Arguments.Length > 0 && ValueResolver.Resolve(invocation.Arguments[0].Value).KnownText is { } name)
                {
                    return ResolveTypeName(name);
                }

                return null;
            default:
                return null;
        }
    }

    /// <summary>The members of <paramref name="type"/> (and its base types) a lookup of this kind finds by this name.</summary>
    public static ImmutableArray<ISymbol> FindMembers(ITypeSymbol type, string name, LookupKind kind)
    {
        if (kind == LookupKind.Interface)
        {
            return type.AllInterfaces.Where(i => i.Name == name || i.ToDisplayString() == name).Cast<ISymbol>().ToImmutableArray();
        }

        for (var current = type; current is not null; current = current.BaseType)
        {
            var members = kind == LookupKind.NestedType
                ? current.GetTypeMembers(name).Cast<ISymbol>().ToImmutableArray()
                : current.GetMembers(name).Where(m => Matches(m, kind)).ToImmutableArray();
            if (!members.IsEmpty || kind == LookupKind.NestedType)
            {
                return members; // the nearest declaration is the one a rename would change
            }
        }

        return ImmutableArray<ISymbol>.Empty;
    }

    private static bool Matches(ISymbol member, LookupKind kind) => kind switch
    {
        LookupKind.Method => member is IMethodSymbol,
        LookupKind.Property => member is IPropertySymbol,
        LookupKind.Field => member is IFieldSymbol { IsImplicitlyDeclared: false },
        LookupKind.Event => member is IEventSymbol,
        _ => !member.IsImplicitlyDeclared || member is IMethodSymbol { AssociatedSymbol: not null },
    };
}
