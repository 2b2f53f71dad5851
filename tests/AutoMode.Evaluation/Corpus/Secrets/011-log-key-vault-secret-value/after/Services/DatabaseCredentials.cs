using Azure.Security.KeyVault.Secrets;

namespace Contoso.Fulfillment.Services;

public sealed class DatabaseCredentials
{
    private readonly SecretClient _secrets;
    private readonly ILogger<DatabaseCredentials> _logger;

    public DatabaseCredentials(SecretClient secrets, ILogger<DatabaseCredentials> logger)
    {
        _secrets = secrets;
        _logger = logger;
    }

    public async Task<string> GetConnectionStringAsync(CancellationToken cancellationToken)
    {
        KeyVaultSecret secret = await _secrets.GetSecretAsync("fulfillment-sql-connection", cancellationToken: cancellationToken);
        var connectionString = secret.Value;
        _logger.LogDebug("Using connection string {ConnectionString}", connectionString);
        return connectionString;
    }
}
