using AutoMode.Analyzers.Sql;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AutoMode.Analyzers.Rules.Migrations;

/// <summary>
/// The risk of each EF Core <c>MigrationBuilder</c> call, by symbol, with the provider and the migration body as
/// context (see the table in docs/rules/AM2001.md). <c>Sql</c> is left to the raw-SQL rules.
/// </summary>
internal sealed class EfCoreOperationCatalog
{
    private const string ExpandContract = "Expand and contract: stop reading and writing it in one release, back it up, and remove it in a later, reviewed migration.";
    private const string Backfill = "Add the column nullable, backfill it in batches, then make it required (or give it a constant default).";
    private const string SqliteRebuild = "SQLite rebuilds the whole table for it, copying every row";

    private readonly MigrationSymbols _s;

    public EfCoreOperationCatalog(MigrationSymbols symbols) => _s = symbols;

    public bool IsMigrationBuilderCall(IInvocationOperation invocation)
        => _s.MigrationBuilder is not null &&
           (MigrationSymbols.Is(invocation.TargetMethod.ContainingType, _s.MigrationBuilder) || MigrationSymbols.DerivesFrom(invocation.TargetMethod.ContainingType, _s.MigrationBuilder));

    /// <summary>What a Down call is, for matching against what Up needs reversed.</summary>
    public ReversalKey? KeyOf(IInvocationOperation invocation)
    {
        if (!IsMigrationBuilderCall(invocation))
        {
            return null;
        }

        var name = invocation.TargetMethod.Name;
        return name is "InsertData" or "DeleteData" or "UpdateData"
            ? new ReversalKey(name, null, Arguments.String(invocation, "table"), null)
            : new ReversalKey(name, Arguments.String(invocation, "name"), Arguments.String(invocation, "table"), Arguments.String(invocation, "newName"));
    }

