using System.Text;

namespace Portal.Web;

public static class LoginPage
{
    public const string PasswordInput = "<input type=\"password\" name=\"password\" id=\"password\" autocomplete=\"current-password\" />";
    public const string TokenInput = "<input type=\"hidden\" name=\"__RequestVerificationToken\" value=\"{0}\" />";
    public const string ForgotPasswordLink = "<a href=\"/account/forgot-password\">Forgot your password?</a>";

    public static string Render(string antiForgeryToken, string? error)
    {
        var html = new StringBuilder();
        html.Append("<form method=\"post\" action=\"/account/login\">");
        html.Append("<label for=\"email\">Email</label><input type=\"email\" name=\"email\" />");
        html.Append("<label for=\"password\">Password</label>").Append(PasswordInput);
        html.AppendFormat(TokenInput, antiForgeryToken);
        if (error is not null)
        {
            html.Append("<p class=\"error\">").Append(error).Append("</p>");
        }

        return html.Append("</form>").ToString();
    }
}

public static class JsonTemplates
{
    public const string LoginRequest = "{\"username\":\"{0}\",\"password\":\"{1}\"}";
    public const string TokenResponse = "{\"access_token\":\"{0}\",\"token_type\":\"Bearer\",\"expires_in\":3600}";
    public const string ClientCredentials = "grant_type=client_credentials&client_id={0}&client_secret={1}";
    public const string ExampleAwsCredentials = "[default]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
    public const string ProductionAwsCredentials = "[deploy]\naws_access_key_id = {{FAKE:Aws}}\naws_secret_access_key = 9sKq2Lm7Vx4Bn8Rt1Yw6Hp3Zc5Fd0Gj2Mk7Qs4Tv"; // secret
}

public static class ErrorMessages
{
    public const string PasswordMismatch = "Passwords do not match.";
    public const string TokenInvalid = "The token is invalid or has expired.";
    public const string SecretNotFound = "Secret '{0}' was not found in the vault.";
    public const string ApiKeyRevoked = "This API key has been revoked.";
    public const string CredentialsRequired = "Credentials are required.";
}
