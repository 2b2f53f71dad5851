using System.Collections.Concurrent;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace AutoMode.Analyzers.Rules.Declared;

/// <summary>
/// Finds the declared risk of a member, once per member and compilation. Most specific first: the member's own
/// <c>[Risk]</c> or risk-list line; what it overrides or implements; its type (and containing and base types,
/// the attribute is <c>Inherited</c>); its namespace (risk lists); its assembly's <c>[assembly: Risk]</c>.
/// Works the same for members of referenced assemblies: the attribute is kept in metadata.
/// </summary>
internal sealed class RiskDeclarations
{
    private const int MaxDepth = 8;

    private readonly INamedTypeSymbol? _riskAttribute;
    private readonly RiskList _list;
    private readonly ConcurrentDictionary<ISymbol, RiskDeclaration?> _cache = new(SymbolEqualityComparer.Default);

    public RiskDeclarations(INamedTypeSymbol? riskAttribute, RiskList list)
    {
        _riskAttribute = riskAttribute;
        _list = list;
    }

    public RiskDeclaration? Find(ISymbol member) => _cache.GetOrAdd(Definition(member), m => FindMember(m, 0));

    private static ISymbol Definition(ISymbol member) => member switch
    {
        IMethodSymbol { ReducedFrom: { } reduced } => reduced.OriginalDefinition,
        _ => member.OriginalDefinition,
    };

    private RiskDeclaration? FindMember(ISymbol member, int depth)
    {
        if (depth > MaxDepth)
        {
            return null;
        }

        if (Own(member, DeclarationScope.Member) is { } own)
        {
            return own;
        }

        foreach (var inherited in InheritedFrom(member))
        {
            if (FindMember(Definition(inherited), depth + 1) is { } declaration)
            {
                return declaration;
            }
        }

        for (var type = member.ContainingType; type is not null; type = type.ContainingType)
        {
            for (var current = type; current is not null; current = current.BaseType)
            {
                if (Own(current.OriginalDefinition, DeclarationScope.Type) is { } onType)
                {
                    return onType;
                }
            }
        }

        if (!_list.ByNamespace.IsEmpty)
        {
            for (var ns = member.ContainingNamespace; ns is { IsGlobalNamespace: false }; ns = ns.ContainingNamespace)
            {
                if (_list.ByNamespace.TryGetValue(ns.ToDisplayString(), out var onNamespace))
                {
                    return onNamespace;
                }
            }
        }

        return member.ContainingAssembly is { } assembly ? FromAttribute(assembly, DeclarationScope.Assembly) : null;
    }

    /// <summary>A declaration made on exactly this symbol, by attribute (first) or by risk list.</summary>
    private RiskDeclaration? Own(ISymbol symbol, DeclarationScope scope)
        => FromAttribute(symbol, scope) ?? (_list.BySymbol.TryGetValue(symbol, out var listed) ? listed : null);

    private RiskDeclaration? FromAttribute(ISymbol symbol, DeclarationScope scope)
    {
        foreach (var attribute in symbol.GetAttributes())
        {
            if (RiskAttributeReader.TryRead(attribute, _riskAttribute, out var level, out var reason))
            {
                var on = scope == DeclarationScope.Assembly ? "assembly " + symbol.Name : symbol.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat);
                return new RiskDeclaration(level, reason, symbol, scope, "[Risk] on " + on);
            }
        }

        return null;
    }

    /// <summary>The members this one overrides or implements (explicitly or implicitly).</summary>
    private static System.Collections.Generic.IEnumerable<ISymbol> InheritedFrom(ISymbol member)
    {
        switch (member)
        {
            case IMethodSymbol { OverriddenMethod: { } overridden }:
                yield return overridden;
                break;
            case IPropertySymbol { OverriddenProperty: { } overridden }:
                yield return overridden;
                break;
            case IEventSymbol { OverriddenEvent: { } overridden }:
                yield return overridden;
                break;
        }

        var explicitImplementations = member switch
        {
            IMethodSymbol method => method.ExplicitInterfaceImplementations.Cast<ISymbol>(),
            IPropertySymbol property => property.ExplicitInterfaceImplementations.Cast<ISymbol>(),
            IEventSymbol @event => @event.ExplicitInterfaceImplementations.Cast<ISymbol>(),
            _ => Enumerable.Empty<ISymbol>(),
        };
        foreach (var implemented in explicitImplementations)
        {
            yield return implemented;
        }

        if (member.ContainingType is not { TypeKind: not TypeKind.Interface } type || member.IsStatic || member is IMethodSymbol { MethodKind: MethodKind.Constructor })
        {
            yield break;
        }

        foreach (var @interface in type.AllInterfaces)
        {
            foreach (var candidate in @interface.GetMembers(member.Name))
            {
                if (SymbolEqualityComparer.Default.Equals(type.FindImplementationForInterfaceMember(candidate)?.OriginalDefinition, member))
                {
                    yield return candidate;
                }
            }
        }
    }
}
