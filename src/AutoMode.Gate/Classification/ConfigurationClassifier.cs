using AutoMode.Gate.Git;
using AutoMode.Gate.Model;

namespace AutoMode.Gate.Classification;

/// <summary>appsettings*.json, *.config, .env: a secret-shaped value on an added line is Critical, any other change Medium.</summary>
public static class ConfigurationClassifier
{
    public static IEnumerable<Finding> Classify(ChangedFile file, LineChanges lines)
    {
        var secrets = new List<Finding>();
        if (file.NewText is not null)
        {
            var text = file.NewText.Split('\n');
            foreach (var number in lines.AddedLines.OrderBy(l => l))
            {
                if (number - 1 < text.Length && SecretDetector.Find(text[number - 1]) is { } key)
                {
                    secrets.Add(GateRules.SecretInConfiguration.At(
                        file,
                        number,
                        $"'{key}' on line {number} looks like a literal secret; once committed it is in the history for good. Read it from a secret store or an environment variable instead."));
                }
            }
        }

        return secrets.Count > 0
            ? secrets
            : new[] { GateRules.ConfigurationChange.At(file, lines.AddedLines.Count > 0 ? lines.AddedLines.Min() : 0, $"{file.Name} changed: configuration changes behaviour without a build.") };
    }
}
