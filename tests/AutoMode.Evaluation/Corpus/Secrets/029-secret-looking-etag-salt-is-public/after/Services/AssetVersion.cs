namespace Contoso.Orders.Api.Services;

/// <summary>Appended to static asset URLs so browsers refetch after a deploy.</summary>
public static class AssetVersion
{
    public const string BuildHash = "3f9a1c7e5b2d8f4a6c0e9b1d7f3a5c8e";

    public static string Tag(string path) => $"{path}?v={BuildHash[..8]}";
}
