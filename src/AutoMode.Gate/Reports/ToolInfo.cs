using System.Reflection;

namespace AutoMode.Gate.Reports;

/// <summary>Name, version and links of the tool, as reports print them.</summary>
public static class ToolInfo
{
    public const string Name = "automode";
    public const string FullName = "AutoMode";
    public const string InformationUri = "https://github.com/automode/AutoMode.Analyzers";
    public const string GateRulesHelp = "https://github.com/automode/AutoMode.Analyzers/blob/main/docs/gate.md";

    public static string Version { get; } =
        typeof(ToolInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]
        ?? typeof(ToolInfo).Assembly.GetName().Version?.ToString(3)
        ?? "0.0.0";
}
