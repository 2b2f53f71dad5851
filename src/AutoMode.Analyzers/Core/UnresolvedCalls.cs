using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace AutoMode.Analyzers;

/// <summary>
/// A call the compiler could not bind although its receiver resolved: an argument's type is missing (a package the
/// project could not restore, a reference the loader could not add), so <c>db.Permissions.RemoveRange(user.Permissions)</c>
/// is an <see cref="IInvalidOperation"/>, not an <see cref="IInvocationOperation"/>, and a rule that only looks at
/// invocations misses it. The candidates tell what it calls when they all share one name and one containing type: then
/// every reading of the call is that API, whichever overload the complete code would pick.
/// </summary>
internal static class UnresolvedCalls
{
    /// <summary>The methods an unbound invocation may call, or empty when it is not an invocation or they differ in name or type.</summary>
    public static ImmutableArray<IMethodSymbol> Candidates(IInvalidOperation operation)
    {
        if (operation.Syntax is not InvocationExpressionSyntax invocation || operation.SemanticModel is not { } model)
        {
            return ImmutableArray<IMethodSymbol>.Empty;
        }

        var info = model.GetSymbolInfo(invocation);
        var candidates = (info.Symbol is IMethodSymbol bound ? ImmutableArray.Create(bound) : info.CandidateSymbols.OfType<IMethodSymbol>().ToImmutableArray());
        if (candidates.IsEmpty ||
            candidates.Any(c => c.Name != candidates[0].Name ||
                                !SymbolEqualityComparer.Default.Equals(c.ContainingType?.OriginalDefinition, candidates[0].ContainingType?.OriginalDefinition)))
        {
            return ImmutableArray<IMethodSymbol>.Empty;
        }

        return candidates;
    }
}
