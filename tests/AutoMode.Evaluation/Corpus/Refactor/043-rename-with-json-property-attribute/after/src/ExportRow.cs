using Newtonsoft.Json;

namespace Contoso.Exports;

public sealed class ExportRow
{
    [JsonProperty("Account")]
    public string AccountNumber { get; set; } = string.Empty;

    public decimal Balance { get; set; }

    public DateTime LastActivity { get; set; }
}
