using AutoMode.Gate.Git;
using AutoMode.Gate.Model;

namespace AutoMode.Gate.Classification;

/// <summary>
/// appsettings*.json, *.config, .env: a secret-shaped value on an added line is Critical; a file that does not reach
/// production is Low: development-only settings (appsettings.Development.json, appsettings.Local.json,
/// launchSettings.json) and templates (.env.example, .env.sample, .env.template, .env.dist); an appsettings*.json edit
/// is judged by key (<see cref="AppSettingsKeys"/>): Medium when a sensitive key changed or an existing key outside the
/// log levels holds another value, Low when keys were only added or removed or log levels changed, the reason naming
/// the keys; any other change is Medium.
/// </summary>
public static class ConfigurationClassifier
{
    /// <param name="setting">An <c>automode.*</c> option's value for the file, or null (the <c>automode.secrets.*</c> options tune the secret check, <c>automode.configuration.sensitive_keys</c> the keys).</param>
    public static IEnumerable<Finding> Classify(ChangedFile file, LineChanges lines, Func<string, string?> setting)
    {
        var secrets = Secrets(file, lines, setting);
        if (secrets.Count > 0)
        {
            return secrets;
        }

        var line = lines.AddedLines.Count > 0 ? lines.AddedLines.Min() : 0;
        if (NotDeployed(file.Name) is { } why)
        {
            return new[] { GateRules.LocalConfigurationChange.At(file, line, $"{file.Name} changed: {why}, so the change does not reach production.") };
        }

        if (file.Name.StartsWith("appsettings", StringComparison.OrdinalIgnoreCase) && file.Name.EndsWith(".json", StringComparison.OrdinalIgnoreCase) &&
            file.NewText is not null && AppSettingsKeys.Changed(file.OldText, file.NewText) is { } keys)
        {
            return ByKey(file, line, keys, setting(AppSettingsKeys.SensitiveKey));
        }

        return new[] { GateRules.ConfigurationChange.At(file, line, $"{file.Name} changed: configuration changes behaviour without a build.") };
    }

    private static IEnumerable<Finding> ByKey(ChangedFile file, int line, IReadOnlyList<string> keys, string? sensitiveKeys)
    {
        var sensitive = keys
            .Select(k => (Key: k, Why: AppSettingsKeys.SensitiveBecause(k, file.OldText, file.NewText, sensitiveKeys)))
            .Where(k => k.Why is not null)
            .ToList();
        if (sensitive.Count > 0)
        {
            return sensitive.Take(5).Select(k => GateRules.ConfigurationChange.At(file, line, $"{file.Name}: '{k.Key}' changed ({k.Why}): a person should check the new value."));
        }

        var changedValues = AppSettingsKeys.ValueChanged(file.OldText, file.NewText);
        if (changedValues.Count > 0)
        {
            return changedValues.Take(5).Select(k => GateRules.ConfigurationChange.At(file, line, $"{file.Name}: '{k}' changes value: the running application behaves differently without a build."));
        }

        var named = keys.Count == 0 ? "no value (formatting or comments only)" : string.Join(", ", keys.Take(5).Select(k => $"'{k}'")) + (keys.Count > 5 ? $" and {keys.Count - 5} more" : string.Empty);
        return new[] { GateRules.PlainSettingChange.At(file, line, $"{file.Name}: {named} added, removed or a log level; no existing value, secret, connection string, service address, authentication, TLS, CORS or sensitive-logging key changed.") };
    }

    /// <summary>AMG301 for each added line that holds a secret-shaped value (the key or kind named, never the value).</summary>
    public static List<Finding> Secrets(ChangedFile file, LineChanges lines, Func<string, string?> setting)
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

        return secrets;
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
