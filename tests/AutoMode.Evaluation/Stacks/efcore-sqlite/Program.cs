using Contoso.Notes.Data;
using Microsoft.EntityFrameworkCore;

using var db = new NotesContext();
Console.WriteLine($"Database: {db.DbPath}");

var pinned = await db.Notes
    .AsNoTracking()
    .Where(n => n.IsPinned)
    .OrderByDescending(n => n.UpdatedAt)
    .ToListAsync();

foreach (var note in pinned)
{
    Console.WriteLine($"* {note.Title} ({note.UpdatedAt:g})");
}
