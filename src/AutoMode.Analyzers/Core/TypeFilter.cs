using System;
using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;

namespace AutoMode.Analyzers;

/// <summary>
/// A yes/no question about a type (does any branch of a matcher look at calls on it?), answered once per type and
/// compilation. Nearly every call in a project is on a type a matcher ignores: one lookup instead of a dozen symbol
/// comparisons and base-type walks per call.
/// </summary>
internal sealed class TypeFilter
{
    private readonly ConcurrentDictionary<ITypeSymbol, bool> _answers = new(SymbolEqualityComparer.Default);
    private readonly Func<ITypeSymbol, bool> _question;

    public TypeFilter(Func<ITypeSymbol, bool> question) => _question = question;

    public bool Matches(ITypeSymbol? type)
        => type is not null && (_answers.TryGetValue(type, out var known) ? known : _answers.GetOrAdd(type, _question(type)));
}
