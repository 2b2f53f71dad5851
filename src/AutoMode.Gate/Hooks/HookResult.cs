using AutoMode.Gate.Model;

namespace AutoMode.Gate.Hooks;

/// <summary>
/// The hook's decision, in no agent's terms yet: allow, ask or deny, the reason, and the audit entry's id.
/// <see cref="Judged"/> is false for a tool the gate does not judge (the agent's own permissions decide it); an
/// <see cref="IHookAgent"/> renders it.
/// </summary>
public sealed record HookResult(Decision Decision, string Reason, string? AuditId, bool Judged = true)
{
    /// <summary>A tool the gate does not judge, left to the agent's own permissions (nothing is recorded).</summary>
    public static readonly HookResult NotJudged = new(Decision.Allow, string.Empty, null, Judged: false);

    public string PermissionDecision => Decision.ToString().ToLowerInvariant();

    /// <summary>
    /// The decision for an agent whose hooks can only allow or deny (<paramref name="agent"/> names it in the reason):
    /// an ask is a deny, and its reason says that a person must approve (<see cref="HookReason.AskAsDeny"/>).
    /// </summary>
    public (bool Allow, string Reason) AllowOrDeny(string agent) => Decision switch
    {
        Decision.Allow => (true, Reason),
        Decision.Ask => (false, HookReason.AskAsDeny(Reason, agent)),
        _ => (false, Reason),
    };

    /// <summary>Claude Code's answer: <c>{"hookSpecificOutput":{"hookEventName":"PreToolUse","permissionDecision":"…","permissionDecisionReason":"…"}}</c></summary>
    public string ToJson() => Agents.ClaudeAgent.HookSpecificOutput(PermissionDecision, Reason);
}
