using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace AutoMode.Analyzers.Rules.Migrations;

/// <summary>
/// AM2021–AM2023: EF Core's DatabaseFacade deleting the database, creating it without migrations, and applying
/// migrations from application start-up code.
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
        "Database.Migrate in Program, Startup, a host builder or a hosted service runs whatever migrations an agent added, on every instance, at start-up.");

    private static readonly string[] StartupParameterTypes = { "IHost", "IHostBuilder", "IWebHost", "IWebHostBuilder", "WebApplication", "WebApplicationBuilder", "IApplicationBuilder" };

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DeletedRule, CreatedRule, StartupMigrateRule);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var symbols = MigrationSymbols.TryCreate(start.Compilation);
            if (symbols?.DatabaseFacade is null)
            {
                return;
            }

            var hostedService = WellKnownTypes.For(start.Compilation).Get("Microsoft.Extensions.Hosting.IHostedService");
            start.RegisterOperationAction(c => Analyze(c, symbols, hostedService), OperationKind.Invocation);
        });
    }

    private static void Analyze(OperationAnalysisContext context, MigrationSymbols symbols, INamedTypeSymbol? hostedService)
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
                    context.ReportDiagnostic(RiskDiagnostic.Create(CreatedRule, location, method.Name));
                    break;
            }

            return;
        }

        if (method.Name is "Migrate" or "MigrateAsync" && MigrationSymbols.Is(method.ContainingType, symbols.RelationalDatabaseFacadeExtensions) &&
            StartupPlace(context.ContainingSymbol, hostedService) is { } place)
        {
            context.ReportDiagnostic(RiskDiagnostic.Create(StartupMigrateRule, location, method.Name, place));
        }
    }

    /// <summary>Where start-up code runs: top-level statements, Main, Program/Startup, a hosted service, a host extension.</summary>
    private static string? StartupPlace(ISymbol? symbol, INamedTypeSymbol? hostedService)
    {
        var method = symbol as IMethodSymbol;
        while (method is { MethodKind: MethodKind.AnonymousFunction or MethodKind.LocalFunction } && method.ContainingSymbol is IMethodSymbol outer)
        {
            method = outer;
        }

        var type = symbol?.ContainingType;
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
