using Contoso.Shop.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Contoso.Shop.Data;

public sealed class CustomerConfiguration : IEntityTypeConfiguration<Customer>
{
    public void Configure(EntityTypeBuilder<Customer> entity)
    {
        entity.Property(c => c.Name).HasMaxLength(200);
        entity.Property(c => c.Email).HasMaxLength(320);
        entity.HasIndex(c => c.Email).IsUnique();
    }
}
