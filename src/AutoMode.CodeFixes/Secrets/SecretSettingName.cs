using System.Linq;
using AutoMode.Analyzers.Secrets;

namespace AutoMode.CodeFixes.Secrets;

/// <summary>The configuration key and environment variable name a hard-coded secret moves to, derived from its holder.</summary>
internal readonly struct SecretSettingName
{
    private SecretSettingName(string configurationKey, string environmentVariable)
    {
        ConfigurationKey = configurationKey;
        EnvironmentVariable = environmentVariable;
    }

    /// <summary>E.g. <c>DbPassword</c>, <c>Jwt:Key</c>, <c>ConnectionStrings:Default</c>.</summary>
    public string ConfigurationKey { get; }

    /// <summary>E.g. <c>DB_PASSWORD</c>, <c>JWT__KEY</c> (the .NET convention for sections), <c>CONNECTIONSTRINGS__DEFAULT</c>.</summary>
    public string EnvironmentVariable { get; }

    /// <summary>From a holder name (<c>dbPassword</c>, <c>_apiKey</c>, <c>Jwt:Key</c>, <c>X-Api-Key</c>), or a fallback when there is none.</summary>
    public static SecretSettingName From(string? holderName, bool isConnectionString)
    {
        if (string.IsNullOrWhiteSpace(holderName))
        {
            holderName = isConnectionString ? "ConnectionStrings:Default" : "Secret";
        }

        var sections = holderName!.Split(new[] { ':', }, System.StringSplitOptions.RemoveEmptyEntries)
            .Select(section => SecretNames.Split(section))
            .Where(words => words.Count > 0)
            .ToList();
        if (sections.Count == 0)
        {
            sections.Add(new System.Collections.Generic.List<string> { "secret" });
        }

        var key = string.Join(":", sections.Select(words => string.Concat(words.Select(Capitalize))));
        var variable = string.Join("__", sections.Select(words => string.Join("_", words).ToUpperInvariant()));
        return new SecretSettingName(key, variable);
    }

    private static string Capitalize(string word) => word.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word.Substring(1);
}
