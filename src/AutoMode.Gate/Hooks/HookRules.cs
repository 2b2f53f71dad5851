using AutoMode.Gate.Classification;

namespace AutoMode.Gate.Hooks;

/// <summary>What the agent hooks add to <c>check</c>'s classification: the agent never edits the gate's own policy.</summary>
public static class HookRules
{
    /// <summary>The file kinds an agent's hook never allows.</summary>
    public static readonly IReadOnlySet<string> PolicyKinds = new HashSet<string>(StringComparer.Ordinal)
    {
        FileKinds.AnalyzerConfig, FileKinds.RiskDeclarations, FileKinds.AuditLog, FileKinds.AgentSettings,
    };

    public static bool IsGitInternal(string relativePath) =>
        relativePath.Equals(".git", StringComparison.OrdinalIgnoreCase) || relativePath.StartsWith(".git/", StringComparison.OrdinalIgnoreCase);
}
