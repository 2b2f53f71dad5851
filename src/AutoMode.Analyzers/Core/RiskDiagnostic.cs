using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace AutoMode.Analyzers;

/// <summary>
/// Creates diagnostics carrying the <c>automode.risk</c> and <c>automode.category</c> properties — and, above Low, the
/// finding's fingerprint; a finding listed in the accepted-risks file comes out at Low (see <see cref="AcceptedRisks"/>).
/// </summary>
internal static class RiskDiagnostic
{
    private static readonly ConcurrentDictionary<string, ImmutableDictionary<string, string?>> PropertiesById = new();

    public static Diagnostic Create(DiagnosticDescriptor descriptor, Location location, params object?[] messageArgs)
        => Create(descriptor, location, additionalLocations: null, messageArgs);

    public static Diagnostic Create(
        DiagnosticDescriptor descriptor,
        Location location,
        System.Collections.Generic.IEnumerable<Location>? additionalLocations,
        params object?[] messageArgs)
        => Create(descriptor, location, additionalLocations, ImmutableDictionary<string, string?>.Empty, messageArgs);

    /// <summary>With rule-specific properties (e.g. what a code fix should write); the risk properties always win.</summary>
    public static Diagnostic Create(
        DiagnosticDescriptor descriptor,
        Location location,
        System.Collections.Generic.IEnumerable<Location>? additionalLocations,
        ImmutableDictionary<string, string?> extraProperties,
        params object?[] messageArgs)
    {
        var properties = PropertiesById.GetOrAdd(descriptor.Id, _ => ImmutableDictionary<string, string?>.Empty
            .Add(RiskModel.RiskProperty, RiskModel.FromSeverity(descriptor.DefaultSeverity).ToString())
            .Add(RiskModel.CategoryProperty, descriptor.Category));
        return AcceptedRisks.Apply(descriptor, location, additionalLocations, extraProperties.SetItems(properties), messageArgs);
    }

    /// <summary>With extra properties for a code fix (e.g. which annotation to add); the risk properties always win.</summary>
    public static Diagnostic Create(
        DiagnosticDescriptor descriptor,
        Location location,
        ImmutableDictionary<string, string?> extraProperties,
        params object?[] messageArgs)
        => Create(descriptor, location, additionalLocations: null, extraProperties, messageArgs);
}
