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

    /// <summary>The query comes from somewhere the analyzer cannot follow (a parameter, a field, a query operator of the
    /// project's own or of another library, which may filter).</summary>
    Unknown,
}

/// <summary>
/// Follows a LINQ query back to its source: <c>db.Orders.Where(…).ExecuteDelete()</c> is filtered,
/// <c>db.Orders.ExecuteDelete()</c> and <c>db.Set&lt;Order&gt;().AsNoTracking().ToList()</c> are the whole table.
/// Only operators of LINQ and EF Core known not to filter (ordering, tracking, includes, materialization) are looked
/// through; any other extension method, such as a project's own <c>WhereOneOrMany(ids, e =&gt; e.Id)</c>, may filter, so
/// the scope is <see cref="QueryScope.Unknown"/> and <see cref="Through"/> names it: only a provably unfiltered set is
/// the whole table.
/// </summary>
internal sealed class QueryFilter
{
    private readonly MigrationSymbols _s;

    public QueryFilter(MigrationSymbols symbols) => _s = symbols;

    /// <summary>
    /// Query operators that keep every row of their source: ordering, tracking and loading options, tags and
    /// materialization. <c>IgnoreQueryFilters</c> widens a query, so it keeps (at least) every row too.
    /// </summary>
    private static readonly System.Collections.Generic.HashSet<string> RowPreserving = new(System.StringComparer.Ordinal)
    {
        "AsNoTracking", "AsNoTrackingWithIdentityResolution", "AsTracking", "Include", "ThenInclude", "IgnoreAutoIncludes",
        "IgnoreQueryFilters", "AsSplitQuery", "AsSingleQuery", "TagWith", "TagWithCallSite", "OrderBy", "OrderByDescending",
        "ThenBy", "ThenByDescending", "Order", "OrderDescending", "AsQueryable", "AsEnumerable", "AsAsyncEnumerable", "Cast",
        "ToList", "ToListAsync", "ToArray", "ToArrayAsync", "ToHashSet", "ToHashSetAsync",
    };

    /// <summary>The query operator the scope could not see through (for the message), when the scope is Unknown.</summary>
    public static string? Through(IOperation? query, int depth = 0)
    {
        while (query is not null && depth++ < 12)
        {
            query = Arguments.Unwrap(query);
            switch (query)
            {
                case IConversionOperation conversion:
                    query = conversion.Operand;
                    continue;
                case IInvocationOperation { TargetMethod.IsExtensionMethod: true, Arguments.Length: > 0 } invocation when !IsFilter(invocation.TargetMethod.Name):
                    if (!RowPreserving.Contains(invocation.TargetMethod.Name))
                    {
                        return invocation.TargetMethod.Name;
                    }

                    query = invocation.Arguments[0].Value;
                    continue;
                default:
                    return null;
            }
        }

        return null;
    }

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

                if (method.IsExtensionMethod && invocation.Arguments.Length > 0 && RowPreserving.Contains(method.Name) && IsLinqOrEfCore(method.ContainingType))
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

    /// <summary>System.Linq (Queryable, Enumerable, AsyncEnumerable) and EF Core's own query extensions.</summary>
    private bool IsLinqOrEfCore(INamedTypeSymbol? type)
        => MigrationSymbols.Is(type, _s.Queryable) || MigrationSymbols.Is(type, _s.EntityFrameworkQueryableExtensions) ||
           MigrationSymbols.Is(type, _s.RelationalQueryableExtensions) ||
           (type?.ContainingNamespace?.ToDisplayString() == "System.Linq" && type.Name is "Enumerable" or "AsyncEnumerable");

    private bool IsDbSet(ITypeSymbol? type) => MigrationSymbols.Is(type, _s.DbSet) || MigrationSymbols.DerivesFrom(type, _s.DbSet);

    private static bool IsFilter(string name) => name is "Where" or "Take" or "TakeWhile" or "SkipWhile" or "TakeLast" or "Join" or "Intersect"
        or "IntersectBy" or "First" or "FirstOrDefault" or "Single" or "SingleOrDefault" or "Find" or "FromSql" or "FromSqlRaw" or "FromSqlInterpolated";
}
