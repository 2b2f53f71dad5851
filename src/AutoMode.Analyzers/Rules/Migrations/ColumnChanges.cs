using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AutoMode.Analyzers.Rules.Migrations;

/// <summary>
/// <c>AlterColumn</c>: narrowing (shorter length, smaller precision or scale, another type, nullable to required
/// without a default) is Critical; changing only the default or the comment is Medium; anything else is High.
/// SQLite ignores declared lengths and types (it rebuilds the table and keeps every value), so there only
/// nullable to required stays Critical.
/// </summary>
internal static class ColumnChanges
{
    private const string TypeChangeAlternative = "Expand and contract: add a new column of the new type, backfill it in batches, switch readers and writers, then drop the old column in a later migration.";

    public static MigrationOperation Classify(IInvocationOperation invocation, DatabaseProvider provider, string target, bool isNewTable, bool nullsBackfilled = false)
    {
        var reversal = new Reversal($"alter the column {target} back", new[] { "AlterColumn" }, Arguments.String(invocation, "name"), Arguments.String(invocation, "table"));
        MigrationOperation Op(RiskLevel risk, string consequence, string alternative) => new(invocation, "AlterColumn", target, risk, consequence, alternative, reversal);

        var sqlite = provider == DatabaseProvider.Sqlite;
        var becomesRequired = Arguments.Constant(invocation, "oldNullable") is { HasValue: true, Value: true } &&
                              !(Arguments.Constant(invocation, "nullable") is { HasValue: true, Value: true }) &&
                              !Arguments.IsPassedNonNull(invocation, "defaultValue") && !Arguments.IsPassedNonNull(invocation, "defaultValueSql");
        // The same migration sets the NULLs first (EF Core's scaffolded UpdateData(keyValue: null), or UPDATE … WHERE c IS NULL):
        // nothing fails and nothing is lost; what remains is the table rewrite or scan judged below.
        if (becomesRequired && !isNewTable && !nullsBackfilled)
        {
            return Op(RiskLevel.Critical, "makes a nullable column required without a default: the migration fails on existing NULLs" + (sqlite ? " (SQLite's table rebuild cannot copy them)" : string.Empty),
                "Backfill the NULLs in batches first, or give the column a default (defaultValue), then make it required.");
        }

        var narrowing = Narrowing(invocation);
        if (narrowing is not null && !isNewTable)
        {
            return sqlite
                ? Op(RiskLevel.High, "is a narrowing change, but SQLite does not enforce declared lengths or types: it rebuilds the whole table, copying every row, and keeps the values", "Rebuilding copies the table under lock: do it at a quiet time, and keep the model's limits in validation.")
                : Op(RiskLevel.Critical, "narrows the column: " + narrowing, TypeChangeAlternative);
        }

        if (sqlite)
        {
            return Op(RiskLevel.High, "makes SQLite rebuild the whole table, copying every row under lock", "Do it at a quiet time, or avoid the change.");
        }

        if (OnlyDefaultOrCommentChanges(invocation))
        {
            return Op(RiskLevel.Medium, "changes only the column's default or comment", "Make sure running code does not rely on the old default.");
        }

        return Op(RiskLevel.High, "changes the column in place: most databases rewrite or scan the table under a lock that blocks writes", TypeChangeAlternative);
    }

    /// <summary>Why the change can lose or reject values, or null.</summary>
    internal static string? Narrowing(IInvocationOperation invocation)
    {
        // Store types, as the scaffolder writes them: type: "nvarchar(100)", oldType: "nvarchar(max)".
        var type = StoreType.Parse(Arguments.String(invocation, "type"));
        var oldType = StoreType.Parse(Arguments.String(invocation, "oldType"));
        if (type is not null && oldType is not null)
        {
            var byStoreType = StoreType.Narrowing(oldType, type);
            if (byStoreType is not null)
            {
                return byStoreType;
            }
        }

        // Facets written as arguments.
        if (Smaller(invocation, "maxLength", "oldMaxLength", unboundedWhenOldAbsent: type is null || oldType is null))
        {
            return "it shortens the maximum length: longer values are truncated or the change fails";
        }

        if (Smaller(invocation, "precision", "oldPrecision", unboundedWhenOldAbsent: false) || Smaller(invocation, "scale", "oldScale", unboundedWhenOldAbsent: false))
        {
            return "it reduces precision or scale: values are rounded or the change fails";
        }

        // CLR types when the store types are not written.
        if ((type is null || oldType is null) && Arguments.Get(invocation, "oldClrType") is ITypeOfOperation { TypeOperand: { } oldClr } &&
            invocation.TargetMethod.TypeArguments.Length == 1 && invocation.TargetMethod.TypeArguments[0] is { } newClr &&
            !SymbolEqualityComparer.Default.Equals(Underlying(oldClr), Underlying(newClr)) && !IsWidening(Underlying(oldClr), Underlying(newClr)))
        {
            return $"it changes the type from {Underlying(oldClr).ToDisplayString()} to {Underlying(newClr).ToDisplayString()}: existing values may not convert";
        }

        return null;
    }

    private static bool Smaller(IInvocationOperation invocation, string parameter, string oldParameter, bool unboundedWhenOldAbsent)
    {
        if (Arguments.Constant(invocation, parameter) is not { HasValue: true, Value: int value })
        {
            return false;
        }

        var old = Arguments.Constant(invocation, oldParameter);
        if (old is { HasValue: true, Value: int oldValue })
        {
            return value < oldValue;
        }

        return unboundedWhenOldAbsent && !old.HasValue;
    }

    private static bool OnlyDefaultOrCommentChanges(IInvocationOperation invocation)
    {
        bool Same(string parameter)
        {
            var now = Arguments.Effective(invocation, parameter);
            var before = Arguments.Effective(invocation, "old" + char.ToUpperInvariant(parameter[0]) + parameter.Substring(1));
            return now.HasValue && before.HasValue && Equals(now.Value, before.Value);
        }

        return Arguments.String(invocation, "type") is { } type && type == Arguments.String(invocation, "oldType") &&
               Same("nullable") && Same("maxLength") && Same("precision") && Same("scale") && Same("collation") &&
               Same("computedColumnSql") && Same("unicode") && Same("fixedLength") &&
               !(Arguments.Get(invocation, "oldClrType") is ITypeOfOperation { TypeOperand: { } oldClr } &&
                 invocation.TargetMethod.TypeArguments.Length == 1 &&
                 !SymbolEqualityComparer.Default.Equals(Underlying(oldClr), Underlying(invocation.TargetMethod.TypeArguments[0])));
    }

    private static ITypeSymbol Underlying(ITypeSymbol type)
        => type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable ? nullable.TypeArguments[0] : type;

    private static bool IsWidening(ITypeSymbol from, ITypeSymbol to)
    {
        int Rank(SpecialType t) => t switch
        {
            SpecialType.System_Byte => 1,
            SpecialType.System_Int16 => 2,
            SpecialType.System_Int32 => 3,
            SpecialType.System_Int64 => 4,
            SpecialType.System_Decimal => 5,
            _ => 0,
        };

        if (from.SpecialType == SpecialType.System_Single && to.SpecialType == SpecialType.System_Double)
        {
            return true;
        }

        var a = Rank(from.SpecialType);
        var b = Rank(to.SpecialType);
        return a > 0 && b > a;
    }
}
