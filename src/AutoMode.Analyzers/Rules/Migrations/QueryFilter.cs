using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using AutoMode.Analyzers.Values;

namespace AutoMode.Analyzers.Rules.Migrations;

internal enum QueryScope
{
    /// <summary>A whole DbSet: no Where, Take or other filter between the set and the call.</summary>
    WholeTable,

    /// <summary>The query filters or limits the rows.</summary>
    Filtered,

    /// <summary>The query comes from somewhere the analyzer cannot follow (a parameter, a field…).</summary>
    Unknown,
}

/// <summary>
/// Follows a LINQ query back to its source: <c>db.Orders.Where(…).ExecuteDelete()</c> is filtered,
/// <c>db.Orders.ExecuteDelete()</c> and <c>db.Set&lt;Order&gt;().AsNoTracking().ToList()</c> are the whole table.
/// </summary>
internal sealed class QueryFilter
{
    private readonly MigrationSymbols _s;

    public QueryFilter(MigrationSymbols symbols) => _s = symbols;

    public (QueryScope Scope, string? Set) Scope(IOperation? query, int depth = 0)
    {
        if (query is null || depth > 12)
        {
            return (QueryScope.Unknown, null);
        }

        query = Arguments.Unwrap(query);
        switch (query)
        {
            case IConversionOperation conversion:
                return Scope(conversion.Operand, depth + 1);
            case IAwaitOperation awaited:
                return Scope(awaited.Operation, depth + 1);
            case IPropertyReferenceOperation property when IsDbSet(property.Type):
                return (QueryScope.WholeTable, property.Property.Name);
            case IInvocationOperation invocation:
                var method = invocation.TargetMethod;
                if (IsFilter(method.Name))
                {
                    return (QueryScope.Filtered, null);
                }

                if (method.Name == "Set" && IsDbSet(method.ReturnType))
                {
                    return (QueryScope.WholeTable, method.ReturnType is INamedTypeSymbol { TypeArguments.Length: 1 } set ? set.TypeArguments[0].Name : null);
                }

                if (method.IsExtensionMethod && invocation.Arguments.Length > 0)
                {
                    return Scope(invocation.Arguments[0].Value, depth + 1);
                }

                return (QueryScope.Unknown, null);
            case ILocalReferenceOperation local:
                return Scope(ValueResolver.FindSingleDefinition(local), depth + 1);
            default:
                return (QueryScope.Unknown, null);
        }
    }

    private bool IsDbSet(ITypeSymbol? type) => MigrationSymbols.Is(type, _s.DbSet) || MigrationSymbols.DerivesFrom(type, _s.DbSet);

    private static bool IsFilter(string name) => name is "Where" or "Take" or "TakeWhile" or "SkipWhile" or "TakeLast" or "Join" or "Intersect"
        or "IntersectBy" or "First" or "FirstOrDefault" or "Single" or "SingleOrDefault" or "Find" or "FromSql" or "FromSqlRaw" or "FromSqlInterpolated";
}
