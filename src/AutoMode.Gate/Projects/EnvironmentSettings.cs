using System.Globalization;

namespace AutoMode.Gate.Projects;

/// <summary>The gate's settings that come from environment variables (deadlines for tests and slow machines).</summary>
public static class EnvironmentSettings
{
    /// <summary>A positive number of seconds from <paramref name="variable"/>, else <paramref name="fallback"/>.</summary>
    public static TimeSpan Seconds(string variable, TimeSpan fallback) =>
        double.TryParse(Environment.GetEnvironmentVariable(variable), NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds > 0
            ? TimeSpan.FromSeconds(seconds)
            : fallback;
}
