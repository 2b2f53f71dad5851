using Microsoft.EntityFrameworkCore;

namespace Contoso.Notes.Data;

public static class NotebookCommands
{
    public static async Task<bool> DeleteAsync(NotesContext db, int notebookId)
    {
        var notebook = await db.Notebooks.Include(n => n.Notes).SingleOrDefaultAsync(n => n.Id == notebookId);
        if (notebook is null)
        {
            return false;
        }

        db.Notes.RemoveRange(notebook.Notes);
        db.Notebooks.Remove(notebook);
        await db.SaveChangesAsync();
        return true;
    }
}
