namespace Contoso.Notes.Models;

public class Notebook
{
    public int Id { get; set; }

    public string Name { get; set; } = null!;

    public string? Color { get; set; }

    public List<Note> Notes { get; set; } = new();
}
