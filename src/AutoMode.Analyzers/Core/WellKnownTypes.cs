using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace AutoMode.Analyzers;

/// <summary>
/// Type lookups by metadata name, cached once per compilation: the one place that resolves a type by name
/// (<c>Compilation.GetTypeByMetadataName</c> is banned everywhere). When several referenced assemblies
/// define the same name, the compilation's own wins, then the one it can see, the core library's first.
/// </summary>
internal sealed class WellKnownTypes
{
    private static readonly ConditionalWeakTable<Compilation, WellKnownTypes> Cache = new();
    private readonly Compilation _compilation;
    private readonly ConcurrentDictionary<string, INamedTypeSymbol?> _types = new();

    private WellKnownTypes(Compilation compilation) => _compilation = compilation;

    public static WellKnownTypes For(Compilation compilation) => Cache.GetValue(compilation, c => new WellKnownTypes(c));

    public INamedTypeSymbol? Get(string metadataName) => _types.GetOrAdd(metadataName, Resolve);

    private INamedTypeSymbol? Resolve(string metadataName)
    {
        // The type is looked up where the compiler keeps it, the compilation's merged global namespace (its source and
        // references), one name at a time: a name no assembly has is rejected at the first missing part. Most lookups
        // are of SDK types a project does not reference (Azure, AWS, Stripe…); Compilation.GetTypeByMetadataName would
        // scan every referenced assembly for each of them, and for each type that exists too.
        var candidates = Candidates(metadataName);
        if (candidates.IsDefaultOrEmpty)
        {
            return null;
        }

        if (candidates.Length == 1)
        {
            return candidates[0];
        }

        // Several assemblies define the name: the compilation's own type wins, then one it can see, the core library's first.
        foreach (var candidate in candidates)
        {
            if (SymbolEqualityComparer.Default.Equals(candidate.ContainingAssembly, _compilation.Assembly))
            {
                return candidate;
            }
        }

        INamedTypeSymbol? best = null;
        foreach (var candidate in candidates)
        {
            if (!_compilation.IsSymbolAccessibleWithin(candidate, _compilation.Assembly))
            {
                continue;
            }

            if (SymbolEqualityComparer.Default.Equals(candidate.ContainingAssembly, _compilation.ObjectType.ContainingAssembly))
            {
                return candidate;
            }

            best ??= candidate;
        }

        return best;
    }

    /// <summary>Every type of that metadata name (<c>Ns.Outer`1+Inner</c>) visible in the compilation's global namespace.</summary>
    private ImmutableArray<INamedTypeSymbol> Candidates(string metadataName)
    {
        var lastDot = metadataName.LastIndexOf('.');
        INamespaceSymbol? ns = _compilation.GlobalNamespace;
        if (lastDot > 0)
        {
            foreach (var part in metadataName.Substring(0, lastDot).Split('.'))
            {
                ns = FirstNamespace(ns, part);
                if (ns is null)
                {
                    return ImmutableArray<INamedTypeSymbol>.Empty;
                }
            }
        }

        var path = metadataName.Substring(lastDot + 1).Split('+');
        var (name, arity) = NameAndArity(path[0]);
        var types = ns.GetTypeMembers(name, arity);
        for (var i = 1; i < path.Length && !types.IsEmpty; i++)
        {
            (name, arity) = NameAndArity(path[i]);
            var nested = ImmutableArray.CreateBuilder<INamedTypeSymbol>();
            foreach (var type in types)
            {
                nested.AddRange(type.GetTypeMembers(name, arity));
            }

            types = nested.ToImmutable();
        }

        return types;
    }

    private static (string Name, int Arity) NameAndArity(string metadataName)
    {
        var tick = metadataName.IndexOf('`');
        return tick >= 0 && int.TryParse(metadataName.Substring(tick + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var arity)
            ? (metadataName.Substring(0, tick), arity)
            : (metadataName, 0);
    }

    private static INamespaceSymbol? FirstNamespace(INamespaceSymbol parent, string name)
    {
        foreach (var member in parent.GetMembers(name))
        {
            if (member is INamespaceSymbol ns)
            {
                return ns;
            }
        }

        return null;
    }
}
