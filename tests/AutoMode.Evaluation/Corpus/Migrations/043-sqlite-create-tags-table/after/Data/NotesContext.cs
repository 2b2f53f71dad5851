using Contoso.Notes.Models;
using Microsoft.EntityFrameworkCore;

namespace Contoso.Notes.Data;

public class NotesContext : DbContext
{
    public DbSet<Notebook> Notebooks => Set<Notebook>();

    public DbSet<Note> Notes => Set<Note>();

    public DbSet<Tag> Tags => Set<Tag>();

    public string DbPath { get; }

    public NotesContext()
    {
        var folder = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData);
        DbPath = Path.Join(folder, "contoso-notes.db");
    }

    protected override void OnConfiguring(DbContextOptionsBuilder options)
        => options.UseSqlite($"Data Source={DbPath}");

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Notebook>().Property(n => n.Name).HasMaxLength(100);
        modelBuilder.Entity<Note>().Property(n => n.Title).HasMaxLength(200);
        modelBuilder.Entity<Note>().HasIndex(n => n.UpdatedAt);
    }
}
