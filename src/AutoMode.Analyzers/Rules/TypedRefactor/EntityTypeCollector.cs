using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AutoMode.Analyzers.Rules.TypedRefactor;

/// <summary>
/// Collects, over a whole compilation, the EF Core entity types — <c>DbSet&lt;T&gt;</c> properties of a
/// <c>DbContext</c>, <c>modelBuilder.Entity&lt;T&gt;()</c>, <c>IEntityTypeConfiguration&lt;T&gt;</c>, and the types
/// their navigations reach — and the properties given an explicit column name (<c>HasColumnName</c>) or ignored
/// (<c>Ignore(e =&gt; e.P)</c>) in fluent configuration. At the end it yields the mapped properties whose column or
/// relationship name is their own name.
/// </summary>
internal sealed class EntityTypeCollector
{
    private readonly EntityFrameworkSymbols _ef;
    private readonly ConcurrentDictionary<INamedTypeSymbol, string> _roots = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<IPropertySymbol, bool> _fluentlyNamedOrIgnored = new(SymbolEqualityComparer.Default);

    public EntityTypeCollector(EntityFrameworkSymbols symbols) => _ef = symbols;

    public void OnNamedType(INamedTypeSymbol type)
    {
        if (ReflectionSymbols.IsOrDerives(type, _ef.DbContext))
        {
            foreach (var property in type.GetMembers().OfType<IPropertySymbol>())
            {
                if (property.Type is INamedTypeSymbol { IsGenericType: true } set && SymbolEqualityComparer.Default.Equals(set.OriginalDefinition, _ef.DbSet))
                {
                    AddRoots(set.TypeArguments[0], t => $"'{t.Name}' is a DbSet of '{type.Name}'");
                }
            }
        }

        foreach (var implemented in type.AllInterfaces)
        {
            if (SymbolEqualityComparer.Default.Equals(implemented.OriginalDefinition, _ef.EntityTypeConfiguration))
            {
                AddRoots(implemented.TypeArguments[0], t => $"'{t.Name}' is configured by '{type.Name}'");
            }
        }
    }

    public void OnInvocation(IInvocationOperation invocation)
    {
        var method = invocation.TargetMethod;
        if (method.Name == "Entity" && SymbolEqualityComparer.Default.Equals(method.ContainingType, _ef.ModelBuilder) && method.TypeArguments.Length == 1)
        {
            AddRoots(method.TypeArguments[0], t => $"'{t.Name}' is configured with ModelBuilder.Entity<{t.Name}>()");
            return;
        }

        if (method.Name is not ("HasColumnName" or "Ignore") ||
            method.ContainingNamespace?.ToDisplayString() is not { } ns || !ns.StartsWith("Microsoft.EntityFrameworkCore", System.StringComparison.Ordinal))
        {
            return;
        }

        if (method.Name == "HasColumnName" && FindConfiguredProperty(invocation) is { } named)
        {
            _fluentlyNamedOrIgnored[named] = true;
        }
        else if (method.Name == "Ignore" && invocation.Arguments.Length > 0 && PropertyOfLambda(invocation.Arguments[invocation.Arguments.Length - 1].Value) is { } ignored)
        {
            _fluentlyNamedOrIgnored[ignored] = true;
        }
    }

    /// <summary>The mapped properties of entity types whose names are column or relationship names.</summary>
    public IEnumerable<ObservableMember> PersistedMembers()
    {
        var queue = new Queue<(INamedTypeSymbol Type, string Evidence)>(
            _roots.OrderBy(r => r.Key.ToDisplayString(), System.StringComparer.Ordinal).Select(r => (r.Key, r.Value)));
        var seen = new HashSet<INamedTypeSymbol>(SymbolEqualityComparer.Default);
        while (queue.Count > 0)
        {
            var (type, evidence) = queue.Dequeue();
            if (!seen.Add(type) || HasAttribute(type, _ef.NotMapped))
            {
                continue;
            }

            foreach (var baseType in SourceTypeGraph.SourceBaseTypes(type))
            {
                queue.Enqueue((baseType, evidence));
            }

            foreach (var property in type.GetMembers().OfType<IPropertySymbol>())
            {
                if (!IsMappedUnderOwnName(property))
                {
                    continue;
                }

                yield return new ObservableMember(property, evidence, SerializerFlavor.None);
                foreach (var reached in SourceTypeGraph.SourceTypesIn(property.Type))
                {
                    var via = evidence.Contains(", reachable") ? evidence : $"{evidence}, reachable through '{type.Name}.{property.Name}'";
                    queue.Enqueue((reached, via));
                }
            }
        }
    }

    private bool IsMappedUnderOwnName(IPropertySymbol property)
    {
        if (property.IsStatic || property.IsIndexer || property.IsImplicitlyDeclared || property.GetMethod is null ||
            property.DeclaredAccessibility != Accessibility.Public)
        {
            return false;
        }

        var isNavigationCollection = property.SetMethod is null && property.Type is INamedTypeSymbol { IsGenericType: true } collection &&
                                     collection.TypeArguments.Any(a => a is INamedTypeSymbol n && SourceTypeGraph.IsSourceDataType(n));
        if (property.SetMethod is null && !isNavigationCollection)
        {
            return false; // read-only properties are not mapped by convention
        }

        if (HasAttribute(property, _ef.NotMapped) || _fluentlyNamedOrIgnored.ContainsKey(property.OriginalDefinition))
        {
            return false;
        }

        return !property.GetAttributes().Any(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, _ef.Column) && SerializationSymbols.HasExplicitName(a));
    }

    private static IPropertySymbol? FindConfiguredProperty(IInvocationOperation invocation)
    {
        // builder.Property(e => e.Name).IsRequired().HasColumnName("name"): walk the receiver chain to Property(...).
        IOperation? current = invocation;
        for (var depth = 0; depth < 8 && current is IInvocationOperation call; depth++)
        {
            if (call.TargetMethod.Name == "Property" && call.Arguments.Length > 0 && PropertyOfLambda(call.Arguments[call.Arguments.Length - 1].Value) is { } property)
            {
                return property;
            }

            current = call.Instance ?? (call.TargetMethod.IsExtensionMethod && call.Arguments.Length > 0 ? call.Arguments[0].Value : null);
            while (current is IConversionOperation conversion)
            {
                current = conversion.Operand;
            }
        }

        return null;
    }

    private static IPropertySymbol? PropertyOfLambda(IOperation value)
    {
        while (value is IConversionOperation or IDelegateCreationOperation)
        {
            value = value is IConversionOperation c ? c.Operand : ((IDelegateCreationOperation)value).Target;
        }

        if (value is not IAnonymousFunctionOperation lambda)
        {
            return null;
        }

        var returned = lambda.Body.Operations.OfType<IReturnOperation>().FirstOrDefault()?.ReturnedValue;
        while (returned is IConversionOperation conversion)
        {
            returned = conversion.Operand;
        }

        return (returned as IPropertyReferenceOperation)?.Property.OriginalDefinition;
    }

    private void AddRoots(ITypeSymbol type, System.Func<INamedTypeSymbol, string> evidence)
    {
        foreach (var target in SourceTypeGraph.SourceTypesIn(type))
        {
            var text = evidence(target);
            _roots.AddOrUpdate(target, text, (_, existing) => string.CompareOrdinal(existing, text) <= 0 ? existing : text);
        }
    }

    private static bool HasAttribute(ISymbol symbol, INamedTypeSymbol? attribute)
        => attribute is not null && symbol.GetAttributes().Any(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, attribute));
}
