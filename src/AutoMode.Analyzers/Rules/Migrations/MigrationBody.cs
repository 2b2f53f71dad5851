using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AutoMode.Analyzers.Rules.Migrations;

/// <summary>
/// What one method body (usually a migration's <c>Up</c>) tells about each operation in it: the tables it creates
/// (still empty, so indexes and keys on them are cheap) and the database provider its annotations name.
/// </summary>
internal sealed class MigrationBody
{
    private readonly MigrationSymbols _symbols;

    /// <summary>.editorconfig key declaring the database when the code does not tell: postgresql, sqlserver or sqlite.</summary>
    public const string ProviderOption = "automode.migrations.provider";

    private readonly DatabaseProvider _configuredProvider;

    private readonly List<(string Table, string Column, int Position)> _nullBackfills;

    private MigrationBody(MigrationSymbols symbols, HashSet<string> createdTables, DatabaseProvider annotatedProvider, DatabaseProvider configuredProvider,
        List<(string Table, string Column, int Position)> nullBackfills)
    {
        _symbols = symbols;
        _configuredProvider = configuredProvider;
        CreatedTables = createdTables;
        AnnotatedProvider = annotatedProvider;
        _nullBackfills = nullBackfills;
    }

    public HashSet<string> CreatedTables { get; }

    /// <summary>The provider named by <c>.Annotation("Npgsql:…")</c> and the like in the body; Unknown when none or several.</summary>
    public DatabaseProvider AnnotatedProvider { get; }

    public static MigrationBody Create(ImmutableArray<IOperation> blocks, MigrationSymbols symbols, string? configuredProvider = null)
    {
        var created = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var providers = new HashSet<DatabaseProvider>();
        var backfills = new List<(string Table, string Column, int Position)>();
        foreach (var block in blocks)
        {
            foreach (var invocation in block.DescendantsAndSelf().OfType<IInvocationOperation>())
            {
                var method = invocation.TargetMethod;
                if (method.Name == "CreateTable" && MigrationSymbols.Is(method.ContainingType, symbols.MigrationBuilder) &&
                    Arguments.String(invocation, "name") is { } table)
                {
                    created.Add(table);
                }
                else if (method.Name == "Table" && MigrationSymbols.Is(method.ContainingType, symbols.FmCreateRoot) &&
                         invocation.Arguments.Length > 0 && invocation.Arguments[0].Value.ConstantValue.Value is string fmTable)
                {
                    created.Add(fmTable);
                }
                else if (method.Name == "UpdateData" && MigrationSymbols.Is(method.ContainingType, symbols.MigrationBuilder) &&
                         NullBackfill(invocation) is { } backfill)
                {
                    // The scaffolder's own NULL backfill before a column becomes required:
                    // UpdateData(table: "T", keyColumn: "C", keyValue: null, column: "C", value: "").
                    backfills.Add((backfill.Table, backfill.Column, invocation.Syntax.SpanStart));
                }
                else if (method.Name == "Sql" && MigrationSymbols.Is(method.ContainingType, symbols.MigrationBuilder) &&
                         invocation.Arguments.Length > 0 && invocation.Arguments[0].Value.ConstantValue.Value is string sql)
                {
                    foreach (var (sqlTable, sqlColumn) in SqlNullBackfills(sql))
                    {
                        backfills.Add((sqlTable, sqlColumn, invocation.Syntax.SpanStart));
                    }
                }
                else if (method.Name == "Annotation" && invocation.Arguments.Length > 0 &&
                         invocation.Arguments[0].Value.ConstantValue.Value is string annotation && annotation.IndexOf(':') > 0)
                {
                    var provider = DatabaseProviders.FromName(annotation.Substring(0, annotation.IndexOf(':')));
                    if (provider != DatabaseProvider.Unknown)
                    {
                        providers.Add(provider);
                    }
                }
            }
        }

        return new MigrationBody(symbols, created, providers.Count == 1 ? providers.First() : DatabaseProvider.Unknown, DatabaseProviders.FromName(configuredProvider), backfills);
    }

    public bool IsNewTable(string? table) => table is not null && CreatedTables.Contains(table);

