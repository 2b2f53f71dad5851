namespace Contoso.Exports;

public sealed class ExportRow
{
    public string Account { get; set; } = string.Empty;

    public decimal Balance { get; set; }

    public DateTime LastActivity { get; set; }
}
