namespace Contoso.Orders.Api.Services;

public sealed class PasswordPolicy
{
    public const string SectionName = "Identity:Password";
    public const string PasswordField = "Password";
    public const string ConfirmPasswordField = "ConfirmPassword";

    public int MinLength { get; set; } = 12;

    public bool RequireDigit { get; set; } = true;

    public TimeSpan PasswordResetTokenLifetime { get; set; } = TimeSpan.FromHours(2);

    public IEnumerable<string> Validate(string password)
    {
        if (password.Length < MinLength)
        {
            yield return $"{PasswordField} must be at least {MinLength} characters.";
        }

        if (RequireDigit && !password.Any(char.IsDigit))
        {
            yield return $"{PasswordField} must contain a digit.";
        }
    }
}
