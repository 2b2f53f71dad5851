using System;
using System.Collections.Immutable;
using System.Linq;
using AutoMode.Analyzers.Sql;
using AutoMode.Analyzers.Values;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace AutoMode.Analyzers.Rules.Migrations;

/// <summary>
/// AM2011–AM2016: SQL text that C# sends to a database (MigrationBuilder.Sql, ExecuteSql*, FromSql*, ADO.NET command
/// text, Dapper Execute*/Query*, FluentMigrator Execute.*), classified by <see cref="SqlClassifier"/>: the worst statement
/// decides, one id per level; text the compiler cannot see is AM2015, and text that is the enclosing method's own
/// parameter, forwarded unchanged, is AM2016 (Low): its callers decide it.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class RawSqlAnalyzer : DiagnosticAnalyzer
{
    private const string StatementMessage = "'{0}' runs '{1}'{2}, which {3}; safe alternative: {4}";

    internal static readonly DiagnosticDescriptor DataLossRule = DescriptorFactory.Create(
        RuleIdentifiers.SqlDataLoss,
        "SQL statement that loses data",
        StatementMessage,
        RuleCategory.Migrations,
        RiskLevel.Critical,
        "DROP DATABASE/SCHEMA/TABLE, TRUNCATE, DELETE or UPDATE without WHERE and ALTER TABLE … DROP COLUMN lose data for good.");

    internal static readonly DiagnosticDescriptor BlockingRule = DescriptorFactory.Create(
        RuleIdentifiers.SqlBlockingOrWriting,
        "SQL statement that locks, rewrites, renames or changes access",
        StatementMessage,
        RuleCategory.Migrations,
        RiskLevel.High,
        "Column type changes, NOT NULL columns without default, renames, index builds without CONCURRENTLY/ONLINE, foreign keys without NOT VALID, GRANT/REVOKE and filtered DELETE/UPDATE lock tables, break running code or change data.");

    internal static readonly DiagnosticDescriptor UnclearRule = DescriptorFactory.Create(
        RuleIdentifiers.SqlUnclearEffect,
        "SQL statement with an effect that is not visible",
        StatementMessage,
        RuleCategory.Migrations,
        RiskLevel.Medium,
        "Stored procedure calls, upserts, constraint additions that validate rows and statements the classifier does not know need a look.");

    internal static readonly DiagnosticDescriptor AdditiveRule = DescriptorFactory.Create(
        RuleIdentifiers.SqlAdditiveOrRead,
        "Additive or read-only SQL statement",
        "'{0}' runs '{1}'{2}, which {3}; recorded for the gate only",
        RuleCategory.Migrations,
        RiskLevel.Low,
        "SELECT, INSERT, CREATE TABLE, CREATE INDEX CONCURRENTLY and other additive statements keep every row.");

    internal static readonly DiagnosticDescriptor NotVisibleRule = DescriptorFactory.Create(
        RuleIdentifiers.SqlNotVisible,
        "SQL text that cannot be classified",
        "'{0}' sends SQL text {1}; what it runs cannot be reviewed. Use constant SQL text with parameters for the values, so the statement can be classified.",
        RuleCategory.Migrations,
        RiskLevel.High,
        "SQL text built at run time from strings cannot be classified, and string-built SQL invites SQL injection.");

    internal static readonly DiagnosticDescriptor ForwardedRule = DescriptorFactory.Create(
        RuleIdentifiers.SqlForwarded,
        "SQL text forwarded from a parameter",
        "'{0}' sends the SQL text of the parameter '{1}' of '{2}' unchanged; the method is an API whose callers decide the SQL, so the risk is reported where the text is visible, at its callers. Recorded at Low; declare the method with [Risk] if calls to it should be reported.",
        RuleCategory.Migrations,
        RiskLevel.Low,
        "A method that hands its own string parameter to a SQL sink unchanged (ExecuteSqlRaw overloads calling each other, a SetCommandText(cmd, text) helper) does not choose the SQL: its callers do. Text the method builds itself stays AM2015.");

    internal static readonly DiagnosticDescriptor TestProjectDataLossRule = DescriptorFactory.Create(
        RuleIdentifiers.SqlDataLossInTests,
        "SQL statement that loses data, in a test project",
        "'{0}' runs '{1}'{2}, which {3}, in a test project; tests usually drop or empty what they set up, against a test database. Recorded at Medium; keep test databases disposable (a container or a database the test creates).",
        RuleCategory.Migrations,
        RiskLevel.Medium,
        "DROP TABLE, TRUNCATE, DELETE or UPDATE without WHERE in a test project is nearly always a fixture resetting the tables it created (Dapper's tests drop a table right before recreating it). It is reported two levels below AM2011; DROP DATABASE and DROP SCHEMA stay AM2011 (Critical) in tests too.");

    internal static readonly DiagnosticDescriptor TestProjectHighRule = DescriptorFactory.Create(
        RuleIdentifiers.SqlHighInTests,
        "Locking or unclassified SQL in a test project",
        "'{0}' {1}, in a test project; tests set up, change and drop what is in their own database. Recorded at Medium; in an application this is {2}.",
        RuleCategory.Migrations,
        RiskLevel.Medium,
        "A filtered DELETE or UPDATE, a DROP PROC/TYPE or SQL text built at run time in a test project changes the test's own database (Dapper's and duplicati's tests drop the procedures and types they create, and corrupt a row of their own database to test a repair). Reported one level below AM2012 and AM2015.");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        DataLossRule, BlockingRule, UnclearRule, AdditiveRule, NotVisibleRule, ForwardedRule, TestProjectDataLossRule, TestProjectHighRule);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        AcceptedRisks.Enable(context);
        context.RegisterCompilationStartAction(start =>
        {
            var symbols = MigrationSymbols.TryCreate(start.Compilation);
            if (symbols is null)
            {
                return;
            }

            var sinks = new SqlSinks(symbols);
            var isTestProject = TestCode.IsTestProject(start.Compilation, start.Options);
            start.RegisterOperationAction(
                c =>
                {
                    if (sinks.Match(c.Operation) is { } sink && !symbols.IsMigrationDown(c.ContainingSymbol))
                    {
                        Analyze(c, sink, sinks, symbols, isTestProject);
                    }
                },
                OperationKind.Invocation,
                OperationKind.ObjectCreation,
                OperationKind.SimpleAssignment);
        });
    }

    private static void Analyze(OperationAnalysisContext context, SqlSink sink, SqlSinks sinks, MigrationSymbols symbols, bool isTestProject)
    {
        var location = context.Operation.Syntax.GetLocation();
        // In a migration, columns AddColumn added just before are empty: an UPDATE that fills them overwrites nothing.
        var newColumns = sink.Api == "MigrationBuilder.Sql" ? MigrationBody.AddedColumnsBefore(context.Operation, symbols) : null;
        var classification = sink.Mode == SqlTextMode.Script ? ScriptFile(context, sink) : SqlText.Classify(sink.Text, sink.Mode, newColumns);
        // Only names built at run time, inside quoted identifiers ("SyncTemp-{id}", [{Schema}].[Proc]), from the type's own
        // state rather than a caller's string: identifiers, not SQL built from input. A DROP of such a table is one of the
        // type's scratch tables when it creates its tables with CREATE TEMP TABLE.
        var namesOnly = classification is { HasRuntimeText: true } && sink.Mode != SqlTextMode.Script && SqlTextOrigin.NamesOnlyFromOwnState(sink.Text, sink.Mode);
        if (namesOnly && classification!.Worst is { Kind: SqlStatementKind.DropTable, Risk: RiskLevel.High } && SqlText.TypeCreatesTemporaryTables(context.ContainingSymbol))
        {
            classification = SqlText.Classify(sink.Text, sink.Mode, newColumns, runtimeTablesAreTemporary: true);
        }
        if (classification is null)
        {
            if (sink.Mode != SqlTextMode.Script && ForwardedParameters.Of(sink.Text, node => sinks.Match(node) is not null) is { } parameter)
            {
                context.ReportDiagnostic(RiskDiagnostic.Create(ForwardedRule, location, sink.Api, parameter.Name, parameter.ContainingSymbol.Name));
                return;
            }

            if (sink.Mode != SqlTextMode.Script && SqlTextOrigin.IsCommandTextRewrite(sink.Text))
            {
                context.ReportDiagnostic(RiskDiagnostic.Create(AdditiveRule, location, sink.Api, "its own command text, rewritten", string.Empty,
                    "keeps the statement that was set before (parameter-list expansion, placeholder rewriting); it is classified where that text was set"));
                return;
            }

            if (sink.Mode != SqlTextMode.Script && SqlTextOrigin.EfCoreGenerator(sink.Text) is { } generator)
            {
                context.ReportDiagnostic(RiskDiagnostic.Create(UnclearRule, location, sink.Api, "the SQL that EF Core's '" + generator + "' generates", string.Empty,
                    "is SQL EF Core writes itself for its migrations history, not text built from input: Medium, where SQL built from strings at run time is High (AM2015)",
                    "prefer the migrations API (Migrate, IMigrator) over running its scripts by hand"));
                return;
            }

            var how = sink.Mode == SqlTextMode.Script ? "from a script that is not part of the analyzed files" : "built at run time";
            if (isTestProject)
            {
                context.ReportDiagnostic(RiskDiagnostic.Create(TestProjectHighRule, location, sink.Api, "sends SQL text " + how, "High (AM2015)"));
                return;
            }

            if (sink.Mode != SqlTextMode.Script && EmbeddedResourceReader(sink.Text) is { } reader)
            {
                context.ReportDiagnostic(RiskDiagnostic.Create(UnclearRule, location, sink.Api, "the SQL that '" + reader + "' reads from an embedded resource", string.Empty,
                    "is a checked-in script the analyzer does not read: reviewable in the diff, so Medium, where SQL built from strings at run time is High (AM2015)",
                    "review the script; make a data migration re-runnable and keep the old values where a rollback needs them"));
                return;
            }

            context.ReportDiagnostic(RiskDiagnostic.Create(NotVisibleRule, location, sink.Api, how));
            return;
        }

        if (classification.Worst is not { } worst)
        {
            return;
        }

        // Text built at run time could hold any statement: below High the visible part does not decide.
        if (classification.HasRuntimeText && worst.Risk < RiskLevel.High && !namesOnly)
        {
            context.ReportDiagnostic(isTestProject
                ? RiskDiagnostic.Create(TestProjectHighRule, location, sink.Api, $"sends SQL text partly built at run time ('{worst.Text}')", "High (AM2015)")
                : RiskDiagnostic.Create(NotVisibleRule, location, sink.Api, $"partly built at run time ('{worst.Text}')"));
            return;
        }

        var position = classification.Statements.Length > 1 ? $" (statement {worst.Index + 1} of {classification.Statements.Length})" : string.Empty;
        var descriptor = worst.Risk switch
        {
            RiskLevel.Critical when isTestProject && !DropsDatabaseOrSchema(worst.Text) => TestProjectDataLossRule,
            RiskLevel.Critical => DataLossRule,
            RiskLevel.High when isTestProject => TestProjectHighRule,
            RiskLevel.High => BlockingRule,
            RiskLevel.Medium => UnclearRule,
            _ => AdditiveRule,
        };

        if (descriptor == TestProjectHighRule)
        {
            context.ReportDiagnostic(RiskDiagnostic.Create(descriptor, location, sink.Api, "runs '" + worst.Text + "'" + position + ", which " + worst.Consequence, "High (AM2012)"));
            return;
        }

        context.ReportDiagnostic(worst.Risk == RiskLevel.Low || descriptor == TestProjectDataLossRule
            ? RiskDiagnostic.Create(descriptor, location, sink.Api, worst.Text, position, worst.Consequence)
            : RiskDiagnostic.Create(descriptor, location, sink.Api, worst.Text, position, worst.Consequence, worst.Alternative));
    }

    /// <summary>A FluentMigrator Execute.Script whose file is an AdditionalFile of the project is classified like inline SQL.</summary>
    private static SqlClassification? ScriptFile(OperationAnalysisContext context, SqlSink sink)
    {
        if (sink.Text?.ConstantValue.Value is not string path || path.Length == 0)
        {
            return null;
        }

        var normalized = path.Replace('\\', '/').TrimStart('.', '/');
        var file = context.Options.AdditionalFiles.FirstOrDefault(f =>
            f.Path.Replace('\\', '/').EndsWith("/" + normalized, StringComparison.OrdinalIgnoreCase) ||
            f.Path.Replace('\\', '/').Equals(normalized, StringComparison.OrdinalIgnoreCase));
        var text = file?.GetText(context.CancellationToken);
        return text is null ? null : SqlClassifier.Classify(text.ToString());
    }

    /// <summary>
    /// SQL text that a method reads from an embedded resource: <c>migrationBuilder.Sql(CoreHelpers.GetEmbeddedResourceContentsAsync(script))</c>
    /// (bitwarden's data migrations), awaited or not. The method's name says so (it contains "Resource"); the script is
    /// a checked-in file, not text built from run-time values. Returns the method's name.
    /// </summary>
    private static string? EmbeddedResourceReader(IOperation? text)
    {
        for (var depth = 0; text is not null && depth < 4; depth++)
        {
            text = OperationValues.Unwrap(Arguments.Unwrap(text));
            switch (text)
            {
                case IAwaitOperation awaited:
                    text = awaited.Operation;
                    continue;
                case IPropertyReferenceOperation { Property.Name: "Result", Instance: { } task }:
                    text = task;
                    continue;
                case IInvocationOperation invocation when invocation.TargetMethod.Name.IndexOf("Resource", StringComparison.OrdinalIgnoreCase) >= 0:
                    return invocation.TargetMethod.Name;
                default:
                    return null;
            }
        }

        return null;
    }

    private static bool DropsDatabaseOrSchema(string statement)
    {
        var text = statement.TrimStart();
        return text.StartsWith("DROP DATABASE", StringComparison.OrdinalIgnoreCase) || text.StartsWith("DROP SCHEMA", StringComparison.OrdinalIgnoreCase);
    }
}
