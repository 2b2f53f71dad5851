using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AutoMode.Analyzers.Rules.TypedRefactor;

/// <summary>A member whose name is observable at run time, and why.</summary>
internal readonly struct ObservableMember
{
    public ObservableMember(ISymbol member, string evidence, SerializerFlavor flavor)
    {
        Member = member;
        Evidence = evidence;
        Flavor = flavor;
    }

    public ISymbol Member { get; }

    public string Evidence { get; }

    public SerializerFlavor Flavor { get; }
}

/// <summary>
/// Collects, over a whole compilation, the source types that are serialized — by a serialization attribute on the type
/// or its members, by <c>[JsonSerializable(typeof(T))]</c>, or by being passed to a serializer — and at the end yields
/// their members that are serialized under their own name, following member types to the types they reach.
/// </summary>
internal sealed class SerializedTypeCollector
{
    private readonly SerializationSymbols _s;
    /// <summary>
    /// Per serialized type: how, why, and the symbol to report on. Anonymous types of the same shape are one type
    /// written in several places, each place its own symbol: the one written first in the files is kept, whichever the
    /// compiler happened to bind first.
    /// </summary>
    private readonly ConcurrentDictionary<INamedTypeSymbol, (SerializerFlavor Flavor, string Evidence, INamedTypeSymbol Type)> _roots = new(SymbolEqualityComparer.Default);

    public SerializedTypeCollector(SerializationSymbols symbols) => _s = symbols;

    public void OnNamedType(INamedTypeSymbol type)
    {
        foreach (var attribute in type.GetAttributes())
        {
            if (_s.Classify(attribute) is not { } entry)
            {
                continue;
            }

            if (entry.Role == AttributeRole.TypeMarker)
            {
                AddRoot(type, entry.Flavor, $"'{type.Name}' has [{ShortName(attribute)}]");
                foreach (var known in attribute.ConstructorArguments.Where(a => a.Value is ITypeSymbol).SelectMany(a => SourceTypeGraph.SourceTypesIn((ITypeSymbol)a.Value!)))
                {
                    AddRoot(known, entry.Flavor, $"'{known.Name}' is named in [{ShortName(attribute)}] of '{type.Name}'");
                }
            }
            else if (entry.Role == AttributeRole.SerializableContext && attribute.ConstructorArguments.FirstOrDefault().Value is ITypeSymbol serialized)
            {
                foreach (var target in SourceTypeGraph.SourceTypesIn(serialized))
                {
                    AddRoot(target, entry.Flavor, $"'{target.Name}' is in [JsonSerializable] of '{type.Name}'");
                }
            }
        }

        if (!SourceTypeGraph.IsSourceDataType(type))
        {
            return;
        }

        foreach (var member in type.GetMembers())
        {
            foreach (var attribute in member.GetAttributes())
            {
                if (_s.Classify(attribute) is { Role: AttributeRole.MemberName or AttributeRole.AlwaysNamed or AttributeRole.MemberMarker } entry)
                {
                    AddRoot(type, entry.Flavor, $"'{type.Name}' has serialization attributes on its members");
                }
            }
        }
    }

    public void OnCall(IOperation operation)
    {
        var (method, arguments) = operation switch
        {
            IInvocationOperation i => (i.TargetMethod, i.Arguments),
            IObjectCreationOperation { Constructor: { } c } o => (c, o.Arguments),
            _ => (null, default),
        };
        var flavor = _s.SerializerFlavorOf(method?.ContainingType);
        if (method is null || flavor == SerializerFlavor.None)
        {
            return;
        }

        var api = method.MethodKind == MethodKind.Constructor ? "new " + method.ContainingType.Name : method.ContainingType.Name + "." + method.Name;
        var candidates = new List<ITypeSymbol>(method.TypeArguments);
        foreach (var argument in arguments)
        {
            var value = argument.Value;
            if (value is ITypeOfOperation typeOf)
            {
                candidates.Add(typeOf.TypeOperand);
            }
            else if (argument.Parameter is { } parameter &&
                     (parameter.Type.SpecialType == SpecialType.System_Object || parameter.Type is ITypeParameterSymbol) &&
                     (value is IConversionOperation { IsImplicit: true } conversion ? conversion.Operand.Type : value.Type) is { } valueType)
            {
                candidates.Add(valueType);
            }
        }

        foreach (var target in candidates.SelectMany(SourceTypeGraph.SourceTypesIn))
        {
            AddRoot(target, flavor, target.IsAnonymousType ? $"an anonymous type is passed to {api}" : $"'{target.Name}' is passed to {api}");
        }
    }

