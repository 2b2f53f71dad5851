using Contoso.Notes.Models;

namespace Contoso.Notes.Data;

public static class NoteQueries
{
    public static IQueryable<Note> Pinned(this IQueryable<Note> notes) =>
        notes.Where(n => n.IsPinned).OrderByDescending(n => n.UpdatedAt);
}
