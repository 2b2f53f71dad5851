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
        if (!MayExist(metadataName))
        {
            // Most lookups are of SDK types a project does not reference (Azure, AWS, Stripe…). Both lookups below scan
            // every referenced assembly for them (about 20 ms per compilation for the secrets family alone).
            return null;
        }

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

    /// <summary>
    /// False when no namespace or type of that name is visible in the compilation's merged global namespace (its
    /// source and references); a cheap, cached walk by name. True does not mean the type is there.
    /// </summary>
    private bool MayExist(string metadataName)
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
                    return false;
                }
            }
        }

        var typeName = metadataName.Substring(lastDot + 1);
        var nested = typeName.IndexOf('+');
        if (nested >= 0)
        {
            typeName = typeName.Substring(0, nested);
        }

        var tick = typeName.IndexOf('`');
        return ns.GetTypeMembers(tick >= 0 ? typeName.Substring(0, tick) : typeName).Length > 0;
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
