using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace AutoMode.Analyzers.Rules.Migrations;

/// <summary>
/// AM2001–AM2006: the schema and data operations of EF Core <c>MigrationBuilder</c> and FluentMigrator migrations,
/// one id per risk level, and migrations whose <c>Down</c> cannot undo a risky <c>Up</c>. Operations in a
/// migration's <c>Down</c> run only on rollback and are not reported themselves. An operation whose target is the
/// enclosing method's own parameter, passed on unchanged, is an API's and reported at Low (AM2006).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class MigrationOperationAnalyzer : DiagnosticAnalyzer
{
    private const string OperationMessage = "'{0}' on {1} {2}; safe alternative: {3}";

    internal static readonly DiagnosticDescriptor DataLossRule = DescriptorFactory.Create(
        RuleIdentifiers.MigrationDataLoss,
        "Migration operation that loses data",
        OperationMessage,
        RuleCategory.Migrations,
        RiskLevel.Critical,
        "Dropping a table, column or schema, deleting seeded rows, or narrowing a column loses data that no rollback brings back. It breaks the build until a person has reviewed it.");

    internal static readonly DiagnosticDescriptor BlockingRule = DescriptorFactory.Create(
        RuleIdentifiers.MigrationBlocking,
        "Migration operation that locks tables or breaks the running release",
        OperationMessage,
        RuleCategory.Migrations,
        RiskLevel.High,
        "Renames break the release that is still running during a deploy; column changes, required columns without a default, index builds without CONCURRENTLY/ONLINE and dropped constraints or indexes lock tables or weaken integrity under load.");

    internal static readonly DiagnosticDescriptor ValidatesRowsRule = DescriptorFactory.Create(
        RuleIdentifiers.MigrationValidatesRows,
        "Migration operation that validates or writes existing rows",
        OperationMessage,
        RuleCategory.Migrations,
        RiskLevel.Medium,
        "Adding keys and constraints validates every existing row under lock; seeding data writes rows inside a schema change; index builds on an unknown provider may block writes.");

    internal static readonly DiagnosticDescriptor AdditiveRule = DescriptorFactory.Create(
        RuleIdentifiers.MigrationAdditive,
        "Additive migration operation",
        "'{0}' on {1} {2}; recorded for the gate only",
        RuleCategory.Migrations,
        RiskLevel.Low,
        "Creating tables, schemas and sequences, adding nullable columns, renaming indexes and indexing new tables keep every row: routine, reported at Low so the gate knows the change touches the schema.");

    internal static readonly DiagnosticDescriptor IrreversibleRule = DescriptorFactory.Create(
        RuleIdentifiers.IrreversibleMigration,
        "Migration that cannot be rolled back",
        "'{0}' on {1} cannot be rolled back: {2}. A rollback fails when it is needed most; write a Down that reverses it.",
        RuleCategory.Migrations,
        RiskLevel.High,
        "A migration whose Up has a Medium-or-worse operation needs a Down that undoes it: recreate what was dropped, rename back what was renamed, drop what was added.");

    internal static readonly DiagnosticDescriptor ForwardedRule = DescriptorFactory.Create(
        RuleIdentifiers.MigrationOperationForwarded,
        "Migration operation on a name forwarded from a parameter",
        "'{0}' ({1}) acts on the parameter '{2}' of '{3}', passed on unchanged; the method is an API whose callers choose the target, so the risk is reported where the name is visible, at its callers. Recorded at Low; declare the method with [Risk] if calls to it should be reported.",
        RuleCategory.Migrations,
        RiskLevel.Low,
        "A method that hands its own parameter, unchanged, as the name an operation acts on (EF Core's own MigrationBuilder.DeleteData overloads calling each other, a DropColumn(builder, name) helper) does not choose what is dropped: its callers do. An operation on a name the method writes itself keeps its level.");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        DataLossRule, BlockingRule, ValidatesRowsRule, AdditiveRule, IrreversibleRule, ForwardedRule);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        AcceptedRisks.Enable(context);
        context.RegisterCompilationStartAction(start =>
        {
            var symbols = MigrationSymbols.TryCreate(start.Compilation);
            if (symbols is null || (symbols.MigrationBuilder is null && symbols.FmMigrationBase is null))
            {
                return;
            }

            var ef = new EfCoreOperationCatalog(symbols);
            var fm = new FluentMigratorCatalog(symbols);
            var sinks = new SqlSinks(symbols);

            start.RegisterOperationBlockStartAction(block =>
            {
                if (symbols.IsMigrationDown(block.OwningSymbol))
                {
                    return;
                }

                var tree = block.OperationBlocks.IsEmpty ? null : block.OperationBlocks[0].Syntax.SyntaxTree;
                var body = new Lazy<MigrationBody>(
                    () => MigrationBody.Create(block.OperationBlocks, symbols, tree is null ? null : AutoModeOptions.GetString(block.Options, tree, MigrationBody.ProviderOption)),
                    LazyThreadSafetyMode.ExecutionAndPublication);
                block.RegisterOperationAction(
                    c =>
                    {
                        var invocation = (IInvocationOperation)c.Operation;
                        if (!ef.IsMigrationBuilderCall(invocation) && !fm.IsExpressionRoot(invocation))
                        {
                            return;
                        }

                        var operation = ef.Classify(invocation, body.Value) ?? fm.Classify(invocation, body.Value);
                        if (operation is not null)
                        {
                            c.ReportDiagnostic(operation.Risk > RiskLevel.Low && ForwardedTarget(invocation, ef, fm) is { } parameter
                                ? RiskDiagnostic.Create(ForwardedRule, operation.Operation.Syntax.GetLocation(), operation.Api, operation.Consequence, parameter.Name, parameter.ContainingSymbol.Name)
                                : Report(operation));
                        }
                    },
                    OperationKind.Invocation);
            });

            start.RegisterSymbolStartAction(
                symbolStart => RegisterReversibility(symbolStart, symbols, ef, fm, sinks),
                SymbolKind.NamedType);
        });
    }

    /// <summary>
    /// The parameter of the enclosing method that names what the operation acts on, passed on unchanged: the table of
    /// InsertData/UpdateData/DeleteData, the name of every other EF Core operation, the first argument of a FluentMigrator
    /// expression (<c>Delete.Table(name)</c>); null when the method writes the name itself.
    /// </summary>
    private static IParameterSymbol? ForwardedTarget(IInvocationOperation invocation, EfCoreOperationCatalog ef, FluentMigratorCatalog fm)
    {
        IOperation? target;
        if (ef.IsMigrationBuilderCall(invocation))
        {
            target = Arguments.Get(invocation, invocation.TargetMethod.Name is "InsertData" or "UpdateData" or "DeleteData" ? "table" : "name");
        }
        else
        {
            target = invocation.Arguments.Length > 0 ? invocation.Arguments[0].Value : null;
        }

        return Values.ForwardedParameters.Of(target, node => node is IInvocationOperation call && (ef.IsMigrationBuilderCall(call) || fm.IsExpressionRoot(call)));
    }

    private static Diagnostic Report(MigrationOperation operation)
    {
        var descriptor = operation.Risk switch
        {
            RiskLevel.Critical => DataLossRule,
            RiskLevel.High => BlockingRule,
            RiskLevel.Medium => ValidatesRowsRule,
            _ => AdditiveRule,
        };

        if (operation.FixAnnotation is { } fix)
        {
            return RiskDiagnostic.Create(descriptor, operation.Operation.Syntax.GetLocation(),
                ImmutableDictionary<string, string?>.Empty.Add(MigrationOperation.FixAnnotationProperty, fix),
                operation.Api, operation.Target, operation.Consequence, operation.Alternative);
        }

        return operation.Risk == RiskLevel.Low
            ? RiskDiagnostic.Create(descriptor, operation.Operation.Syntax.GetLocation(), operation.Api, operation.Target, operation.Consequence)
            : RiskDiagnostic.Create(descriptor, operation.Operation.Syntax.GetLocation(), operation.Api, operation.Target, operation.Consequence, operation.Alternative);
    }

    private static void RegisterReversibility(SymbolStartAnalysisContext context, MigrationSymbols symbols, EfCoreOperationCatalog ef, FluentMigratorCatalog fm, SqlSinks sinks)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        var isEf = MigrationSymbols.DerivesFrom(type, symbols.EfMigration);
        var isFm = MigrationSymbols.DerivesFrom(type, symbols.FmMigrationBase) && !MigrationSymbols.DerivesFrom(type, symbols.FmAutoReversingMigration);
        if (type.IsAbstract || (!isEf && !isFm))
        {
            return;
        }

        var up = new ConcurrentBag<ImmutableArray<IOperation>>();
        var down = new ConcurrentBag<ImmutableArray<IOperation>>();
        context.RegisterOperationBlockAction(block =>
        {
            if (block.OwningSymbol is IMethodSymbol { IsOverride: true, Name: "Up" or "Down" } method &&
                SymbolEqualityComparer.Default.Equals(method.ContainingType, type))
            {
                (method.Name == "Up" ? up : down).Add(block.OperationBlocks);
            }
        });

        context.RegisterSymbolEndAction(end =>
        {
            if (up.IsEmpty)
            {
                return;
            }

            var upBlocks = up.SelectMany(b => b).ToImmutableArray();
            var body = MigrationBody.Create(upBlocks, symbols, upBlocks.IsEmpty ? null : AutoModeOptions.GetString(end.Options, upBlocks[0].Syntax.SyntaxTree, MigrationBody.ProviderOption));
            var operations = UpOperations.Collect(upBlocks, body, (invocation, b) =>
                ef.Classify(invocation, b) ?? fm.Classify(invocation, b) ?? SqlOperation(invocation, sinks, symbols, isEf));

            var downMethod = down.IsEmpty
                ? DownMethod.Missing
                : DownMethod.From(down.SelectMany(b => b).ToImmutableArray(), invocation =>
                    ef.KeyOf(invocation) ?? fm.KeyOf(invocation) ?? SqlKey(invocation, sinks));

            foreach (var operation in operations)
            {
                if (operation.Risk < RiskLevel.Medium)
                {
                    continue;
                }

                var why = downMethod.WhyNotReversed(operation);
                if (why is not null)
                {
                    end.ReportDiagnostic(RiskDiagnostic.Create(IrreversibleRule, operation.Operation.Syntax.GetLocation(), operation.Api, operation.Target, why));
                }
            }
        });
    }

    /// <summary>Raw SQL in an Up (MigrationBuilder.Sql, Execute.Sql): its risk by the classifier, High when not visible.
    /// A statement that changes nothing a rollback needs (fills columns added just before, replaces NULLs, deletes
    /// orphans) is Low here: its Down need not undo it.</summary>
    private static MigrationOperation? SqlOperation(IInvocationOperation invocation, SqlSinks sinks, MigrationSymbols symbols, bool isEf)
    {
        if (sinks.Match(invocation) is not { } sink || (sink.Api != "MigrationBuilder.Sql" && !sink.Api.StartsWith("Execute.", System.StringComparison.Ordinal)))
        {
            return null;
        }

        var newColumns = sink.Api == "MigrationBuilder.Sql" ? MigrationBody.AddedColumnsBefore(invocation, symbols) : null;
        var classification = SqlText.Classify(sink.Text, sink.Mode, newColumns);
        var risk = classification is null || (classification.HasRuntimeText && classification.Risk < RiskLevel.High) ? RiskLevel.High
            : classification.Statements.All(s => s.NeedsNoRollback || s.Risk <= RiskLevel.Low) ? RiskLevel.Low
            : classification.Risk;
        var target = classification?.Worst is { } worst ? "'" + worst.Text + "'" : "SQL built at run time";
        return new MigrationOperation(invocation, sink.Api, target, risk, string.Empty, string.Empty,
            new Reversal("run SQL that undoes it", isEf ? new[] { "Sql" } : new[] { "Execute.Sql", "Execute.Script", "Execute.EmbeddedScript" }));
    }

    private static ReversalKey? SqlKey(IInvocationOperation invocation, SqlSinks sinks)
        => sinks.Match(invocation) is { } sink && (sink.Api == "MigrationBuilder.Sql" || sink.Api.StartsWith("Execute.", System.StringComparison.Ordinal))
            ? new ReversalKey(sink.Api == "MigrationBuilder.Sql" ? "Sql" : sink.Api, null, null, null)
            : null;
}
