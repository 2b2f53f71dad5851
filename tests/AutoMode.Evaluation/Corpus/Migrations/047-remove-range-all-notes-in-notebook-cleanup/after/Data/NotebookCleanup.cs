using Microsoft.EntityFrameworkCore;

namespace Contoso.Notes.Data;

public static class NotebookCleanup
{
    public static async Task<int> RemoveEmptyNotebooksAsync(NotesContext db)
    {
        var empty = await db.Notebooks.Where(n => !n.Notes.Any()).ToListAsync();
        db.Notebooks.RemoveRange(empty);
        db.Notes.RemoveRange(db.Notes);
        return await db.SaveChangesAsync();
    }
}
