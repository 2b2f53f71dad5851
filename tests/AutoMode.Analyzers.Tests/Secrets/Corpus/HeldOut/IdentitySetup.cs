using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Security.Claims;
using System.Threading.Tasks;
using Microsoft.IdentityModel.Tokens;

namespace Portal.Identity;

public sealed class AppUser
{
    public string UserName { get; set; } = "";
    public string Email { get; set; } = "";
    public bool EmailConfirmed { get; set; }
}

public interface IUserManager
{
    Task<bool> CreateAsync(AppUser user, string password);
    Task<bool> AddToRoleAsync(AppUser user, string role);
}

public sealed class OAuthClient
{
    public string ClientId { get; set; } = "";
    public string ClientSecret { get; set; } = "";
    public string[] RedirectUris { get; set; } = Array.Empty<string>();
    public string[] Scopes { get; set; } = Array.Empty<string>();
}

public static class SeedData
{
    public const string AdminRole = "Administrator";
    public const string AdminEmail = "admin@portal.example";

    public static async Task SeedAsync(IUserManager users)
    {
        var admin = new AppUser { UserName = "admin", Email = AdminEmail, EmailConfirmed = true };
        await users.CreateAsync(admin, "P0rtal!Adm1n#Seed"); // secret
        await users.AddToRoleAsync(admin, AdminRole);
        var demo = new AppUser { UserName = "demo", Email = "demo@portal.example" };
        await users.CreateAsync(demo, "Demo123!");
    }

    public static IEnumerable<OAuthClient> Clients() => new[]
    {
        new OAuthClient
        {
            ClientId = "portal-spa",
            ClientSecret = "",
            RedirectUris = new[] { "https://localhost:5173/callback" },
            Scopes = new[] { "openid", "profile", "api" },
        },
        new OAuthClient
        {
            ClientId = "portal-backend",
            ClientSecret = "secret",
            Scopes = new[] { "api" },
        },
        new OAuthClient
        {
            ClientId = "billing-service",
            ClientSecret = "b1ll-9d8f7a6b5c4e3d2f1a0b8c7d", // secret
            Scopes = new[] { "billing.read", "billing.write" },
        },
    };
}

public static class TokenFactory
{
    public const string Issuer = "https://portal.example";
    public const string TokenPath = "/var/run/secrets/kubernetes.io/serviceaccount/token";
    public const string SecurityAlgorithm = SecurityAlgorithms.HmacSha256;

    public static SigningCredentials Credentials(byte[] keyFromVault)
        => new(new SymmetricSecurityKey(keyFromVault), SecurityAlgorithm);

    public static ClaimsIdentity Identity(string userId, string email) => new(new[]
    {
        new Claim("sub", userId),
        new Claim("email", email),
        new Claim("scope", "api"),
    }, "Bearer");
}

public static class ExternalApis
{
    public static HttpClient Translator()
    {
        var client = new HttpClient { BaseAddress = new Uri("https://api.cognitive.microsofttranslator.com/") };
        client.DefaultRequestHeaders.Add("Ocp-Apim-Subscription-Key", "4f9a2c7e1b8d4e6fa3c5b7d9e1f2a4c6"); // secret
        client.DefaultRequestHeaders.Add("Ocp-Apim-Subscription-Region", "westeurope");
        return client;
    }

    public static HttpClient LegacyErp()
    {
        var client = new HttpClient { BaseAddress = new Uri("https://erp.internal/api/") };
        client.DefaultRequestHeaders.Add("Authorization", "Basic cG9ydGFsOkVycCFJbnRlZzIwMjI="); // secret
        return client;
    }

    public static HttpClient Invalid()
    {
        var client = new HttpClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "invalid");
        return client;
    }
}
