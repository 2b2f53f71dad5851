using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace AutoMode.Analyzers;

/// <summary>
/// A symbol's declarations that a diagnostic may point at: in source AND in the compilation being analyzed. A symbol
/// from a project reference is in source too (the IDE and the gate pass project references as compilations), and
/// the compiler rejects a diagnostic located in a file of another compilation (AD0001).
/// </summary>
internal static class SourceLocations
{
    public static IEnumerable<Location> Of(ISymbol symbol, Compilation compilation)
        => symbol.Locations.Where(l => l.IsInSource && l.SourceTree is { } tree && compilation.ContainsSyntaxTree(tree));
}
