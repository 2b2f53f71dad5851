using System;
using System.ComponentModel.DataAnnotations;

namespace Shop.Options;

public sealed class JwtOptions
{
    public const string SectionName = "Jwt";

    [Required]
    public string Issuer { get; set; } = "https://shop.example.com";

    [Required]
    public string Audience { get; set; } = "shop-api";

    [Required, MinLength(32, ErrorMessage = "The signing key must have at least 32 characters.")]
    public string Key { get; set; } = string.Empty;

    public string SigningAlgorithm { get; set; } = "HS256";
    public string TokenType { get; set; } = "Bearer";
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromHours(1);
    public string RefreshTokenCookieName { get; set; } = ".Shop.RefreshToken";
}

public sealed class PaymentOptions
{
    public const string SectionName = "Payments";
    public string ApiBaseUrl { get; set; } = "https://api.stripe.com/v1/";
    public string ApiKeyHeaderName { get; set; } = "Authorization";
    public string ApiKey { get; set; } = "";
    public string WebhookSecretName { get; set; } = "stripe-webhook-secret";
    public string PublishableKey { get; set; } = "pk_test_TYooMQauvdEDq54NiTphI7jx";
    public string Currency { get; set; } = "eur";
}

public sealed class GitHubOptions
{
    public string Owner { get; set; } = "contoso";
    public string Repository { get; set; } = "shop";
    public string TokenEnvironmentVariable { get; set; } = "GITHUB_TOKEN";
    public string Token { get; set; } = "{{FAKE:GitHub}}"; // secret
    public string UserAgent { get; set; } = "Shop-Release-Bot/1.0";
}

public sealed class MessagingOptions
{
    public string ServiceBusNamespace { get; set; } = "shop-bus.servicebus.windows.net";
    public string QueueName { get; set; } = "orders";
    public string ConnectionString { get; set; } = "{{FAKE:ServiceBusConnectionString}}"; // secret
    public string SharedAccessKeyName { get; set; } = "RootManageSharedAccessKey";
    public int MaxConcurrentCalls { get; set; } = 8;
}

public sealed class PasswordPolicyOptions
{
    public int MinPasswordLength { get; set; } = 12;
    public bool RequireDigit { get; set; } = true;
    public string PasswordRegex { get; set; } = "^(?=.*[a-z])(?=.*[A-Z])(?=.*\\d).{12,}$";
    public string PasswordHint { get; set; } = "Use at least twelve characters.";
    public string PasswordResetUrl { get; set; } = "https://shop.example.com/account/reset";
    public string DefaultAdminPassword { get; set; } = "changeme";
}

public sealed class CacheOptions
{
    public string Configuration { get; set; } = "localhost:6379";
    public string InstanceName { get; set; } = "shop:";
    public string Password { get; set; } = "R3d1s!Cache#Prod"; // secret
}

public sealed class OpenAiOptions
{
    public string Endpoint { get; set; } = "https://api.openai.com/v1";
    public string Model { get; set; } = "gpt-4o-mini";
    public string ApiKey { get; set; } = "sk-...";
    public string OrganizationId { get; set; } = "org-shop";
}
