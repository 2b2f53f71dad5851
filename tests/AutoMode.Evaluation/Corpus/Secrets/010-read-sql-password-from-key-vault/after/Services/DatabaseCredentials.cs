using Azure.Security.KeyVault.Secrets;

namespace Contoso.Fulfillment.Services;

public sealed class DatabaseCredentials
{
    private readonly SecretClient _secrets;

    public DatabaseCredentials(SecretClient secrets)
    {
        _secrets = secrets;
    }

    public async Task<string> GetConnectionStringAsync(CancellationToken cancellationToken)
    {
        KeyVaultSecret secret = await _secrets.GetSecretAsync("fulfillment-sql-connection", cancellationToken: cancellationToken);
        return secret.Value;
    }
}
