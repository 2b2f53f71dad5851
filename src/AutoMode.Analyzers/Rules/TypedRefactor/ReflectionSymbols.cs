using Microsoft.CodeAnalysis;

namespace AutoMode.Analyzers.Rules.TypedRefactor;

/// <summary>The reflection types whose by-name lookups AM4002 reports, resolved once per compilation.</summary>
internal sealed class ReflectionSymbols
{
    private ReflectionSymbols(WellKnownTypes types, INamedTypeSymbol type)
    {
        Type = type;
        TypeInfo = types.Get("System.Reflection.TypeInfo");
        Assembly = types.Get("System.Reflection.Assembly");
        Module = types.Get("System.Reflection.Module");
        Activator = types.Get("System.Activator");
        AppDomain = types.Get("System.AppDomain");
        RuntimeReflectionExtensions = types.Get("System.Reflection.RuntimeReflectionExtensions");
        IntrospectionExtensions = types.Get("System.Reflection.IntrospectionExtensions");
    }

    public INamedTypeSymbol Type { get; }

    public INamedTypeSymbol? TypeInfo { get; }

    public INamedTypeSymbol? Assembly { get; }

    public INamedTypeSymbol? Module { get; }

    public INamedTypeSymbol? Activator { get; }

    public INamedTypeSymbol? AppDomain { get; }

    public INamedTypeSymbol? RuntimeReflectionExtensions { get; }

    public INamedTypeSymbol? IntrospectionExtensions { get; }

    public static ReflectionSymbols? TryCreate(Compilation compilation)
    {
        var types = WellKnownTypes.For(compilation);
        return types.Get("System.Type") is { } type ? new ReflectionSymbols(types, type) : null;
    }

    /// <summary>Whether <paramref name="type"/> is <paramref name="expected"/> or derives from it.</summary>
    public static bool IsOrDerives(ITypeSymbol? type, INamedTypeSymbol? expected)
    {
        for (var current = type; current is not null && expected is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current.OriginalDefinition, expected))
            {
                return true;
            }
        }

        return false;
    }
}
