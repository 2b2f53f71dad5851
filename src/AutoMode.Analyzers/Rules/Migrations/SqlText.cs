using System.Collections.Generic;
using System.Linq;
using AutoMode.Analyzers.Sql;
using AutoMode.Analyzers.Values;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Operations;

namespace AutoMode.Analyzers.Rules.Migrations;

/// <summary>
/// The SQL text a sink receives, as far as the compiler can see it, classified. Values of non-string types
/// (numbers, booleans, Guids, dates), and their ToString(…), cannot carry SQL, so they read as a literal; the holes of a FormattableString
/// are parameters. Strings built at run time are holes.
/// </summary>
internal static class SqlText
{
    private static readonly ValueResolver.Hook ValueHook = (operation, _) =>
        !operation.ConstantValue.HasValue && operation.Type is { } type &&
        (CannotCarrySql(type) || operation is IInvocationOperation { TargetMethod.Name: "ToString", Instance.Type: { } formatted } && CannotCarrySql(formatted))
            ? SymbolicString.FromText("0")
            : null;

    /// <summary>
    /// The classification, or null when the text is wholly built at run time; <paramref name="newColumns"/> are the
    /// columns (<c>table.column</c>) that hold no value yet when the text runs.
    /// </summary>
    public static SqlClassification? Classify(IOperation? text, SqlTextMode mode, IEnumerable<string>? newColumns = null, bool runtimeTablesAreTemporary = false)
    {
        var symbolic = Resolve(text, mode);
        if (symbolic.IsFullyUnknown)
        {
            return null;
        }

        return SqlClassifier.Classify(symbolic.Render(), newColumns, runtimeTablesAreTemporary);
    }

    /// <summary>Whether every part of the text built at run time is inside a quoted identifier (<c>"SyncTemp-{name}"</c>): a table name.</summary>
    public static bool HolesOnlyInQuotedIdentifiers(IOperation? text, SqlTextMode mode)
    {
        var rendered = Resolve(text, mode).Render();
        var any = false;
        foreach (var token in SqlTokenizer.Tokenize(rendered))
        {
            if (token.Kind == SqlTokenKind.Hole || (token.Kind != SqlTokenKind.QuotedIdentifier && token.Text.IndexOf(SqlTokenizer.HoleMarker) >= 0))
            {
                return false;
            }

            any |= token.Kind == SqlTokenKind.QuotedIdentifier && token.Text.IndexOf(SqlTokenizer.HoleMarker) >= 0;
        }

        return any;
    }

    /// <summary>
    /// Whether the outermost type around <paramref name="symbol"/> creates tables with CREATE TEMP(ORARY) TABLE in its
    /// string literals: then a table it drops by a name built at run time is one of its scratch tables (duplicati's
    /// TempTable handle drops the <c>SyncTemp-{guid}</c> table its database class created).
    /// </summary>
    public static bool TypeCreatesTemporaryTables(ISymbol? symbol)
    {
        var type = symbol as INamedTypeSymbol ?? symbol?.ContainingType;
        while (type?.ContainingType is not null)
        {
            type = type.ContainingType;
        }

        if (type is null)
        {
            return false;
        }

        foreach (var reference in type.DeclaringSyntaxReferences)
        {
            foreach (var token in reference.GetSyntax().DescendantTokens())
            {
                if (token.IsKind(SyntaxKind.StringLiteralToken) || token.IsKind(SyntaxKind.InterpolatedStringTextToken) ||
                    token.IsKind(SyntaxKind.InterpolatedRawStringEndToken) || token.IsKind(SyntaxKind.MultiLineRawStringLiteralToken) ||
                    token.IsKind(SyntaxKind.SingleLineRawStringLiteralToken))
                {
                    var text = token.Text;
                    var at = text.IndexOf("CREATE TEMP", System.StringComparison.OrdinalIgnoreCase);
                    if (at >= 0 && text.IndexOf("TABLE", at, System.StringComparison.OrdinalIgnoreCase) >= 0)
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    public static SymbolicString Resolve(IOperation? text, SqlTextMode mode)
    {
        if (mode == SqlTextMode.Parameterized && FindInterpolation(text, 0) is { } interpolated)
        {
            return SymbolicString.Concat(interpolated.Parts.Select(part => part is IInterpolatedStringTextOperation textPart
                ? ValueResolver.Resolve(textPart.Text)
                : SymbolicString.FromText("@p")).ToArray());
        }

        return mode == SqlTextMode.Script ? SymbolicString.Unknown : ValueResolver.Resolve(text, ValueHook);
    }

    private static IInterpolatedStringOperation? FindInterpolation(IOperation? operation, int depth)
    {
        switch (operation)
        {
            case IInterpolatedStringOperation interpolated:
                return interpolated;
            case IConversionOperation conversion:
                return FindInterpolation(conversion.Operand, depth);
            case IParenthesizedOperation parenthesized:
                return FindInterpolation(parenthesized.Operand, depth);
            case ILocalReferenceOperation local when depth < 4:
                return FindInterpolation(ValueResolver.FindSingleDefinition(local), depth + 1);
            default:
                return null;
        }
    }

    private static bool CannotCarrySql(ITypeSymbol type)
    {
        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
        {
            type = nullable.TypeArguments[0];
        }

        if (type.TypeKind == TypeKind.Enum)
        {
            return true;
        }

        switch (type.SpecialType)
        {
            case SpecialType.System_Boolean:
            case SpecialType.System_Byte:
            case SpecialType.System_SByte:
            case SpecialType.System_Int16:
            case SpecialType.System_UInt16:
            case SpecialType.System_Int32:
            case SpecialType.System_UInt32:
            case SpecialType.System_Int64:
            case SpecialType.System_UInt64:
            case SpecialType.System_Single:
            case SpecialType.System_Double:
            case SpecialType.System_Decimal:
            case SpecialType.System_DateTime:
                return true;
        }

        var name = type.ToDisplayString();
        return name is "System.Guid" or "System.DateTimeOffset" or "System.TimeSpan" or "System.DateOnly" or "System.TimeOnly";
    }
}
