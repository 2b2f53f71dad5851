using AutoMode;
using AutoMode.Gate.Classification;

namespace AutoMode.Gate.Hooks;

/// <summary>What the agent hooks add to <c>check</c>'s classification: the agent never edits the gate's own policy.</summary>
public static class HookRules
{
    /// <summary>
    /// An edit through the agent's hook to a policy file — <c>.editorconfig</c>/<c>.globalconfig</c>, AutoMode.Risks*.txt,
    /// the audit log, the hook settings — or to git's own files (<c>.git/</c>: hooks, config). <c>check</c> lets a person
    /// raise the bar unattended; an agent's edit of these files is never auto-approved, whichever way it moves.
    /// </summary>
    public static readonly GateRule PolicyFileEditedByAgent = new("AMG909", "Policy file edited by the agent", "Policy", RiskLevel.Critical);

    /// <summary>The file kinds an agent's hook never allows.</summary>
    public static readonly IReadOnlySet<string> PolicyKinds = new HashSet<string>(StringComparer.Ordinal)
    {
        FileKinds.AnalyzerConfig, FileKinds.RiskDeclarations, FileKinds.AuditLog, FileKinds.AgentSettings,
    };

    public static bool IsGitInternal(string relativePath) =>
        relativePath.Equals(".git", StringComparison.OrdinalIgnoreCase) || relativePath.StartsWith(".git/", StringComparison.OrdinalIgnoreCase);
}
