using Azure.Security.KeyVault.Secrets;

namespace Contoso.Fulfillment.Services;

public sealed class SecretJanitor
{
    private readonly SecretClient _secrets;

    public SecretJanitor(SecretClient secrets)
    {
        _secrets = secrets;
    }

    public async Task RemoveAsync(string name, CancellationToken cancellationToken)
    {
        var operation = await _secrets.StartDeleteSecretAsync(name, cancellationToken);
        await operation.WaitForCompletionAsync(cancellationToken);
        await _secrets.PurgeDeletedSecretAsync(name, cancellationToken);
    }
}
