using Microsoft.CodeAnalysis;

namespace AutoMode.Analyzers.Rules.TypedRefactor;

/// <summary>The EF Core and data-annotation types that make a member's name a column name, resolved once per compilation.</summary>
internal sealed class EntityFrameworkSymbols
{
    private EntityFrameworkSymbols(WellKnownTypes types, INamedTypeSymbol dbContext)
    {
        DbContext = dbContext;
        DbSet = types.Get("Microsoft.EntityFrameworkCore.DbSet`1");
        ModelBuilder = types.Get("Microsoft.EntityFrameworkCore.ModelBuilder");
        EntityTypeConfiguration = types.Get("Microsoft.EntityFrameworkCore.IEntityTypeConfiguration`1");
        NotMapped = types.Get("System.ComponentModel.DataAnnotations.Schema.NotMappedAttribute");
        Column = types.Get("System.ComponentModel.DataAnnotations.Schema.ColumnAttribute");
    }

    public INamedTypeSymbol DbContext { get; }

    public INamedTypeSymbol? DbSet { get; }

    public INamedTypeSymbol? ModelBuilder { get; }

    public INamedTypeSymbol? EntityTypeConfiguration { get; }

    public INamedTypeSymbol? NotMapped { get; }

    public INamedTypeSymbol? Column { get; }

    /// <summary>Null when EF Core is not referenced.</summary>
    public static EntityFrameworkSymbols? TryCreate(Compilation compilation)
    {
        var types = WellKnownTypes.For(compilation);
        return types.Get("Microsoft.EntityFrameworkCore.DbContext") is { } dbContext ? new EntityFrameworkSymbols(types, dbContext) : null;
    }
}
