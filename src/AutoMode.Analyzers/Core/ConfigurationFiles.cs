using System.Collections.Immutable;
using System.Linq;

namespace AutoMode.Analyzers;

/// <summary>
/// Configuration and secret files, by name: the one list behind the destructive IO rules' protected paths (deleting
/// or overwriting one is Critical, AM1004) and the gate's file kinds (a change to one is classified as configuration,
/// AMG301–AMG812).
/// </summary>
internal static class ConfigurationFiles
{
    public static readonly (Glob Glob, string Reason) AppSettings = (new Glob("appsettings*.json"), "a configuration file");
    public static readonly (Glob Glob, string Reason) DotConfig = (new Glob("*.config"), "a configuration file");
    public static readonly (Glob Glob, string Reason) Env = (new Glob(".env"), "an environment/secrets file");
    public static readonly (Glob Glob, string Reason) EnvVariant = (new Glob(".env.*"), "an environment/secrets file");

    public static readonly ImmutableArray<(Glob Glob, string Reason)> All = ImmutableArray.Create(AppSettings, DotConfig, Env, EnvVariant);

    /// <summary>Whether the last component of a path (forward slashes) names a configuration or secret file.</summary>
    public static bool IsMatch(string normalizedPath) => All.Any(file => file.Glob.MatchesLastComponent(normalizedPath));
}