    /// <summary>Whether the body sets the NULLs of <paramref name="table"/>.<paramref name="column"/> to a value before <paramref name="operation"/>.</summary>
    public bool IsNullBackfilledBefore(string? table, string? column, IOperation operation)
    {
        if (table is null || column is null)
        {
            return false;
        }

        foreach (var backfill in _nullBackfills)
        {
            if (backfill.Position < operation.Syntax.SpanStart &&
                string.Equals(backfill.Table, table, StringComparison.OrdinalIgnoreCase) &&
                string.Equals(backfill.Column, column, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>EF Core's scaffolded NULL backfill, <c>UpdateData(table: "T", keyColumn: "C", keyValue: null, column: "C", value: …)</c>: T and C.</summary>
    internal static (string Table, string Column)? NullBackfill(IInvocationOperation invocation)
    {
        if (Arguments.String(invocation, "table") is not { } table || Arguments.String(invocation, "keyColumn") is not { } keyColumn ||
            !string.Equals(Arguments.String(invocation, "column"), keyColumn, StringComparison.Ordinal) ||
            Arguments.Get(invocation, "keyValue") is not { } keyValue || !IsNull(keyValue) ||
            Arguments.Get(invocation, "value") is not { } value || IsNull(value))
        {
            return null;
        }

        return (table, keyColumn);
    }

    private static bool IsNull(IOperation value)
        => Arguments.Unwrap(value) is { ConstantValue: { HasValue: true, Value: null } } or IDefaultValueOperation;

    private static readonly LazyRegex SqlBackfill = new(
        @"\bUPDATE\s+(?:[\[\]""`\w]+\.)?[\[""`]?(?<table>\w+)[\]""`]?\s+SET\s+[\[""`]?(?<column>\w+)[\]""`]?\s*=[^;]*?\bWHERE\s+[\[""`]?\k<column>[\]""`]?\s+IS\s+NULL\b",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(200));

    /// <summary><c>UPDATE [T] SET [C] = … WHERE [C] IS NULL</c> in a migration's SQL: the NULLs of T.C are backfilled.</summary>
    private static IEnumerable<(string Table, string Column)> SqlNullBackfills(string sql)
    {
        if (sql.IndexOf("NULL", StringComparison.OrdinalIgnoreCase) < 0)
        {
            yield break;
        }

        System.Text.RegularExpressions.MatchCollection matches;
        try
        {
            matches = SqlBackfill.Value.Matches(sql);
            _ = matches.Count;
        }
        catch (System.Text.RegularExpressions.RegexMatchTimeoutException)
        {
            yield break;
        }

        foreach (System.Text.RegularExpressions.Match match in matches)
        {
            yield return (match.Groups["table"].Value, match.Groups["column"].Value);
        }
    }

    /// <summary>
    /// The columns (<c>table.column</c>) that <c>AddColumn</c> calls with constant names add earlier in the same body
    /// than <paramref name="operation"/>: when it runs they hold no value yet (a backfill that fills them overwrites nothing).
    /// </summary>
    public static List<string> AddedColumnsBefore(IOperation operation, MigrationSymbols symbols)
    {
        var added = new List<string>();
        var root = operation;
        while (root.Parent is not null)
        {
            root = root.Parent;
        }

        foreach (var invocation in root.Descendants().OfType<IInvocationOperation>())
        {
            if (invocation.Syntax.SpanStart < operation.Syntax.SpanStart && invocation.TargetMethod.Name == "AddColumn" &&
                MigrationSymbols.Is(invocation.TargetMethod.ContainingType, symbols.MigrationBuilder) &&
                Arguments.String(invocation, "table") is { } table && Arguments.String(invocation, "name") is { } column)
            {
                added.Add(table + "." + column);
            }
        }

        return added;
    }

    /// <summary>
    /// The provider for one operation: a provider check around it (<c>if (migrationBuilder.IsNpgsql())</c>,
    /// <c>ActiveProvider == "…"</c>), else the body's annotations, else <c>automode.migrations.provider</c>, else the one
    /// provider the project references.
    /// </summary>
    public DatabaseProvider ProviderFor(IOperation operation)
    {
        for (var node = operation; node.Parent is not null; node = node.Parent)
        {
            if (node.Parent is IConditionalOperation conditional && ReferenceEquals(conditional.WhenTrue, node) &&
                CheckedProvider(conditional.Condition) is { } checkedProvider)
            {
                return checkedProvider;
            }
        }

        if (AnnotatedProvider != DatabaseProvider.Unknown)
        {
            return AnnotatedProvider;
        }

        return _configuredProvider != DatabaseProvider.Unknown ? _configuredProvider : _symbols.ReferencedProvider;
    }

    private static DatabaseProvider? CheckedProvider(IOperation condition)
    {
        foreach (var node in condition.DescendantsAndSelf())
        {
            switch (node)
            {
                case IInvocationOperation invocation when invocation.TargetMethod.Name is "IsNpgsql" or "IsSqlServer" or "IsSqlite":
                    return DatabaseProviders.FromName(invocation.TargetMethod.Name);
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Equals } binary:
                    var text = binary.LeftOperand.ConstantValue.Value as string ?? binary.RightOperand.ConstantValue.Value as string;
                    if (text is not null && (IsActiveProvider(binary.LeftOperand) || IsActiveProvider(binary.RightOperand)))
                    {
                        return DatabaseProviders.FromName(text);
                    }

                    break;
                case IUnaryOperation { OperatorKind: UnaryOperatorKind.Not }:
                    return null;
            }
        }

        return null;
    }

    private static bool IsActiveProvider(IOperation operand)
        => Arguments.Unwrap(operand) is IPropertyReferenceOperation { Property.Name: "ActiveProvider" };
}
