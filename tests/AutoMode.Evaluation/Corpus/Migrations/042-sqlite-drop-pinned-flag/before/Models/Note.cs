namespace Contoso.Notes.Models;

public class Note
{
    public int Id { get; set; }

    public int NotebookId { get; set; }

    public Notebook Notebook { get; set; } = null!;

    public string Title { get; set; } = null!;

    public string Body { get; set; } = "";

    public DateTime UpdatedAt { get; set; }

    public bool IsPinned { get; set; }
}
