using System.Security.Cryptography;
using Azure.Security.KeyVault.Secrets;

namespace Contoso.Fulfillment.Services;

public sealed class WebhookKeyRotation
{
    private readonly SecretClient _secrets;

    public WebhookKeyRotation(SecretClient secrets)
    {
        _secrets = secrets;
    }

    public async Task RotateAsync(CancellationToken cancellationToken)
    {
        var value = Convert.ToBase64String(RandomNumberGenerator.GetBytes(48));
        await _secrets.SetSecretAsync(new KeyVaultSecret("carrier-webhook-signing-key", value), cancellationToken);
    }
}
