using System.Linq;
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

    /// <summary>
    /// The predicate of a <c>Where</c> in the query chain that selects rows by a key: <c>o =&gt; o.CustomerId == customerId</c>,
    /// <c>o =&gt; o.ItemId.Equals(itemId)</c>, <c>o =&gt; ids.Contains(o.UserId)</c>, or a conjunction with one of them. The
    /// value compared must be a variable (not a constant: <c>o.Status == 9</c> selects a category, which can be most of the
    /// table) and must not depend on the row. Returns the predicate's text, or null when no Where of the chain is a key filter.
    /// </summary>
    public static string? KeyFilter(IOperation? query, int depth = 0) => FindInChain(query, depth, IsKey, KeySelectorFilter);

    /// <summary>
    /// Walks the query chain (through awaits, locals — every definition of one assigned in several branches — and
    /// extension operators) for a <c>Where</c> whose predicate <paramref name="isMatch"/> accepts, or an operator
    /// <paramref name="other"/> accepts; returns the predicate's text.
    /// </summary>
    private static string? FindInChain(IOperation? query, int depth, System.Func<IOperation, IMethodSymbol, bool> isMatch, System.Func<IInvocationOperation, string?>? other)
    {
        while (query is not null && depth++ < 12)
        {
            query = OperationValues.Unwrap(Arguments.Unwrap(query));
            switch (query)
            {
                case IAwaitOperation awaited:
                    query = awaited.Operation;
                    continue;
                case ILocalReferenceOperation local:
                    if (ValueResolver.FindSingleDefinition(local) is { } single)
                    {
                        query = single;
                        continue;
                    }

                    // Assigned in several branches (jellyfin's MediaSegmentManager): found when every definition has it.
                    var d = depth;
                    return AllDefinitions(local, definition => FindInChain(definition, d, isMatch, other));
                case IInvocationOperation { TargetMethod.IsExtensionMethod: true, Arguments.Length: > 0 } invocation:
                    if (invocation.TargetMethod.Name == "Where" && invocation.Arguments.Length == 2 &&
                        Lambda(invocation.Arguments[1].Value) is { } lambda && lambda.Symbol.Parameters.Length == 1 &&
                        Returned(lambda) is { } predicate && isMatch(predicate, lambda.Symbol))
                    {
                        return Snippet.Of(predicate.Syntax);
                    }

                    if (other?.Invoke(invocation) is { } found)
                    {
                        return found;
                    }

                    query = invocation.Arguments[0].Value;
                    continue;
                default:
                    return null;
            }
        }

        return null;
    }

    /// <summary>
    /// The predicate of a <c>Where</c> in the query chain that selects rows nothing references or rows past their expiry:
    /// <c>e =&gt; e.BaseItemsMap.Count == 0</c>, <c>e =&gt; !e.Maps.Any()</c>, <c>p =&gt; !context.Map.Any(m =&gt; m.PeopleId == p.Id)</c>
    /// (NOT EXISTS), <c>c =&gt; now &gt; c.ExpiresAtTime</c>. Such a cleanup deletes orphans or expired entries by
    /// contract; returns the predicate's text, or null.
    /// </summary>
    public static string? OrphanOrExpiredFilter(IOperation? query, int depth = 0) => FindInChain(query, depth, IsOrphanOrExpired, null);

    private static bool IsOrphanOrExpired(IOperation predicate, IMethodSymbol lambda)
    {
        predicate = OperationValues.Unwrap(predicate)!;
        switch (predicate)
        {
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.ConditionalAnd or BinaryOperatorKind.And } and:
                return IsOrphanOrExpired(and.LeftOperand, lambda) || IsOrphanOrExpired(and.RightOperand, lambda);
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Equals } equals:
                // e.Maps.Count == 0
                return IsRowCollectionCount(equals.LeftOperand, lambda) && OperationValues.Constant(equals.RightOperand) is 0 ||
                       IsRowCollectionCount(equals.RightOperand, lambda) && OperationValues.Constant(equals.LeftOperand) is 0;
            case IUnaryOperation { OperatorKind: UnaryOperatorKind.Not, Operand: var operand }:
                // !e.Maps.Any(), !context.Map.Any(m => m.PeopleId == p.Id)
                return OperationValues.Unwrap(operand) is IInvocationOperation { TargetMethod.Name: "Any" } any && UsesRow(any, lambda);
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.LessThan or BinaryOperatorKind.LessThanOrEqual } less:
                return IsExpiry(less.LeftOperand, less.RightOperand, lambda);
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.GreaterThan or BinaryOperatorKind.GreaterThanOrEqual } greater:
                return IsExpiry(greater.RightOperand, greater.LeftOperand, lambda);
            default:
                return false;
        }
    }

    private static bool IsRowCollectionCount(IOperation operation, IMethodSymbol lambda)
        => OperationValues.Unwrap(operation) is IPropertyReferenceOperation { Property.Name: "Count", Instance: { } collection } && UsesRow(collection, lambda) ||
           OperationValues.Unwrap(operation) is IInvocationOperation { TargetMethod.Name: "Count", Arguments.Length: 1 } count && UsesRow(count.Arguments[0].Value, lambda);

    /// <summary><c>row.ExpiresAt &lt; now</c>: a row member named for an expiry, compared with a value that does not depend on the row.</summary>
    private static bool IsExpiry(IOperation smaller, IOperation larger, IMethodSymbol lambda)
        => OperationValues.Unwrap(smaller) is IMemberReferenceOperation member && UsesRow(member, lambda) && !UsesRow(larger, lambda) &&
           (member.Member.Name.IndexOf("Expir", System.StringComparison.OrdinalIgnoreCase) >= 0);

    /// <summary>The answer for every definition of a local assigned in several places, when all give one; else null.</summary>
    private static string? AllDefinitions(ILocalReferenceOperation local, System.Func<IOperation, string?> answer)
    {
        var definitions = BodyDefinitions.Of(local).Definitions(local.Local);
        string? first = null;
        foreach (var definition in definitions)
        {
            if (definition is null || answer(definition) is not { } result)
            {
                return null;
            }

            first ??= result;
        }

        return first;
    }

    /// <summary>
    /// A query operator of the project's own (or another library's) that takes a key selector and the values to match,
    /// as jellyfin's <c>WhereOneOrMany(ids, e =&gt; e.ItemId)</c> does: a lambda that returns a column of the row, and
    /// another argument that is a variable, not a constant, and does not depend on the row. LINQ's and EF Core's own
    /// operators are not (OrderBy's selector orders, it does not filter). Returns the call's text.
    /// </summary>
    private static string? KeySelectorFilter(IInvocationOperation invocation)
    {
        var ns = invocation.TargetMethod.ContainingNamespace?.ToDisplayString() ?? string.Empty;
        if (ns.StartsWith("System", System.StringComparison.Ordinal) || ns.StartsWith("Microsoft.EntityFrameworkCore", System.StringComparison.Ordinal))
        {
            return null;
        }

        var selector = false;
        var values = false;
        for (var i = 1; i < invocation.Arguments.Length; i++)
        {
            var value = invocation.Arguments[i].Value;
            if (Lambda(value) is { } lambda)
            {
                selector |= lambda.Symbol.Parameters.Length == 1 && Returned(lambda) is { } returned &&
                            OperationValues.Unwrap(returned)! is IMemberReferenceOperation member && UsesRow(member, lambda.Symbol);
            }
            else
            {
                var stripped = OperationValues.Unwrap(Arguments.Unwrap(value))!;
                values |= !stripped.ConstantValue.HasValue && stripped is not IDefaultValueOperation;
            }
        }

        return selector && values
            ? invocation.TargetMethod.Name + (invocation.Syntax is Microsoft.CodeAnalysis.CSharp.Syntax.InvocationExpressionSyntax call ? Snippet.Of(call.ArgumentList) : "(…)")
            : null;
    }

    private static IAnonymousFunctionOperation? Lambda(IOperation? operation)
    {
        while (true)
        {
            switch (operation)
            {
                case IAnonymousFunctionOperation lambda:
                    return lambda;
                case IDelegateCreationOperation creation:
                    operation = creation.Target;
                    continue;
                case IConversionOperation conversion:
                    operation = conversion.Operand;
                    continue;
                default:
                    return null;
            }
        }
    }

    private static IOperation? Returned(IAnonymousFunctionOperation lambda)
        => lambda.Body.Operations.Length == 1 && lambda.Body.Operations[0] is IReturnOperation { ReturnedValue: { } value } ? value : null;

    private static bool IsKey(IOperation predicate, IMethodSymbol lambda)
    {
        predicate = OperationValues.Unwrap(predicate)!;
        switch (predicate)
        {
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.ConditionalAnd or BinaryOperatorKind.And } and:
                return IsKey(and.LeftOperand, lambda) || IsKey(and.RightOperand, lambda);
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.ConditionalOr or BinaryOperatorKind.Or } or:
                return IsKey(or.LeftOperand, lambda) && IsKey(or.RightOperand, lambda);
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Equals } equals:
                return IsRowKeyAndValue(equals.LeftOperand, equals.RightOperand, lambda) || IsRowKeyAndValue(equals.RightOperand, equals.LeftOperand, lambda);
            case IInvocationOperation { TargetMethod.Name: "Equals", Instance: { } instance, Arguments.Length: 1 } call:
                return IsRowKeyAndValue(instance, call.Arguments[0].Value, lambda);
            case IInvocationOperation { TargetMethod.Name: "Contains" } contains:
                var (collection, item) = contains.Instance is { } receiver
                    ? (receiver, contains.Arguments.Length == 1 ? contains.Arguments[0].Value : null)
                    : (contains.Arguments.Length == 2 ? contains.Arguments[0].Value : null, contains.Arguments.Length == 2 ? contains.Arguments[1].Value : null);
                return collection is not null && item is not null && UsesRow(item, lambda) && !UsesRow(collection, lambda);
            default:
                return false;
        }
    }

    private static bool IsRowKeyAndValue(IOperation row, IOperation value, IMethodSymbol lambda)
    {
        row = OperationValues.Unwrap(row)!;
        value = OperationValues.Unwrap(value)!;
        return row is IMemberReferenceOperation && UsesRow(row, lambda) && !UsesRow(value, lambda) &&
               !value.ConstantValue.HasValue && value is not IDefaultValueOperation;
    }

    private static bool UsesRow(IOperation operation, IMethodSymbol lambda)
        => operation.DescendantsAndSelf().OfType<IParameterReferenceOperation>().Any(p => SymbolEqualityComparer.Default.Equals(p.Parameter.ContainingSymbol, lambda));

    /// <summary>System.Linq (Queryable, Enumerable, AsyncEnumerable) and EF Core's own query extensions.</summary>
    private bool IsLinqOrEfCore(INamedTypeSymbol? type)
        => MigrationSymbols.Is(type, _s.Queryable) || MigrationSymbols.Is(type, _s.EntityFrameworkQueryableExtensions) ||
           MigrationSymbols.Is(type, _s.RelationalQueryableExtensions) ||
           (type?.ContainingNamespace?.ToDisplayString() == "System.Linq" && type.Name is "Enumerable" or "AsyncEnumerable");

    private bool IsDbSet(ITypeSymbol? type) => MigrationSymbols.Is(type, _s.DbSet) || MigrationSymbols.DerivesFrom(type, _s.DbSet);

    private static bool IsFilter(string name) => name is "Where" or "Take" or "TakeWhile" or "SkipWhile" or "TakeLast" or "Join" or "Intersect"
        or "IntersectBy" or "First" or "FirstOrDefault" or "Single" or "SingleOrDefault" or "Find" or "FromSql" or "FromSqlRaw" or "FromSqlInterpolated";
}