    public MigrationOperation? Classify(IInvocationOperation invocation, MigrationBody body)
    {
        if (!IsMigrationBuilderCall(invocation))
        {
            return null;
        }

        var api = invocation.TargetMethod.Name;
        var name = Arguments.String(invocation, "name");
        var table = Arguments.String(invocation, "table");
        var provider = body.ProviderFor(invocation);
        var isNewTable = body.IsNewTable(table);

        MigrationOperation Op(RiskLevel risk, string target, string consequence, string alternative, Reversal? reversal = null)
            => new(invocation, api, target, risk, consequence, alternative, reversal);

        switch (api)
        {
            case "DropTable":
                return Op(RiskLevel.Critical, Quote(name), "deletes the table and every row in it", ExpandContract,
                    new Reversal($"recreate the table {Quote(name)}", new[] { "CreateTable" }, name));
            case "DropColumn":
                return Op(RiskLevel.Critical, Column(table, name), "deletes the column and every value in it", ExpandContract,
                    new Reversal($"add the column {Column(table, name)} back", new[] { "AddColumn" }, name, table));
            case "DropSchema":
                if (provider == DatabaseProvider.Sqlite)
                {
                    return Op(RiskLevel.Low, Quote(name), "does nothing on SQLite, which has no schemas", string.Empty);
                }

                return Op(RiskLevel.Critical, Quote(name), "deletes the schema (and on some databases everything in it)", ExpandContract,
                    new Reversal($"ensure the schema {Quote(name)} again", new[] { "EnsureSchema" }, name));
            case "DeleteData":
                return Op(RiskLevel.Critical, Quote(table), "deletes rows; the migration cannot bring them back", "Keep the rows (soft-delete or archive them), or delete them in a reviewed data script with a backup.",
                    new Reversal($"insert the rows into {Quote(table)} again", new[] { "InsertData" }, table: table));
            case "AlterColumn":
                return ColumnChanges.Classify(invocation, provider, Column(table, name), isNewTable, body.IsNullBackfilledBefore(table, name, invocation));
            case "RenameTable" when provider == DatabaseProvider.Sqlite && name is not null &&
                                     string.Equals(Arguments.String(invocation, "newName"), name, System.StringComparison.OrdinalIgnoreCase):
                return Op(RiskLevel.Low, Quote(name), "only moves the table to another schema, which SQLite ignores: nothing is renamed", string.Empty);
            case "RenameTable":
                return Op(RiskLevel.High, Quote(name), "renames the table; the running release still uses the old name and fails during the deploy", Alternatives.Rename,
                    new Reversal($"rename {Quote(Arguments.String(invocation, "newName"))} back to {Quote(name)}", new[] { "RenameTable" }, Arguments.String(invocation, "newName"), newName: name));
            case "RenameColumn":
                return Op(RiskLevel.High, Column(table, name), "renames the column; the running release still uses the old name and fails during the deploy", Alternatives.Rename,
                    new Reversal($"rename {Quote(Arguments.String(invocation, "newName"))} back to {Quote(name)}", new[] { "RenameColumn" }, Arguments.String(invocation, "newName"), table, name));
            case "AddColumn":
                return AddColumn(invocation, provider, Column(table, name), isNewTable, name, table);
            case "CreateIndex":
                return CreateIndex(invocation, provider, name, table, isNewTable);
            case "AddForeignKey":
            case "AddUniqueConstraint":
            case "AddCheckConstraint":
            case "CreateCheckConstraint":
            case "AddPrimaryKey":
                var drop = api == "CreateCheckConstraint" ? "DropCheckConstraint" : "Drop" + api.Substring(3);
                if (isNewTable)
                {
                    return Op(RiskLevel.Low, Quote(name), "constrains a table created in the same migration (still empty)", string.Empty);
                }

                return Op(RiskLevel.Medium, $"{Quote(name)} on {Quote(table)}",
                    "validates every existing row while it holds a lock" + (provider == DatabaseProvider.Sqlite ? "; " + SqliteRebuild : string.Empty),
                    api == "AddForeignKey"
                        ? "On PostgreSQL add it NOT VALID and VALIDATE it in a later step (migrationBuilder.Sql); elsewhere add it at a quiet time."
                        : "Clean the data first, then add the constraint at a quiet time (or NOT VALID, then VALIDATE).",
                    new Reversal($"drop {Quote(name)}", new[] { drop }, name));
            case "DropForeignKey" or "DropPrimaryKey" or "DropUniqueConstraint" or "DropCheckConstraint" or "DropIndex" when body.ReplacementOf(api, name, table, invocation) is { } replacement:
                return Op(RiskLevel.Low, Quote(name), "is re-created by " + replacement + " later in the same migration (reported on its own)", string.Empty);
            case "DropForeignKey" or "DropPrimaryKey" or "DropUniqueConstraint" or "DropCheckConstraint" or "DropIndex" when body.DroppedOwnerOf(name, table) is { } owner:
                return Op(RiskLevel.Low, Quote(name), "belongs to " + owner + ", which the same migration drops (that drop is reported on its own)", string.Empty);
            case "DropForeignKey":
            case "DropPrimaryKey":
            case "DropUniqueConstraint":
            case "DropCheckConstraint":
                return Op(RiskLevel.High, $"{Quote(name)} on {Quote(table)}", "removes a constraint: the database stops protecting the data's integrity while the running release relies on it",
                    "Drop a constraint only after no code relies on it, in its own migration.",
                    new Reversal($"add {Quote(name)} back", api == "DropCheckConstraint" ? new[] { "AddCheckConstraint", "CreateCheckConstraint" } : new[] { "Add" + api.Substring(4) }, name));
            case "DropIndex":
                return Op(RiskLevel.High, Quote(name), "removes an index: queries that use it slow down under load", "Check the index is unused (usage statistics), then drop it in its own migration.",
                    new Reversal($"recreate the index {Quote(name)}", new[] { "CreateIndex" }, name));
            case "DropSequence":
                return Op(RiskLevel.High, Quote(name), "removes a sequence that key generation may still use", "Stop using the sequence in one release, drop it in a later one.",
                    new Reversal($"recreate the sequence {Quote(name)}", new[] { "CreateSequence" }, name));
            case "UpdateData" when MigrationBody.NullBackfill(invocation) is { } backfill:
                // Scaffolded before the column becomes required; Down makes it nullable again, and the NULLs need no restoring.
                return Op(RiskLevel.Medium, Column(backfill.Table, backfill.Column), "sets the column's NULLs to a value before it becomes required", "Check the value is a sensible default for old rows.");
            case "UpdateData":
                return Op(RiskLevel.Medium, Quote(table), "overwrites rows inside a schema change", "Keep data changes small and reviewed; prefer seeding through HasData or a separate data script.",
                    new Reversal($"restore the rows of {Quote(table)}", new[] { "UpdateData" }, table: table));
            case "InsertData":
                return Op(RiskLevel.Medium, Quote(table), "writes rows inside a schema change", "Keep data changes small and reviewed; prefer seeding through HasData or a separate data script.",
                    new Reversal($"delete the inserted rows from {Quote(table)}", new[] { "DeleteData" }, table: table));
            case "CreateSequence" when provider == DatabaseProvider.Sqlite:
                return Op(RiskLevel.Medium, Quote(name), "cannot run on SQLite: EF Core's SQLite provider does not support sequences, so the migration fails before it applies", "Use an autoincrement key on SQLite, or guard the call with if (!migrationBuilder.IsSqlite()).");
            case "CreateTable":
            case "EnsureSchema":
            case "CreateSequence":
            case "RenameIndex":
                return Op(RiskLevel.Low, Quote(name), "is additive", string.Empty);
            case "RestartSequence":
                return Op(RiskLevel.High, Quote(name), "restarts a sequence: new keys may collide with existing rows", "Restart a sequence only above the highest key in use.",
                    new Reversal($"restart {Quote(name)} back", new[] { "RestartSequence", "AlterSequence" }, name));
            case "RenameSequence":
                return Op(RiskLevel.High, Quote(name), "renames a sequence that the running release still uses", Alternatives.Rename,
                    new Reversal($"rename the sequence back to {Quote(name)}", new[] { "RenameSequence" }, Arguments.String(invocation, "newName")));
            case "AlterSequence":
            case "AlterTable":
            case "AlterDatabase":
                return Op(RiskLevel.Medium, api == "AlterDatabase" ? "the database" : Quote(name), "changes settings of " + (api == "AlterDatabase" ? "the whole database" : "an existing object"), "Review the change and its effect on running code.",
                    new Reversal($"{api} back", new[] { api }, name));
            default:
                return null;
        }
    }

