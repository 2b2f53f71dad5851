namespace Contoso.Notifications.Email;

internal static class SmtpSecrets
{
    public const string User = "notifications@contoso.example";
    public const string Password = "Jp4!tWq8zRm2Vx7c";
}
