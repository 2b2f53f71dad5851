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

    /// <summary>
    /// The first of them in file and position order, or null. A symbol's own list is not always in a stable order: an
    /// anonymous type's members are declared wherever the same shape is written, in the order the compiler happened
    /// to bind them, so "the first location" differed between two runs over the same code.
    /// </summary>
    public static Location? First(ISymbol symbol, Compilation compilation)
        => Of(symbol, compilation).OrderBy(l => l, InFileOrder).FirstOrDefault();

    /// <summary>Locations by file path, then position in the file: an order that does not depend on how analysis ran.</summary>
    public static IComparer<Location> InFileOrder { get; } = Comparer<Location>.Create((a, b) =>
    {
        var byPath = string.CompareOrdinal(a.SourceTree?.FilePath, b.SourceTree?.FilePath);
        return byPath != 0 ? byPath : a.SourceSpan.Start.CompareTo(b.SourceSpan.Start);
    });
}
