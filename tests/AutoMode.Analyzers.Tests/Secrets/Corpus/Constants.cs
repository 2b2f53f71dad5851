namespace Shop;

public static class ClaimTypes
{
    public const string UserId = "sub";
    public const string Email = "email";
    public const string Role = "role";
    public const string TenantId = "tid";
    public const string AccessTokenHash = "at_hash";
}

public static class Routes
{
    public const string Login = "/account/login";
    public const string Logout = "/account/logout";
    public const string ResetPassword = "/account/reset-password";
    public const string ChangePassword = "/account/change-password";
    public const string Token = "/connect/token";
    public const string RefreshToken = "/connect/refresh";
    public const string Secrets = "/admin/secrets";
}

public static class HeaderNames
{
    public const string ApiKey = "X-Api-Key";
    public const string Authorization = "Authorization";
    public const string CsrfToken = "X-CSRF-TOKEN";
    public const string ClientSecret = "X-Client-Secret";
    public const string RequestId = "X-Request-Id";
}

public static class SettingKeys
{
    public const string DbPassword = "Database:Password";
    public const string DbPasswordVariable = "DB_PASSWORD";
    public const string JwtKey = "Jwt:Key";
    public const string StripeSecretKey = "Stripe:SecretKey";
    public const string GitHubToken = "GITHUB_TOKEN";
    public const string StorageConnectionString = "ConnectionStrings:Storage";
    public const string ClientSecretName = "shop-client-secret";
    public const string ApiKeySecretName = "partner-api-key";
    public const string PasswordSecretUri = "https://shop-kv.vault.azure.net/secrets/db-password";
}

public static class Messages
{
    public const string InvalidPassword = "The password is incorrect.";
    public const string PasswordTooShort = "The password must be at least {0} characters long.";
    public const string TokenExpired = "Your session token has expired. Please sign in again.";
    public const string ApiKeyMissing = "An API key is required: set the X-Api-Key header.";
    public const string SecretRotated = "Secret {SecretName} rotated at {Timestamp}.";
    public const string Password = "Password";
    public const string ConfirmPassword = "Confirm password";
    public const string PasswordPlaceholder = "Enter your password";
    public const string Secret = "Secret";
}

public static class Policies
{
    public const string AdminOnly = "AdminOnly";
    public const string RequireApiKey = "RequireApiKey";
    public const string TokenValidation = "TokenValidation";
}

public static class Sql
{
    public const string FindUser = "SELECT Id, Email, PasswordHash FROM Users WHERE Email = @email";
    public const string UpdatePassword = "UPDATE Users SET PasswordHash = @passwordHash WHERE Id = @id";
    public const string InsertToken = "INSERT INTO Tokens (UserId, Token, ExpiresAt) VALUES (:userId, :token, :expiresAt)";
    public const string OracleTemplate = "Data Source=orcl;User Id=app;Password=?;";
}

public static class Samples
{
    public const string AwsDocumentationKey = "AKIAIOSFODNN7EXAMPLE";
    public const string AzuriteConnection = "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;";
    public const string SlackDocumentationWebhook = "https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX";
    public const string MaskedToken = "ghp_************************************";
    public const string UserSecretsId = "aspnet-Shop-53bc9b9d-9d6a-45d4-8429-2a2761773502";
    public const string ProductionAwsKey = "{{FAKE:Aws}}"; // secret
    public const string NpmPublishToken = "{{FAKE:Npm}}"; // secret
    public const string StorageConnection = "{{FAKE:StorageConnectionString}}"; // secret
}