    /// <summary>The members serialized under their own names, each with the reason its type is serialized.</summary>
    public IEnumerable<ObservableMember> ObservableMembers()
    {
        var queue = new Queue<(INamedTypeSymbol Type, SerializerFlavor Flavor, string Evidence)>(
            _roots.OrderBy(r => r.Key.ToDisplayString(), System.StringComparer.Ordinal).Select(r => (r.Value.Type, r.Value.Flavor, r.Value.Evidence)));
        var seen = new HashSet<INamedTypeSymbol>(SymbolEqualityComparer.Default);
        while (queue.Count > 0)
        {
            var (type, flavor, evidence) = queue.Dequeue();
            if (!seen.Add(type) || HasConverter(type))
            {
                continue;
            }

            foreach (var baseType in SourceTypeGraph.SourceBaseTypes(type))
            {
                queue.Enqueue((baseType, flavor, evidence));
            }

            var optIn = type.GetAttributes().Any(a => _s.Classify(a) is { Role: AttributeRole.TypeMarker } entry && SerializationSymbols.IsOptIn(a, entry.Flavor));
            foreach (var member in type.GetMembers())
            {
                if (!IsSerializedUnderOwnName(member, flavor, optIn, out var memberType))
                {
                    continue;
                }

                yield return new ObservableMember(member, evidence, flavor);
                foreach (var reached in SourceTypeGraph.SourceTypesIn(memberType))
                {
                    var via = evidence.Contains(", reachable") ? evidence
                        : $"{evidence}, reachable through '{(type.IsAnonymousType ? "new { " + member.Name + " }" : type.Name + "." + member.Name)}'";
                    queue.Enqueue((reached, flavor, via));
                }
            }
        }
    }

    private bool IsSerializedUnderOwnName(ISymbol member, SerializerFlavor flavor, bool optIn, out ITypeSymbol? memberType)
    {
        memberType = null;
        if (member.IsStatic || member.IsImplicitlyDeclared)
        {
            return false;
        }

        bool publicByDefault;
        switch (member)
        {
            case IPropertySymbol { IsIndexer: false } property:
                memberType = property.Type;
                publicByDefault = property.DeclaredAccessibility == Accessibility.Public && property.GetMethod?.DeclaredAccessibility == Accessibility.Public;
                break;
            case IFieldSymbol { IsConst: false } field:
                memberType = field.Type;
                publicByDefault = field.DeclaredAccessibility == Accessibility.Public && (flavor & (SerializerFlavor.Newtonsoft | SerializerFlavor.Xml)) != 0;
                break;
            default:
                return false;
        }

        var marked = false;
        foreach (var attribute in member.GetAttributes())
        {
            switch (_s.Classify(attribute))
            {
                case { Role: AttributeRole.Ignore }:
                case { Role: AttributeRole.AlwaysNamed }:
                    return false;
                case { Role: AttributeRole.MemberName } when SerializationSymbols.HasExplicitName(attribute):
                    return false;
                case { Role: AttributeRole.MemberName or AttributeRole.MemberMarker }:
                    marked = true;
                    break;
            }
        }

        return marked || (!optIn && publicByDefault);
    }

    private bool HasConverter(INamedTypeSymbol type) => type.GetAttributes().Any(a => _s.Classify(a) is { Role: AttributeRole.Converter });

    private void AddRoot(INamedTypeSymbol type, SerializerFlavor flavor, string evidence)
        => _roots.AddOrUpdate(type, (flavor, evidence, type), (_, existing) =>
            (existing.Flavor | flavor, string.CompareOrdinal(existing.Evidence, evidence) <= 0 ? existing.Evidence : evidence, WrittenFirst(existing.Type, type)));

    private static INamedTypeSymbol WrittenFirst(INamedTypeSymbol a, INamedTypeSymbol b)
    {
        var (first, second) = (a.Locations.FirstOrDefault(), b.Locations.FirstOrDefault());
        if (first is null || second is null)
        {
            return first is null ? b : a;
        }

        return SourceLocations.InFileOrder.Compare(first, second) <= 0 ? a : b;
    }

    private static string ShortName(AttributeData attribute)
    {
        var name = attribute.AttributeClass?.Name ?? "?";
        return name.EndsWith("Attribute", System.StringComparison.Ordinal) ? name.Substring(0, name.Length - "Attribute".Length) : name;
    }
}
