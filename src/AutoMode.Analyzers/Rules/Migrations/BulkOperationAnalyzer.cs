using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace AutoMode.Analyzers.Rules.Migrations;

/// <summary>
/// AM2031–AM2033: EF Core bulk operations. <c>ExecuteDelete</c>/<c>ExecuteUpdate</c> on a whole DbSet is Critical;
/// a filtered <c>ExecuteDelete</c> and <c>RemoveRange</c> over a whole set are High; a filtered <c>ExecuteUpdate</c> is Medium.
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

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(WholeTableRule, DeleteRule, UpdateRule);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var symbols = MigrationSymbols.TryCreate(start.Compilation);
            if (symbols?.DbSet is null)
            {
                return;
            }

            var filter = new QueryFilter(symbols);
            start.RegisterOperationAction(c => Analyze(c, symbols, filter), OperationKind.Invocation);
        });
    }

    private static void Analyze(OperationAnalysisContext context, MigrationSymbols symbols, QueryFilter filter)
    {
        var invocation = (IInvocationOperation)context.Operation;
        var method = invocation.TargetMethod;
        var location = invocation.Syntax.GetLocation();
        var name = method.Name;

        if (name is "ExecuteDelete" or "ExecuteDeleteAsync" or "ExecuteUpdate" or "ExecuteUpdateAsync" &&
            (MigrationSymbols.Is(method.ContainingType, symbols.EntityFrameworkQueryableExtensions) || MigrationSymbols.Is(method.ContainingType, symbols.RelationalQueryableExtensions)))
        {
            var isDelete = name.StartsWith("ExecuteDelete", System.StringComparison.Ordinal);
            var (scope, set) = filter.Scope(invocation.Arguments.Length > 0 ? invocation.Arguments[0].Value : null);
            if (scope == QueryScope.WholeTable)
            {
                context.ReportDiagnostic(RiskDiagnostic.Create(WholeTableRule, location, name, set is null ? "the set" : "'" + set + "'", isDelete ? "deletes" : "overwrites"));
            }
            else if (isDelete)
            {
                context.ReportDiagnostic(RiskDiagnostic.Create(DeleteRule, location, name, "deletes the rows the query selects in one statement, without change tracking"));
            }
            else
            {
                context.ReportDiagnostic(RiskDiagnostic.Create(UpdateRule, location, name));
            }

            return;
        }

        if (name == "RemoveRange" && (MigrationSymbols.Is(method.ContainingType, symbols.DbSet) || MigrationSymbols.Is(method.ContainingType, symbols.DbContext) ||
                                      MigrationSymbols.DerivesFrom(method.ContainingType, symbols.DbContext)) && invocation.Arguments.Length == 1)
        {
            var argument = invocation.Arguments[0];
            var (scope, set) = filter.Scope(argument.ArgumentKind == ArgumentKind.ParamArray ? null : argument.Value);
            if (scope == QueryScope.WholeTable)
            {
                context.ReportDiagnostic(RiskDiagnostic.Create(DeleteRule, location, name, "removes every entity of " + (set is null ? "the set" : "'" + set + "'")));
            }
        }
    }
}
