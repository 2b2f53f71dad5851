using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace AutoMode.Analyzers.Rules.Migrations;

/// <summary>
/// AM2031–AM2034: EF Core bulk operations and deletes. <c>ExecuteDelete</c>/<c>ExecuteUpdate</c> on a whole DbSet is
/// Critical; a filtered <c>ExecuteDelete</c> and <c>RemoveRange</c> over a whole set are High; a filtered
/// <c>ExecuteUpdate</c> is Medium; any other <c>Remove</c>/<c>RemoveRange</c> of a DbSet, DbContext or local view, and an
/// entry set to <c>EntityState.Deleted</c>, delete rows through the change tracker: Medium. AM2035 (Medium): an
/// <c>ExecuteDelete</c> whose query selects rows by a key (<c>Where(o =&gt; o.CustomerId == id)</c>,
/// <c>Where(o =&gt; ids.Contains(o.Id))</c>) deletes the rows of that key, not a table; and a bulk delete in a test
/// project resets the test's own database.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class BulkOperationAnalyzer : DiagnosticAnalyzer
{
    internal static readonly DiagnosticDescriptor WholeTableRule = DescriptorFactory.Create(
        RuleIdentifiers.BulkWriteWholeTable,
        "Bulk delete or update of a whole table",
        "'{0}' on {1} has no Where: it {2} every row of the table in one statement. Add a Where that selects the rows, and change large sets in batches.",
        RuleCategory.Migrations,
        RiskLevel.Critical,
        "ExecuteDelete or ExecuteUpdate on a DbSet without a filter changes every row in one SQL statement, bypassing change tracking and any confirmation.");

    internal static readonly DiagnosticDescriptor DeleteRule = DescriptorFactory.Create(
        RuleIdentifiers.BulkDelete,
        "Bulk delete",
        "'{0}' {1}; a wrong filter loses data for good. Review the filter, keep a backup or soft-delete, and delete in batches.",
        RuleCategory.Migrations,
        RiskLevel.High,
        "ExecuteDelete deletes in one statement without loading entities; RemoveRange over a whole DbSet deletes every row through change tracking.");

    internal static readonly DiagnosticDescriptor UpdateRule = DescriptorFactory.Create(
        RuleIdentifiers.BulkUpdate,
        "Bulk update",
        "'{0}' overwrites the rows the query selects in one statement, without change tracking; the previous values are lost. Review the filter and keep the old values where they matter.",
        RuleCategory.Migrations,
        RiskLevel.Medium,
        "ExecuteUpdate changes many rows in one SQL statement, bypassing change tracking, concurrency tokens and interceptors.");

    internal static readonly DiagnosticDescriptor TrackedDeleteRule = DescriptorFactory.Create(
        RuleIdentifiers.TrackedDelete,
        "Rows deleted through the change tracker",
        "'{0}' marks {1} as deleted; the next SaveChanges deletes their rows, and the rows that cascade from them, for good. Check that only the intended rows are selected (by id and owner), and consider a soft delete for user data.",
        RuleCategory.Migrations,
        RiskLevel.Medium,
        "Remove and RemoveRange on a DbSet or DbContext, and an entry set to EntityState.Deleted, delete the rows of the entities (and their cascades) at the next SaveChanges: user data is gone without a backup.");

    internal static readonly DiagnosticDescriptor ScopedDeleteRule = DescriptorFactory.Create(
        RuleIdentifiers.ScopedBulkDelete,
        "Bulk delete by key, or in a test project",
        "'{0}' {1}; a wrong key still loses those rows for good. Check the key, and consider a soft delete for user data.",
        RuleCategory.Migrations,
        RiskLevel.Medium,
        "An ExecuteDelete whose Where compares a column with a variable (an id, an owner, a list of ids) deletes the rows of that key, as a repository's Delete(id) does: not a bulk delete of a table. A bulk delete in a test project resets the test's own database. Both are reported one level below AM2032.");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(WholeTableRule, DeleteRule, UpdateRule, TrackedDeleteRule, ScopedDeleteRule);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        AcceptedRisks.Enable(context);
        context.RegisterCompilationStartAction(start =>
        {
            var symbols = MigrationSymbols.TryCreate(start.Compilation);
            if (symbols?.DbSet is null)
            {
                return;
            }

            var filter = new QueryFilter(symbols);
            var isTestProject = TestCode.IsTestProject(start.Compilation, start.Options);
            start.RegisterOperationAction(c => Analyze(c, symbols, filter, isTestProject), OperationKind.Invocation);
            start.RegisterOperationAction(c => AnalyzeUnresolved(c, symbols), OperationKind.Invalid);
            if (symbols.EntityEntry is not null && symbols.EntityState is not null)
            {
                start.RegisterOperationAction(c => AnalyzeStateAssignment(c, symbols), OperationKind.SimpleAssignment);
            }
        });
    }

    private const string InTests = " in a test project: a test resetting its own database, so Medium; the same delete in an application is High (AM2032)";

    private static void Analyze(OperationAnalysisContext context, MigrationSymbols symbols, QueryFilter filter, bool isTestProject)
    {
        var invocation = (IInvocationOperation)context.Operation;
        var method = invocation.TargetMethod;
        var location = invocation.Syntax.GetLocation();
        var name = method.Name;

        if (name is "ExecuteDelete" or "ExecuteDeleteAsync" or "ExecuteUpdate" or "ExecuteUpdateAsync" &&
            (MigrationSymbols.Is(method.ContainingType, symbols.EntityFrameworkQueryableExtensions) || MigrationSymbols.Is(method.ContainingType, symbols.RelationalQueryableExtensions)))
        {
            var isDelete = name.StartsWith("ExecuteDelete", System.StringComparison.Ordinal);
            var source = invocation.Arguments.Length > 0 ? invocation.Arguments[0].Value : null;
            var (scope, set) = filter.Scope(source);
            if (scope == QueryScope.WholeTable)
            {
                context.ReportDiagnostic(RiskDiagnostic.Create(WholeTableRule, location, name, set is null ? "the set" : "'" + set + "'", isDelete ? "deletes" : "overwrites"));
            }
            else if (isDelete && QueryFilter.KeyFilter(source) is { } key)
            {
                context.ReportDiagnostic(RiskDiagnostic.Create(ScopedDeleteRule, location, name,
                    "deletes the rows whose key matches ('" + key + "'): filtered by a key, so Medium; High (AM2032) only when the whole table or a set the rule cannot see is deleted"));
            }
            else if (isDelete && QueryFilter.OrphanOrExpiredFilter(source) is { } cleanup)
            {
                context.ReportDiagnostic(RiskDiagnostic.Create(ScopedDeleteRule, location, name,
                    "deletes only rows that nothing references or that are past their expiry ('" + cleanup + "'): a cleanup by contract, so Medium; High (AM2032) when the filter selects rows that still matter"));
            }
            else if (isDelete && isTestProject)
            {
                context.ReportDiagnostic(RiskDiagnostic.Create(ScopedDeleteRule, location, name, "deletes the rows the query selects" + InTests));
            }
            else if (isDelete)
            {
                var through = scope == QueryScope.Unknown ? QueryFilter.Through(source) : null;
                context.ReportDiagnostic(RiskDiagnostic.Create(DeleteRule, location, name, through is null
                    ? "deletes the rows the query selects in one statement, without change tracking"
                    : "deletes the rows the query selects in one statement, without change tracking (the query goes through '" + through + "', which may filter, so it is not reported as a whole-table delete)"));
            }
            else
            {
                context.ReportDiagnostic(RiskDiagnostic.Create(UpdateRule, location, name));
            }

            return;
        }

        if (name is not ("Remove" or "RemoveRange") || !IsChangeTrackerDelete(method.ContainingType, symbols))
        {
            return;
        }

        if (name == "RemoveRange" && invocation.Arguments.Length == 1)
        {
            var argument = invocation.Arguments[0];
            var (scope, set) = filter.Scope(argument.ArgumentKind == ArgumentKind.ParamArray ? null : argument.Value);
            if (scope == QueryScope.WholeTable)
            {
                var every = "removes every entity of " + (set is null ? "the set" : "'" + set + "'");
                context.ReportDiagnostic(isTestProject
                    ? RiskDiagnostic.Create(ScopedDeleteRule, location, name, every + InTests)
                    : RiskDiagnostic.Create(DeleteRule, location, name, every));
                return;
            }
        }

        var owner = method.ContainingType.Name == "LocalView" ? "DbSet.Local" : method.ContainingType.Name;
        context.ReportDiagnostic(RiskDiagnostic.Create(TrackedDeleteRule, location, owner + "." + name, Entities(invocation, name == "RemoveRange")));
    }

    /// <summary>
    /// <c>db.Permissions.RemoveRange(user.Permissions)</c> where the entity's type did not resolve (a partly restored
    /// project): the compiler binds no overload, but every candidate is the change tracker's delete. Reported as a tracked
    /// delete; whether it removes a whole set cannot be told without the argument's type, so never as AM2032.
    /// </summary>
    private static void AnalyzeUnresolved(OperationAnalysisContext context, MigrationSymbols symbols)
    {
        var candidates = UnresolvedCalls.Candidates((IInvalidOperation)context.Operation);
        if (candidates.IsEmpty || candidates[0].Name is not ("Remove" or "RemoveRange") || !IsChangeTrackerDelete(candidates[0].ContainingType, symbols))
        {
            return;
        }

        var owner = candidates[0].ContainingType.Name == "LocalView" ? "DbSet.Local" : candidates[0].ContainingType.Name;
        context.ReportDiagnostic(RiskDiagnostic.Create(TrackedDeleteRule, context.Operation.Syntax.GetLocation(), owner + "." + candidates[0].Name,
            candidates[0].Name == "RemoveRange" ? "the entities it is given" : "the entity it is given"));
    }

    /// <summary>DbSet&lt;T&gt;, DbContext (and user contexts) and DbSet.Local: their Remove and RemoveRange delete rows.</summary>
    private static bool IsChangeTrackerDelete(INamedTypeSymbol? type, MigrationSymbols symbols)
        => MigrationSymbols.Is(type, symbols.DbSet) || MigrationSymbols.Is(type, symbols.DbContext) ||
           MigrationSymbols.DerivesFrom(type, symbols.DbContext) || MigrationSymbols.Is(type, symbols.LocalView);

    /// <summary>For the message: "the 'Notes' entities it is given" when the receiver is a DbSet property.</summary>
    private static string Entities(IInvocationOperation invocation, bool several)
    {
        var what = several ? "the entities it is given" : "the entity it is given";
        var receiver = invocation.Instance;
        while (receiver is IPropertyReferenceOperation { Property.Name: "Local" } local)
        {
            receiver = local.Instance;
        }

        return receiver is IPropertyReferenceOperation property ? what + " (of '" + property.Property.Name + "')" : what;
    }

    /// <summary><c>db.Entry(x).State = EntityState.Deleted</c>: the same delete as <c>Remove</c>.</summary>
    private static void AnalyzeStateAssignment(OperationAnalysisContext context, MigrationSymbols symbols)
    {
        var assignment = (ISimpleAssignmentOperation)context.Operation;
        if (assignment.Target is IPropertyReferenceOperation { Property.Name: "State" } property &&
            (MigrationSymbols.Is(property.Property.ContainingType, symbols.EntityEntry) || MigrationSymbols.DerivesFrom(property.Property.ContainingType, symbols.EntityEntry)) &&
            MigrationSymbols.Is(assignment.Value.Type, symbols.EntityState) &&
            assignment.Value.ConstantValue is { HasValue: true } value &&
            symbols.EntityState!.GetMembers("Deleted").FirstOrDefault() is IFieldSymbol { HasConstantValue: true } deleted &&
            Equals(value.Value, deleted.ConstantValue))
        {
            context.ReportDiagnostic(RiskDiagnostic.Create(TrackedDeleteRule, assignment.Syntax.GetLocation(), "EntityEntry.State = EntityState.Deleted", "the entry's entity"));
        }
    }
}
