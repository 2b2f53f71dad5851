using System.Collections.Generic;
using AutoMode.Analyzers.Sql;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AutoMode.Analyzers.Rules.Migrations;

/// <summary>
/// The risk of each FluentMigrator expression (<c>Delete.Table</c>, <c>Rename.Column</c>, <c>Alter.Table</c>…),
/// matched by the expression-root interface it starts from and read along the whole fluent chain
/// (<c>.AllRows()</c>, <c>.NotNullable()</c>, <c>.WithDefaultValue(…)</c>). <c>Execute.Sql</c> is left to the raw-SQL rules.
/// </summary>
internal sealed class FluentMigratorCatalog
{
    private const string ExpandContract = "Expand and contract: stop reading and writing it in one release, back it up, and remove it in a later, reviewed migration.";

    private readonly MigrationSymbols _s;

    public FluentMigratorCatalog(MigrationSymbols symbols) => _s = symbols;

    /// <summary>Whether the call starts a FluentMigrator expression (<c>Delete.Table(…)</c> and the like).</summary>
    public bool IsExpressionRoot(IInvocationOperation invocation) => RootOf(invocation) is not null;

    private string? RootOf(IInvocationOperation invocation)
    {
        var type = invocation.TargetMethod.ContainingType;
        if (MigrationSymbols.Is(type, _s.FmDeleteRoot)) return "Delete";
        if (MigrationSymbols.Is(type, _s.FmRenameRoot)) return "Rename";
        if (MigrationSymbols.Is(type, _s.FmAlterRoot)) return "Alter";
        if (MigrationSymbols.Is(type, _s.FmCreateRoot)) return "Create";
        if (MigrationSymbols.Is(type, _s.FmInsertRoot)) return "Insert";
        if (MigrationSymbols.Is(type, _s.FmUpdateRoot)) return "Update";
        return null;
    }

    /// <summary>The outermost call of the fluent chain that starts at <paramref name="root"/>, and the method names along it.</summary>
    public static (IInvocationOperation Outer, List<IInvocationOperation> Chain) ChainOf(IInvocationOperation root)
    {
        var chain = new List<IInvocationOperation> { root };
        IOperation current = root;
        while (current.Parent is IInvocationOperation parent && parent.Instance is not null && ReferenceEquals(Arguments.Unwrap(parent.Instance), current))
        {
            chain.Add(parent);
            current = parent;
        }

        return ((IInvocationOperation)current, chain);
    }

    public ReversalKey? KeyOf(IInvocationOperation invocation)
    {
        var root = RootOf(invocation);
        if (root is null)
        {
            return null;
        }

        var (_, chain) = ChainOf(invocation);
        var name = FirstString(invocation);
        var api = root + "." + invocation.TargetMethod.Name;
        if (root == "Alter" && invocation.TargetMethod.Name == "Table")
        {
            // Alter.Table("t").AddColumn("c") reverses Delete.Column("c").FromTable("t").
            var added = Find(chain, "AddColumn");
            return added is not null ? new ReversalKey("Create.Column", FirstString(added), name, null) : new ReversalKey(api, name, null, null);
        }

        var table = FirstString(Find(chain, "FromTable") ?? Find(chain, "OnTable"));
        return new ReversalKey(api, name, table, FirstString(Find(chain, "To")));
    }

