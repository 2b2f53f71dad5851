using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace AutoMode.Analyzers.Rules.TypedRefactor;

/// <summary>
/// The classes and structs declared in this compilation that a type stands for: itself, or the element and type
/// arguments of arrays, <c>Nullable&lt;T&gt;</c>, collections, dictionaries and tasks (<c>List&lt;Order&gt;</c> → Order).
/// Only source types matter: they are the ones a refactor here can rename.
/// </summary>
internal static class SourceTypeGraph
{
    private const int MaxDepth = 4;

    public static IEnumerable<INamedTypeSymbol> SourceTypesIn(ITypeSymbol? type) => SourceTypesIn(type, 0);

    private static IEnumerable<INamedTypeSymbol> SourceTypesIn(ITypeSymbol? type, int depth)
    {
        if (type is null || depth > MaxDepth)
        {
            yield break;
        }

        if (type is IArrayTypeSymbol array)
        {
            foreach (var element in SourceTypesIn(array.ElementType, depth + 1))
            {
                yield return element;
            }

            yield break;
        }

        if (type is not INamedTypeSymbol named)
        {
            yield break;
        }

        if (IsSourceDataType(named))
        {
            yield return named;
        }

        foreach (var argument in named.TypeArguments)
        {
            foreach (var inner in SourceTypesIn(argument, depth + 1))
            {
                yield return inner;
            }
        }
    }

    /// <summary>A class, struct or record declared in source (not an enum, interface, delegate or generated type).</summary>
    public static bool IsSourceDataType(INamedTypeSymbol type)
        => type.TypeKind is TypeKind.Class or TypeKind.Struct &&
           !type.IsStatic &&
           type.Locations.Any(l => l.IsInSource);

    /// <summary>The base types of a source type that are declared in source too (their members are serialized and mapped as well).</summary>
    public static IEnumerable<INamedTypeSymbol> SourceBaseTypes(INamedTypeSymbol type)
    {
        for (var current = type.BaseType; current is not null && IsSourceDataType(current); current = current.BaseType)
        {
            yield return current;
        }
    }
}
