using System.Linq;
using Microsoft.CodeAnalysis;

namespace AutoMode.Analyzers.Rules.Migrations;

/// <summary>The EF Core and FluentMigrator types the migration rules match, resolved once per compilation.</summary>
internal sealed class MigrationSymbols
{
    private MigrationSymbols(WellKnownTypes types, Compilation compilation)
    {
        MigrationBuilder = types.Get("Microsoft.EntityFrameworkCore.Migrations.MigrationBuilder");
        EfMigration = types.Get("Microsoft.EntityFrameworkCore.Migrations.Migration");
        OperationBuilder = types.Get("Microsoft.EntityFrameworkCore.Migrations.Operations.Builders.OperationBuilder`1");
        FmMigrationBase = types.Get("FluentMigrator.MigrationBase");
        FmAutoReversingMigration = types.Get("FluentMigrator.AutoReversingMigration");
        FmDeleteRoot = types.Get("FluentMigrator.Builders.Delete.IDeleteExpressionRoot");
        FmRenameRoot = types.Get("FluentMigrator.Builders.Rename.IRenameExpressionRoot");
        FmAlterRoot = types.Get("FluentMigrator.Builders.Alter.IAlterExpressionRoot");
        FmCreateRoot = types.Get("FluentMigrator.Builders.Create.ICreateExpressionRoot");
        FmInsertRoot = types.Get("FluentMigrator.Builders.Insert.IInsertExpressionRoot");
        FmUpdateRoot = types.Get("FluentMigrator.Builders.Update.IUpdateExpressionRoot");
        FmExecuteRoot = types.Get("FluentMigrator.Builders.Execute.IExecuteExpressionRoot");
        DatabaseFacade = types.Get("Microsoft.EntityFrameworkCore.Infrastructure.DatabaseFacade");
        RelationalDatabaseFacadeExtensions = types.Get("Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions");
        RelationalQueryableExtensions = types.Get("Microsoft.EntityFrameworkCore.RelationalQueryableExtensions");
        EntityFrameworkQueryableExtensions = types.Get("Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions");
        DbSet = types.Get("Microsoft.EntityFrameworkCore.DbSet`1");
        DbContext = types.Get("Microsoft.EntityFrameworkCore.DbContext");
        EntityEntry = types.Get("Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry");
        EntityState = types.Get("Microsoft.EntityFrameworkCore.EntityState");
        LocalView = types.Get("Microsoft.EntityFrameworkCore.ChangeTracking.LocalView`1");
        DbCommand = types.Get("System.Data.Common.DbCommand");
        IDbCommand = types.Get("System.Data.IDbCommand");
        DbBatchCommand = types.Get("System.Data.Common.DbBatchCommand");
        DapperSqlMapper = types.Get("Dapper.SqlMapper");
        DapperCommandDefinition = types.Get("Dapper.CommandDefinition");
        Queryable = types.Get("System.Linq.Queryable");
        ReferencedProvider = FindReferencedProvider(compilation);
    }

    // Fields, not properties: each getter would be one more method to JIT-compile in every build without the compiler server.
    public readonly INamedTypeSymbol? FmExecuteRoot;
    public readonly INamedTypeSymbol? DatabaseFacade;
    public readonly INamedTypeSymbol? RelationalDatabaseFacadeExtensions;
    public readonly INamedTypeSymbol? RelationalQueryableExtensions;
    public readonly INamedTypeSymbol? EntityFrameworkQueryableExtensions;
    public readonly INamedTypeSymbol? DbSet;
    public readonly INamedTypeSymbol? DbContext;
    public readonly INamedTypeSymbol? EntityEntry;
    public readonly INamedTypeSymbol? EntityState;
    public readonly INamedTypeSymbol? LocalView;
    public readonly INamedTypeSymbol? DbCommand;
    public readonly INamedTypeSymbol? IDbCommand;
    public readonly INamedTypeSymbol? DbBatchCommand;
    public readonly INamedTypeSymbol? DapperSqlMapper;
    public readonly INamedTypeSymbol? DapperCommandDefinition;
    public readonly INamedTypeSymbol? Queryable;