    private MigrationOperation AddColumn(IInvocationOperation invocation, DatabaseProvider provider, string target, bool isNewTable, string? name, string? table)
    {
        var reversal = new Reversal($"drop the column {target}", new[] { "DropColumn" }, name, table);
        MigrationOperation Op(RiskLevel risk, string consequence, string alternative) => new(invocation, "AddColumn", target, risk, consequence, alternative, reversal);

        if (isNewTable)
        {
            return Op(RiskLevel.Low, "adds a column to a table created in the same migration", string.Empty);
        }

        var nullable = Arguments.Constant(invocation, "nullable");
        var isNullable = nullable.HasValue ? nullable.Value is true : false; // the parameter's default is false
        var mayBeNullable = !nullable.HasValue && Arguments.IsPassed(invocation, "nullable");
        var hasDefault = Arguments.IsPassedNonNull(invocation, "defaultValue") || Arguments.IsPassedNonNull(invocation, "defaultValueSql");
        var computed = Arguments.IsPassedNonNull(invocation, "computedColumnSql");

        if (computed)
        {
            return Arguments.Constant(invocation, "stored") is { HasValue: true, Value: true }
                ? Op(RiskLevel.High, "adds a stored computed column: every existing row is computed and written while the table is locked", Backfill)
                : Op(RiskLevel.Low, "adds a virtual computed column", string.Empty);
        }

        if (Arguments.String(invocation, "defaultValueSql") is { } sql && CallsFunction(sql))
        {
            return Op(RiskLevel.High, $"adds a column with the computed default '{sql}': many databases rewrite every row under lock to fill it", "Add the column nullable without a default, backfill it in batches, then set the default.");
        }

        if (!isNullable && !mayBeNullable && !hasDefault)
        {
            return Op(RiskLevel.High, "adds a required column without a default: the migration fails on a table that has rows, or rewrites it", Backfill);
        }

        return Op(RiskLevel.Low, provider == DatabaseProvider.Sqlite ? "adds a column (SQLite adds it in place)" : "adds a column", string.Empty);
    }

