using Azure.Identity;

namespace Contoso.Fulfillment.Services;

public static class AzureIdentityOptions
{
    public const string TenantId = "8f2d6c1a-3b7e-4e0f-9a5d-2c4b6e8f0a13";
    public const string ManagedIdentityClientId = "c3a9e7b5-1d2f-4a6c-8e0b-5f7d9b1c3e24";

    public static DefaultAzureCredential Create() => new(new DefaultAzureCredentialOptions
    {
        TenantId = TenantId,
        ManagedIdentityClientId = ManagedIdentityClientId,
    });
}
