using Azure.Security.KeyVault.Secrets;

namespace Contoso.Fulfillment.Services;

/// <summary>The key partners' webhooks are signed with, read once from Key Vault.</summary>
public sealed class WebhookSigningKey
{
    private readonly SecretClient _secrets;
    private string? _value;

    public WebhookSigningKey(SecretClient secrets)
    {
        _secrets = secrets;
    }

    public async Task<string> GetAsync(CancellationToken cancellationToken)
    {
        if (_value is null)
        {
            KeyVaultSecret secret = await _secrets.GetSecretAsync("partner-webhook-signing-key", cancellationToken: cancellationToken);
            _value = secret.Value;
        }

        return _value;
    }
}