    public readonly INamedTypeSymbol? MigrationBuilder;
    public readonly INamedTypeSymbol? EfMigration;
    public readonly INamedTypeSymbol? OperationBuilder;
    public readonly INamedTypeSymbol? FmMigrationBase;
    public readonly INamedTypeSymbol? FmAutoReversingMigration;
    public readonly INamedTypeSymbol? FmDeleteRoot;
    public readonly INamedTypeSymbol? FmRenameRoot;
    public readonly INamedTypeSymbol? FmAlterRoot;
    public readonly INamedTypeSymbol? FmCreateRoot;
    public readonly INamedTypeSymbol? FmInsertRoot;
    public readonly INamedTypeSymbol? FmUpdateRoot;

    /// <summary>The one EF Core provider the project references; Unknown when none or several.</summary>
    public readonly DatabaseProvider ReferencedProvider;

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Compilation, MigrationSymbols> Cache = new();

    /// <summary>Null when the compilation has no database API at all (then the rules do nothing). Shared by the family's analyzers.</summary>
    public static MigrationSymbols? TryCreate(Compilation compilation)
    {
        var symbols = Cache.GetValue(compilation, c => new MigrationSymbols(WellKnownTypes.For(c), c));
        return symbols.MigrationBuilder is null && symbols.FmMigrationBase is null && symbols.DatabaseFacade is null &&
               symbols.DbCommand is null && symbols.IDbCommand is null && symbols.DapperSqlMapper is null
            ? null
            : symbols;
    }

    /// <summary>Whether the method is the Down of an EF Core or FluentMigrator migration (only run on rollback).</summary>
    public bool IsMigrationDown(ISymbol? symbol)
        => symbol is IMethodSymbol { Name: "Down", IsOverride: true } method &&
           (DerivesFrom(method.ContainingType, EfMigration) || DerivesFrom(method.ContainingType, FmMigrationBase));

    public static bool Implements(ITypeSymbol? type, INamedTypeSymbol? @interface)
        => type is not null && @interface is not null &&
           (Is(type, @interface) || type.AllInterfaces.Any(i => SymbolEqualityComparer.Default.Equals(i.OriginalDefinition, @interface)));

    public static bool Is(ITypeSymbol? type, INamedTypeSymbol? expected)
        => expected is not null && SymbolEqualityComparer.Default.Equals(type?.OriginalDefinition, expected);

    public static bool DerivesFrom(ITypeSymbol? type, INamedTypeSymbol? baseType)
    {
        for (var current = type?.BaseType; current is not null && baseType is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current.OriginalDefinition, baseType))
            {
                return true;
            }
        }

        return false;
    }

    private static DatabaseProvider FindReferencedProvider(Compilation compilation)
    {
        // A loop, not LINQ over the enum: generic code over our own value types is JIT-compiled in every build
        // without the compiler server.
        var found = DatabaseProvider.Unknown;
        foreach (var assembly in compilation.ReferencedAssemblyNames)
        {
            var provider = assembly.Name switch
            {
                "Npgsql.EntityFrameworkCore.PostgreSQL" => DatabaseProvider.PostgreSql,
                "Microsoft.EntityFrameworkCore.SqlServer" => DatabaseProvider.SqlServer,
                "Microsoft.EntityFrameworkCore.Sqlite" => DatabaseProvider.Sqlite,
                _ => DatabaseProvider.Unknown,
            };
            if (provider == DatabaseProvider.Unknown || provider == found)
            {
                continue;
            }

            if (found != DatabaseProvider.Unknown)
            {
                return DatabaseProvider.Unknown; // several providers
            }

            found = provider;
        }

        return found;
    }
}
