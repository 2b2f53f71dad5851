using Contoso.Notes.Models;
using Microsoft.EntityFrameworkCore;

namespace Contoso.Notes.Data;

public static class NoteSearch
{
    public static Task<List<Note>> ByTitleAsync(NotesContext db, string text) =>
        db.Notes
            .FromSql($"SELECT * FROM Notes WHERE Title LIKE '%' || {text} || '%'")
            .AsNoTracking()
            .ToListAsync();
}
