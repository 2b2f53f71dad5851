using System.Text.RegularExpressions;

namespace Contoso.Maintenance.Services;

/// <summary>Hides secrets in connection strings before the maintenance log writes them.</summary>
public static partial class ConnectionStringRedactor
{
    public static string RedactSecrets(string connectionString)
        => SecretPart().Replace(connectionString, match => match.Groups["key"].Value + "=***");

    [GeneratedRegex("(?<key>Password|Pwd|AccountKey|SharedAccessKey)=[^;]*", RegexOptions.IgnoreCase)]
    private static partial Regex SecretPart();
}
