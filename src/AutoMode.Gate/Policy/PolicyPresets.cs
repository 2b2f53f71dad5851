namespace AutoMode.Gate.Policy;

/// <summary>
/// The policy presets (<c>&lt;AutoModePolicy&gt;strict|balanced|permissive&lt;/AutoModePolicy&gt;</c>): the global configs the
/// package ships in <c>policies/</c>, embedded in the gate too so that it applies them to projects that were not restored.
/// </summary>
public static class PolicyPresets
{
    public static IReadOnlyList<string> Names { get; } = new[] { "strict", "balanced", "permissive" };

    /// <summary>The file name the package uses for a preset: <c>automode.strict.globalconfig</c>.</summary>
    public static string FileName(string preset) => $"automode.{preset.Trim().ToLowerInvariant()}.globalconfig";

    /// <summary>The preset's text, or null for an unknown name.</summary>
    public static string? Text(string preset)
    {
        using var stream = typeof(PolicyPresets).Assembly.GetManifestResourceStream("policies/" + FileName(preset));
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>A path that names the preset in reports (it does not exist on disk).</summary>
    public static string VirtualPath(string preset) => Path.Combine(Path.GetTempPath(), "automode-presets", FileName(preset));
}
