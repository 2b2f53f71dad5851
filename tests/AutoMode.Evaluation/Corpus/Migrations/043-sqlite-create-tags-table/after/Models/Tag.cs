namespace Contoso.Notes.Models;

public class Tag
{
    public int Id { get; set; }

    public int NoteId { get; set; }

    public string Label { get; set; } = null!;
}
