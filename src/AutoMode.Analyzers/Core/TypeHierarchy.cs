using Microsoft.CodeAnalysis;

namespace AutoMode.Analyzers;

/// <summary>Symbol relations the rules share: "is this type, or derived from it, or implementing it".</summary>
internal static class TypeHierarchy
{
    /// <summary>True when <paramref name="type"/> is <paramref name="anchor"/> (by original definition), derives from it or implements it.</summary>
    public static bool IsOrInherits(ITypeSymbol? type, INamedTypeSymbol? anchor)
    {
        if (type is null || anchor is null)
        {
            return false;
        }

        for (var current = type; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current.OriginalDefinition, anchor))
            {
                return true;
            }
        }

        if (anchor.TypeKind == TypeKind.Interface)
        {
            foreach (var implemented in type.AllInterfaces)
            {
                if (SymbolEqualityComparer.Default.Equals(implemented.OriginalDefinition, anchor))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The type a call is made on: the containing type, or the <c>this</c> parameter's type for an extension method.</summary>
    public static ITypeSymbol? ReceiverType(IMethodSymbol method)
    {
        if (method.IsExtensionMethod)
        {
            if (method.ReducedFrom is not null)
            {
                return method.ReceiverType;
            }

            return method.Parameters.Length > 0 ? method.Parameters[0].Type : null;
        }

        return method.ContainingType;
    }

    /// <summary>The namespace of a symbol as dotted text ("Amazon.CDK.AWS.EC2"), empty for the global namespace.</summary>
    public static string NamespaceOf(ISymbol symbol)
    {
        var ns = symbol.ContainingNamespace;
        return ns is null || ns.IsGlobalNamespace ? string.Empty : ns.ToDisplayString();
    }
}