    private MigrationOperation CreateIndex(IInvocationOperation invocation, DatabaseProvider provider, string? name, string? table, bool isNewTable)
    {
        var target = $"{Quote(name)} on {Quote(table)}";
        var reversal = new Reversal($"drop the index {Quote(name)}", new[] { "DropIndex" }, name);
        MigrationOperation Op(RiskLevel risk, string consequence, string alternative, string? fix = null) => new(invocation, "CreateIndex", target, risk, consequence, alternative, reversal, fix);

        if (isNewTable)
        {
            return Op(RiskLevel.Low, "indexes a table created in the same migration (still empty)", string.Empty);
        }

        var annotations = IndexAnnotations(invocation);
        if (annotations.Concurrently || annotations.Online)
        {
            return Op(RiskLevel.Low, annotations.Concurrently ? "builds the index concurrently, without blocking writes" : "builds the index online, without blocking writes", string.Empty);
        }

        switch (provider)
        {
            case DatabaseProvider.PostgreSql:
                return Op(RiskLevel.High, "builds the index on PostgreSQL while blocking every write to the table", "Build it concurrently: .Annotation(\"Npgsql:CreatedConcurrently\", true) (the migration then runs outside a transaction).", "Npgsql:CreatedConcurrently");
            case DatabaseProvider.SqlServer:
                return Op(RiskLevel.High, "builds the index on SQL Server offline, blocking writes to the table", "Build it online: .Annotation(\"SqlServer:Online\", true) (Enterprise and Azure SQL).", "SqlServer:Online");
            case DatabaseProvider.Sqlite:
                return Op(RiskLevel.Medium, "builds the index on SQLite, which locks the database while it builds", "Build large indexes at a quiet time.");
            default:
                return Op(RiskLevel.Medium, "builds an index; on most databases writes to the table wait until it is built", "Build it concurrently (Npgsql:CreatedConcurrently) or online (SqlServer:Online).");
        }
    }

    private static (bool Concurrently, bool Online) IndexAnnotations(IInvocationOperation invocation)
    {
        var concurrently = false;
        var online = false;
        IOperation current = invocation;
        while (current.Parent is IInvocationOperation parent && ReferenceEquals(parent.Instance, current) && parent.TargetMethod.Name == "Annotation")
        {
            if (parent.Arguments.Length >= 2 && parent.Arguments[0].Value.ConstantValue.Value is string key &&
                Arguments.Unwrap(parent.Arguments[1].Value).ConstantValue.Value is true)
            {
                concurrently |= key == "Npgsql:CreatedConcurrently";
                online |= key == "SqlServer:Online";
            }

            current = parent;
        }

        return (concurrently, online);
    }

    /// <summary>Whether a default SQL expression calls a function (<c>getdate()</c>, <c>gen_random_uuid()</c>, <c>CURRENT_TIMESTAMP</c>).</summary>
    internal static bool CallsFunction(string sql)
    {
        var trimmed = sql.Trim();
        return trimmed.IndexOf('(') > 0 && char.IsLetter(trimmed.TrimStart('(')[0]) ||
               trimmed.StartsWith("CURRENT_", System.StringComparison.OrdinalIgnoreCase) ||
               trimmed.Equals("now", System.StringComparison.OrdinalIgnoreCase);
    }

    internal static string Quote(string? name) => name is null ? "a name computed at run time" : "'" + name + "'";

    internal static string Column(string? table, string? column)
        => table is null || column is null ? Quote(column ?? table) : "'" + table + "." + column + "'";
}