    public MigrationOperation? Classify(IInvocationOperation invocation, MigrationBody body)
    {
        var root = RootOf(invocation);
        if (root is null)
        {
            return null;
        }

        var (outer, chain) = ChainOf(invocation);
        var method = invocation.TargetMethod.Name;
        var api = root + "." + method;
        var name = FirstString(invocation);
        var table = FirstString(Find(chain, "FromTable") ?? Find(chain, "OnTable"));
        var target = EfCoreOperationCatalog.Quote(name);

        MigrationOperation Op(RiskLevel risk, string consequence, string alternative, Reversal? reversal = null)
            => new(outer, api, target, risk, consequence, alternative, reversal);

        switch (root, method)
        {
            case ("Delete", "Table"):
                return Op(RiskLevel.Critical, "deletes the table and every row in it", ExpandContract, new Reversal($"recreate the table {target}", new[] { "Create.Table" }, name));
            case ("Delete", "Column"):
                return Op(RiskLevel.Critical, "deletes the column and every value in it", ExpandContract, new Reversal($"recreate the column {target}", new[] { "Create.Column" }, name, table));
            case ("Delete", "Schema"):
                return Op(RiskLevel.Critical, "deletes the schema", ExpandContract, new Reversal($"recreate the schema {target}", new[] { "Create.Schema" }, name));
            case ("Delete", "FromTable"):
                return Find(chain, "AllRows") is not null
                    ? Op(RiskLevel.Critical, "deletes every row of the table", "Delete only the rows you mean (Row(…)), in a reviewed data script with a backup.", new Reversal($"insert the rows into {target} again", new[] { "Insert.IntoTable" }, name))
                    : Op(RiskLevel.Medium, "deletes rows inside a schema change", "Keep data changes small and reviewed.", new Reversal($"insert the rows into {target} again", new[] { "Insert.IntoTable" }, name));
            case ("Delete", "Index"):
            case ("Delete", "ForeignKey"):
            case ("Delete", "PrimaryKey"):
            case ("Delete", "UniqueConstraint"):
            case ("Delete", "DefaultConstraint"):
            case ("Delete", "Sequence"):
                return Op(RiskLevel.High, method is "Index" ? "removes an index: queries that use it slow down under load" : method is "Sequence" ? "removes a sequence that key generation may still use" : "removes a constraint: the database stops protecting the data's integrity",
                    "Remove it only after nothing relies on it, in its own migration.");
            case ("Rename", "Table"):
            case ("Rename", "Column"):
                var newName = FirstString(Find(chain, "To"));
                return Op(RiskLevel.High, $"renames the {method.ToLowerInvariant()}; the running release still uses the old name and fails during the deploy", Alternatives.Rename,
                    new Reversal($"rename {EfCoreOperationCatalog.Quote(newName)} back to {target}", new[] { api }, newName, method == "Column" ? table : null, name));
            case ("Alter", "Column"):
                return Op(RiskLevel.High, "changes the column in place: most databases rewrite or scan the table under a lock, and narrowing loses values", "Expand and contract: add a new column, backfill it in batches, switch code, drop the old one later.");
            case ("Alter", "Table"):
                return AlterTable(chain, Op);
            case ("Create", "Index"):
                return body.IsNewTable(table)
                    ? Op(RiskLevel.Low, "indexes a table created in the same migration (still empty)", string.Empty)
                    : Op(RiskLevel.Medium, "builds an index; on most databases writes to the table wait until it is built", "Build it concurrently or online (the Postgres and SqlServer extensions' WithOptions()).");
            case ("Create", "ForeignKey"):
            case ("Create", "PrimaryKey"):
            case ("Create", "UniqueConstraint"):
                return Op(RiskLevel.Medium, "validates every existing row while it holds a lock", "Clean the data first and add the constraint at a quiet time.");
            case ("Create", "Column"):
                return NotNullWithoutDefault(chain)
                    ? Op(RiskLevel.High, "adds a NOT NULL column without a default: the migration fails on a table with rows, or rewrites it", "Add it Nullable(), backfill it in batches, then make it NotNullable() (or give it WithDefaultValue).")
                    : Op(RiskLevel.Low, "adds a column", string.Empty);
            case ("Create", _):
                return Op(RiskLevel.Low, "is additive", string.Empty);
            case ("Insert", "IntoTable"):
                return Op(RiskLevel.Medium, "writes rows inside a schema change", "Keep data changes small and reviewed.", new Reversal($"delete the inserted rows from {target}", new[] { "Delete.FromTable" }, name));
            case ("Update", "Table"):
                return Find(chain, "AllRows") is not null
                    ? Op(RiskLevel.Critical, "overwrites a column in every row of the table", "Update only the rows you mean (Where(…)), in batches, keeping the old values.")
                    : Op(RiskLevel.Medium, "overwrites rows inside a schema change", "Keep data changes small and reviewed.");
            default:
                return null;
        }
    }

    private static MigrationOperation AlterTable(List<IInvocationOperation> chain, System.Func<RiskLevel, string, string, Reversal?, MigrationOperation> op)
    {
        if (Find(chain, "AlterColumn") is not null)
        {
            return op(RiskLevel.High, "changes a column in place: most databases rewrite or scan the table under a lock, and narrowing loses values", "Expand and contract: add a new column, backfill it in batches, switch code, drop the old one later.", null);
        }

        if (Find(chain, "AddColumn") is not null && Find(chain, "Rename") is null)
        {
            return NotNullWithoutDefault(chain)
                ? op(RiskLevel.High, "adds a NOT NULL column without a default: the migration fails on a table with rows, or rewrites it", "Add it Nullable(), backfill it in batches, then make it NotNullable() (or give it WithDefaultValue).", null)
                : op(RiskLevel.Low, "adds a column", string.Empty, null);
        }

        return op(RiskLevel.High, "alters the table in place: most databases take a lock that blocks writes", "Prefer additive changes; expand and contract.", null);
    }

    /// <summary>FluentMigrator generates NOT NULL unless the chain calls Nullable(); a default makes it safe.</summary>
    private static bool NotNullWithoutDefault(List<IInvocationOperation> chain)
    {
        foreach (var call in chain)
        {
            if (call.TargetMethod.Name is "Nullable" or "WithDefaultValue" or "WithDefault")
            {
                return false;
            }
        }

        return true;
    }

    private static IInvocationOperation? Find(List<IInvocationOperation> chain, string name)
    {
        foreach (var call in chain)
        {
            if (call.TargetMethod.Name == name)
            {
                return call;
            }
        }

        return null;
    }

    private static string? FirstString(IInvocationOperation? invocation)
        => invocation is not null && invocation.Arguments.Length > 0 && invocation.Arguments[0].Value.ConstantValue.Value is string text ? text : null;
}
