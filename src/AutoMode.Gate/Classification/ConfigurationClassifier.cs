using AutoMode.Gate.Git;
using AutoMode.Gate.Model;

namespace AutoMode.Gate.Classification;

/// <summary>
/// appsettings*.json, *.config, .env: a secret-shaped value on an added line is Critical; any other change is Medium, or
/// Low in a file that does not reach production: development-only settings (appsettings.Development.json,
/// appsettings.Local.json, launchSettings.json) and templates (.env.example, .env.sample, .env.template, .env.dist).
/// </summary>
public static class ConfigurationClassifier
{
    /// <param name="setting">An <c>automode.*</c> option's value for the file, or null (the <c>automode.secrets.*</c> options tune the secret check).</param>
    public static IEnumerable<Finding> Classify(ChangedFile file, LineChanges lines, Func<string, string?> setting)
    {
        var secrets = new List<Finding>();
        if (file.NewText is not null)
        {
            var text = file.NewText.Split('\n');
            foreach (var number in lines.AddedLines.OrderBy(l => l))
            {
                if (number - 1 < text.Length && ConfigurationSecrets.Find(text, number - 1, setting) is { } key)
                {
                    secrets.Add(GateRules.SecretInConfiguration.At(
                        file,
                        number,
                        $"'{key}' on line {number} looks like a literal secret; once committed it is in the history for good. Read it from a secret store or an environment variable instead."));
                }
            }
        }

        if (secrets.Count > 0)
        {
            return secrets;
        }

        var line = lines.AddedLines.Count > 0 ? lines.AddedLines.Min() : 0;
        return new[]
        {
            NotDeployed(file.Name) is { } why
                ? GateRules.LocalConfigurationChange.At(file, line, $"{file.Name} changed: {why}, so the change does not reach production.")
                : GateRules.ConfigurationChange.At(file, line, $"{file.Name} changed: configuration changes behaviour without a build."),
        };
    }

    /// <summary>Why a configuration file does not reach production, or null when it may.</summary>
    public static string? NotDeployed(string name)
    {
        var lower = name.ToLowerInvariant();
        if (lower is "appsettings.development.json" or "appsettings.local.json" or "launchsettings.json")
        {
            return "it is read only in the Development environment or by local launch profiles";
        }

        return lower is ".env.example" or ".env.sample" or ".env.template" or ".env.dist"
            ? "it is a template for a developer to copy, not read by the application"
            : null;
    }
}
