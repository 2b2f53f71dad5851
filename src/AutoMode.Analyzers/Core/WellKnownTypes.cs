using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace AutoMode.Analyzers;

/// <summary>
/// Type lookups by metadata name, cached once per compilation. The only place that calls
/// <c>Compilation.GetTypeByMetadataName</c> (banned elsewhere). When several referenced assemblies
/// define the same name, the one the compilation can see wins, the core library first.
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
#pragma warning disable RS0030 // The one sanctioned use.
        var type = _compilation.GetTypeByMetadataName(metadataName);
#pragma warning restore RS0030
        if (type is not null)
        {
            return type;
        }

        INamedTypeSymbol? best = null;
        foreach (var candidate in _compilation.GetTypesByMetadataName(metadataName))
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
}
