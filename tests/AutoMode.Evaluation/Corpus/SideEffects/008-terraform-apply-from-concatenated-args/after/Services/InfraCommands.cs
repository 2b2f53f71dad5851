namespace Contoso.Maintenance.Services;

internal static class InfraCommands
{
    public const string Tool = "terraform";
    public const string Apply = "apply";
    public const string NoPrompt = "-auto-approve";
}
