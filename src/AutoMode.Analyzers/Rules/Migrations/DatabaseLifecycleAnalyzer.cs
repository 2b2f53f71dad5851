using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace AutoMode.Analyzers.Rules.Migrations;

/// <summary>
/// AM2021–AM2023: EF Core's DatabaseFacade deleting the database, creating it without migrations, and applying
/// migrations from application start-up code — directly, or in a method of the compilation that start-up code calls
/// (up to <see cref="StartupMigrationCollector.MaxDepth"/> calls deep; AM2023 is reported at the end of the compilation).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class DatabaseLifecycleAnalyzer : DiagnosticAnalyzer
{
    internal static readonly DiagnosticDescriptor DeletedRule = DescriptorFactory.Create(
        RuleIdentifiers.DatabaseDeleted,
        "Database deletion",
        "'{0}' deletes the whole database and every row in it. Call it only in tests against a throw-away database; drop real databases by hand, after a backup.",
        RuleCategory.Migrations,
        RiskLevel.Critical,
        "DatabaseFacade.EnsureDeleted drops the database the context points at; with the wrong connection string that is production.");

    internal static readonly DiagnosticDescriptor CreatedRule = DescriptorFactory.Create(
        RuleIdentifiers.DatabaseCreatedWithoutMigrations,
        "Schema created without migrations",
        "'{0}' creates the schema from the model without migrations; migrations cannot later be applied to a database it created. Use migrations (dotnet ef migrations add) outside tests.",
        RuleCategory.Migrations,
        RiskLevel.Medium,
        "DatabaseFacade.EnsureCreated bypasses migrations: the schema it creates has no migration history, so the next schema change has no reviewed path.");

    internal static readonly DiagnosticDescriptor StartupMigrateRule = DescriptorFactory.Create(
        RuleIdentifiers.MigrationsAppliedAtStartup,
        "Migrations applied at application start-up",
        "'{0}' in start-up code ({1}) applies every pending migration on each deploy, unreviewed, while the previous release is still running. Apply migrations as a separate, reviewed deploy step (a migration bundle or an idempotent script).",
        RuleCategory.Migrations,
        RiskLevel.High,
        "Database.Migrate in Program, Startup, a host builder or a hosted service, or in a method they call, runs whatever migrations an agent added, on every instance, at start-up.",
        reportedAtCompilationEnd: true);

    /// <summary>A method taking one of these is a host start-up extension (the gate's StartupMigrations uses the same list).</summary>
    internal static readonly ImmutableHashSet<string> StartupParameterTypes = ImmutableHashSet.Create(
        System.StringComparer.Ordinal, "IHost", "IHostBuilder", "IWebHost", "IWebHostBuilder", "WebApplication", "WebApplicationBuilder", "IApplicationBuilder");

    internal static readonly DiagnosticDescriptor TestCreatedRule = DescriptorFactory.Create(
        RuleIdentifiers.TestDatabaseCreatedWithoutMigrations,
        "Schema created without migrations in test code",
        "'{0}' creates a test database's schema from the model, without migrations. In test code that is the usual fixture, and no migration history is lost.",
        RuleCategory.Migrations,
        RiskLevel.Low,
        "EnsureCreated in a test project builds the schema of the test's own database (often in-memory SQLite) from the model: the production database and its migration history are not involved.");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DeletedRule, CreatedRule, StartupMigrateRule, TestCreatedRule);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        AcceptedRisks.Enable(context);
        context.RegisterCompilationStartAction(start =>
        {
            var symbols = MigrationSymbols.TryCreate(start.Compilation);
            if (symbols?.DatabaseFacade is null)
            {
                return;
            }

            var hostedService = WellKnownTypes.For(start.Compilation).Get("Microsoft.Extensions.Hosting.IHostedService");
            var collector = new StartupMigrationCollector(start.Compilation.Assembly);
            var created = TestCode.IsTestProject(start.Compilation, start.Options) ? TestCreatedRule : CreatedRule;
            start.RegisterOperationAction(c => Analyze(c, symbols, collector, created), OperationKind.Invocation);
            start.RegisterOperationAction(c => collector.OnCall(c.Operation, c.ContainingSymbol), OperationKind.ObjectCreation);
            start.RegisterCompilationEndAction(end => ReportStartupMigrations(end, collector, hostedService));
        });
    }

    private static void Analyze(OperationAnalysisContext context, MigrationSymbols symbols, StartupMigrationCollector collector, DiagnosticDescriptor created)
    {
        var invocation = (IInvocationOperation)context.Operation;
        var method = invocation.TargetMethod;
        var location = invocation.Syntax.GetLocation();
        if (MigrationSymbols.Is(method.ContainingType, symbols.DatabaseFacade) || MigrationSymbols.DerivesFrom(method.ContainingType, symbols.DatabaseFacade))
        {
            switch (method.Name)
            {
                case "EnsureDeleted":
                case "EnsureDeletedAsync":
                    context.ReportDiagnostic(RiskDiagnostic.Create(DeletedRule, location, method.Name));
                    break;
                case "EnsureCreated":
                case "EnsureCreatedAsync":
                    context.ReportDiagnostic(RiskDiagnostic.Create(created, location, method.Name));
                    break;
            }

            return;
        }

        if (method.Name is "Migrate" or "MigrateAsync" && MigrationSymbols.Is(method.ContainingType, symbols.RelationalDatabaseFacadeExtensions))
        {
            collector.OnMigrate(invocation, context.ContainingSymbol);
            return;
        }

        collector.OnCall(invocation, context.ContainingSymbol);
    }

    /// <summary>
    /// AM2023 at each Migrate in start-up code; and, for a Migrate that start-up code reaches through calls, at the
    /// Migrate and at the start-up call that leads to it (either line may be the one a change adds).
    /// </summary>
    private static void ReportStartupMigrations(CompilationAnalysisContext context, StartupMigrationCollector collector, INamedTypeSymbol? hostedService)
    {
        var places = new System.Collections.Concurrent.ConcurrentDictionary<IMethodSymbol, string?>(SymbolEqualityComparer.Default);
        string? Place(IMethodSymbol m) => places.GetOrAdd(m, key => StartupPlace(key, hostedService));
        bool IsStartup(IMethodSymbol m) => Place(m) is not null;

        var reported = new HashSet<Location>();
        foreach (var migrate in collector.DirectMigrates(IsStartup))
        {
            if (reported.Add(migrate.Location))
            {
                context.ReportDiagnostic(RiskDiagnostic.Create(StartupMigrateRule, migrate.Location, migrate.Target.Name, Place(migrate.Caller)));
            }
        }

        foreach (var finding in collector.ReachedMigrates(IsStartup))
        {
            var place = Place(finding.Startup);
            var holder = finding.Migrate.Caller.ContainingType?.Name + "." + finding.Migrate.Caller.Name;
            if (reported.Add(finding.Migrate.Location))
            {
                context.ReportDiagnostic(RiskDiagnostic.Create(StartupMigrateRule, finding.Migrate.Location, finding.Migrate.Target.Name, holder + ", called from " + place));
            }

            // The start-up call inside the same type as the Migrate it reaches (eShop's MigrationHostedService nested in
            // MigrateDbContextExtensions) is one pattern: reported once, at the Migrate.
            if (!SameOutermostType(finding.Entry.Caller, finding.Migrate.Caller) && reported.Add(finding.Entry.Location))
            {
                context.ReportDiagnostic(RiskDiagnostic.Create(StartupMigrateRule, finding.Entry.Location, finding.Entry.Target.Name, place + ", which reaches " + finding.Migrate.Target.Name + " in " + holder));
            }
        }
    }

    private static bool SameOutermostType(IMethodSymbol a, IMethodSymbol b)
    {
        static INamedTypeSymbol? Outermost(IMethodSymbol m)
        {
            var type = m.ContainingType;
            while (type?.ContainingType is not null)
            {
                type = type.ContainingType;
            }

            return type;
        }

        return Outermost(a) is { } first && SymbolEqualityComparer.Default.Equals(first, Outermost(b));
    }

    /// <summary>Where start-up code runs: top-level statements, Main, Program/Startup, a hosted service, a host extension.</summary>
    private static string? StartupPlace(IMethodSymbol? method, INamedTypeSymbol? hostedService)
    {
        var type = method?.ContainingType;
        if (method is { Name: "<Main>$" })
        {
            return "top-level statements";
        }

        if (method is { Name: "Main", IsStatic: true })
        {
            return "Main";
        }

        if (type is { Name: "Program" or "Startup" })
        {
            return type.Name;
        }

        if (type is not null && hostedService is not null && type.AllInterfaces.Any(i => SymbolEqualityComparer.Default.Equals(i, hostedService)))
        {
            return "the hosted service " + type.Name;
        }

        if (method is not null && method.Parameters.Any(p => StartupParameterTypes.Contains(p.Type.Name)))
        {
            return "a host start-up extension";
        }

        return null;
    }
}
