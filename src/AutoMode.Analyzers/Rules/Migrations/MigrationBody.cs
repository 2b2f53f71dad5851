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

    /// <summary>The body's constraint and index additions and its column and table drops, with constant names.</summary>
    private readonly List<(string Api, string Name, string? Table, int Position)> _schemaCalls;

    private MigrationBody(MigrationSymbols symbols, HashSet<string> createdTables, DatabaseProvider annotatedProvider, DatabaseProvider configuredProvider,
        List<(string Table, string Column, int Position)> nullBackfills, List<(string Api, string Name, string? Table, int Position)> schemaCalls)
    {
        _symbols = symbols;
        _schemaCalls = schemaCalls;
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
        var schemaCalls = new List<(string Api, string Name, string? Table, int Position)>();
        foreach (var block in blocks)
        {
            foreach (var invocation in block.DescendantsAndSelf().OfType<IInvocationOperation>())
            {
                var method = invocation.TargetMethod;
                if (method.Name is "AddForeignKey" or "AddPrimaryKey" or "AddUniqueConstraint" or "AddCheckConstraint" or "CreateCheckConstraint" or "CreateIndex" or "DropColumn" or "DropTable" &&
                    MigrationSymbols.Is(method.ContainingType, symbols.MigrationBuilder) && Arguments.String(invocation, "name") is { } schemaName)
                {
                    schemaCalls.Add((method.Name, schemaName, Arguments.String(invocation, "table"), invocation.Syntax.SpanStart));
                }

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

        return new MigrationBody(symbols, created, providers.Count == 1 ? providers.First() : DatabaseProvider.Unknown, DatabaseProviders.FromName(configuredProvider), backfills, schemaCalls);
    }

    /// <summary>
    /// The call that re-creates, later in the same body, the constraint or index that <paramref name="operation"/> drops:
    /// an Add* of a constraint with the same name on the same table, or a CreateIndex on the same table with the same name
    /// or the same columns in another order (EF Core names an index IX_Table_Column1_Column2). Null when none does.
    /// </summary>
    public string? ReplacementOf(string api, string? name, string? table, IOperation operation)
    {
        if (name is null)
        {
            return null;
        }

        var isIndex = api == "DropIndex";
        foreach (var call in _schemaCalls)
        {
            if (call.Position <= operation.Syntax.SpanStart || !SameName(call.Table, table) ||
                (isIndex ? call.Api != "CreateIndex" || !(SameName(call.Name, name) || SameParts(call.Name, name)) : call.Api is "CreateIndex" or "DropColumn" or "DropTable" || !SameName(call.Name, name)))
            {
                continue;
            }

            return call.Api + " '" + call.Name + "'";
        }

        // A constraint of the same kind on the same table that takes its place under a new name: the check constraint
        // CK_PlayItem_UserOrOrganization replaced by CK_PlayItem_UserOrOrganizationOrProvider (bitwarden), the foreign key
        // FK_Permissions_Users_Permission_Permissions_Guid re-pointed as FK_Permissions_Users_UserId (jellyfin: same table,
        // same principal), a table's primary key replaced by another.
        foreach (var call in _schemaCalls)
        {
            if (call.Position > operation.Syntax.SpanStart && SameName(call.Table, table) && call.Name is { } added && SameKind(api, call.Api) &&
                (api == "DropPrimaryKey" ||
                 (api == "DropForeignKey" ? SamePrefix(added, name, 3) : added.StartsWith(name, StringComparison.OrdinalIgnoreCase) || name.StartsWith(added, StringComparison.OrdinalIgnoreCase))))
            {
                return call.Api + " '" + added + "'";
            }
        }

        return null;
    }

    private static bool SameKind(string drop, string add) => (drop, add) switch
    {
        ("DropForeignKey", "AddForeignKey") => true,
        ("DropPrimaryKey", "AddPrimaryKey") => true,
        ("DropUniqueConstraint", "AddUniqueConstraint") => true,
        ("DropCheckConstraint", "AddCheckConstraint" or "CreateCheckConstraint") => true,
        _ => false,
    };

    /// <summary>Whether the first <paramref name="parts"/> '_'-separated parts of both names are the same (FK_Table_Principal).</summary>
    private static bool SamePrefix(string a, string b, int parts)
    {
        var x = a.Split('_');
        var y = b.Split('_');
        if (x.Length < parts || y.Length < parts)
        {
            return false;
        }

        for (var i = 0; i < parts; i++)
        {
            if (!SameName(x[i], y[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The column or table that the same body drops and that the constraint or index <paramref name="name"/> belongs to:
    /// its own table is dropped, or the name (EF Core's FK_Table_Principal_Column, IX_Table_Column) ends with or contains a
    /// column of <paramref name="table"/> that is dropped, or names a principal table that is dropped. Null when none.
    /// </summary>
    public string? DroppedOwnerOf(string? name, string? table)
    {
        if (name is null)
        {
            return null;
        }

        foreach (var call in _schemaCalls)
        {
            if (call.Api == "DropTable" && (SameName(call.Name, table) || Contains(name, call.Name)))
            {
                return "the table '" + call.Name + "'";
            }

            if (call.Api == "DropColumn" && table is not null && SameName(call.Table, table) && Contains(name, call.Name))
            {
                return "the column '" + table + "." + call.Name + "'";
            }
        }

        return null;
    }

    private static bool SameName(string? a, string? b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    /// <summary>"_Column" at the end of <paramref name="name"/> or "_Column_" inside it.</summary>
    private static bool Contains(string name, string part)
        => name.EndsWith("_" + part, StringComparison.OrdinalIgnoreCase) || name.IndexOf("_" + part + "_", StringComparison.OrdinalIgnoreCase) >= 0;

    private static bool SameParts(string a, string b)
    {
        var x = a.Split('_');
        var y = b.Split('_');
        return x.Length == y.Length && x.Length > 2 && new HashSet<string>(x, StringComparer.OrdinalIgnoreCase).SetEquals(y);
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
    /// than <paramref name="operation"/>, or in the Up of the migration applied just before (bitwarden adds columns in one
    /// migration and fills them in the next): when it runs they hold no value yet (a backfill that fills them overwrites nothing).
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

        if (operation.SemanticModel?.GetEnclosingSymbol(operation.Syntax.SpanStart)?.ContainingType is { } migration &&
            MigrationSymbols.DerivesFrom(migration, symbols.EfMigration) && PreviousMigration(migration, symbols) is { } previous)
        {
            added.AddRange(ColumnsAddedByUp(previous));
        }

        return added;
    }

    /// <summary>
    /// The EF Core migration applied just before <paramref name="migration"/>: in the same namespace, for the same
    /// DbContext, the one whose <c>[Migration("id")]</c> sorts last below this one's; null when there is none.
    /// </summary>
    internal static INamedTypeSymbol? PreviousMigration(INamedTypeSymbol migration, MigrationSymbols symbols)
    {
        if (MigrationId(migration) is not { } id || migration.ContainingNamespace is not { } ns)
        {
            return null;
        }

        var context = DbContextOf(migration);
        INamedTypeSymbol? previous = null;
        string? previousId = null;
        foreach (var candidate in ns.GetTypeMembers())
        {
            if (MigrationId(candidate) is { } candidateId && string.CompareOrdinal(candidateId, id) < 0 &&
                (previousId is null || string.CompareOrdinal(candidateId, previousId) > 0) &&
                MigrationSymbols.DerivesFrom(candidate, symbols.EfMigration) && SymbolEqualityComparer.Default.Equals(DbContextOf(candidate), context))
            {
                previous = candidate;
                previousId = candidateId;
            }
        }

        return previous;
    }

    private static string? MigrationId(INamedTypeSymbol type)
    {
        foreach (var attribute in type.GetAttributes())
        {
            if (attribute.AttributeClass is { Name: "MigrationAttribute" } && attribute.ConstructorArguments.Length == 1 &&
                attribute.ConstructorArguments[0].Value is string id)
            {
                return id;
            }
        }

        return null;
    }

    private static ITypeSymbol? DbContextOf(INamedTypeSymbol type)
    {
        foreach (var attribute in type.GetAttributes())
        {
            if (attribute.AttributeClass is { Name: "DbContextAttribute" } && attribute.ConstructorArguments.Length == 1)
            {
                return attribute.ConstructorArguments[0].Value as ITypeSymbol;
            }
        }

        return null;
    }

    /// <summary>The columns (<c>table.column</c>) the migration's Up adds with <c>AddColumn</c> and literal names, read from its syntax.</summary>
    private static IEnumerable<string> ColumnsAddedByUp(INamedTypeSymbol migration)
    {
        foreach (var reference in migration.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax() is not Microsoft.CodeAnalysis.CSharp.Syntax.TypeDeclarationSyntax declaration)
            {
                continue;
            }

            foreach (var method in declaration.Members.OfType<Microsoft.CodeAnalysis.CSharp.Syntax.MethodDeclarationSyntax>())
            {
                if (method.Identifier.ValueText != "Up")
                {
                    continue;
                }

                foreach (var call in method.DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.InvocationExpressionSyntax>())
                {
                    var name = call.Expression is Microsoft.CodeAnalysis.CSharp.Syntax.MemberAccessExpressionSyntax access ? access.Name.Identifier.ValueText : null;
                    if (name == "AddColumn" && LiteralArgument(call, "table", 1) is { } table && LiteralArgument(call, "name", 0) is { } column)
                    {
                        yield return table + "." + column;
                    }
                }
            }
        }
    }

    private static string? LiteralArgument(Microsoft.CodeAnalysis.CSharp.Syntax.InvocationExpressionSyntax call, string name, int position)
    {
        var arguments = call.ArgumentList.Arguments;
        var argument = arguments.FirstOrDefault(a => a.NameColon?.Name.Identifier.ValueText == name) ??
                       (position < arguments.Count && arguments[position].NameColon is null ? arguments[position] : null);
        return argument?.Expression is Microsoft.CodeAnalysis.CSharp.Syntax.LiteralExpressionSyntax literal && literal.Token.Value is string text ? text : null;
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
