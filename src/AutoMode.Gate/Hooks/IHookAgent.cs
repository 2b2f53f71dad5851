namespace AutoMode.Gate.Hooks;

/// <summary>
/// One coding agent's hook contract, and nothing else: how to read its hook input into an <see cref="AgentAction"/>,
/// and how to write <see cref="AgentHook"/>'s decision so that the agent does what the decision says — its output
/// format and exit code, what it does with a decision it cannot express (an ask where only allow/deny exists becomes
/// a deny that carries the reason), and how to fail closed in its own terms. Each implementation cites the agent's
/// documentation or source for every field and exit code it relies on (docs/agents.md).
/// </summary>
public interface IHookAgent
{
    /// <summary>The command line name: <c>automode hook &lt;Name&gt;</c>.</summary>
    string Name { get; }

    /// <summary>The audit log's <c>actor</c> prefix (<c>claude-code</c>, <c>codex</c>, …), followed by <c>:session</c> when the input names one.</summary>
    string Actor { get; }

    /// <summary>The audit log's <c>source</c>: <c>hook:&lt;Name&gt;</c>.</summary>
    string Source => "hook:" + Name;

    /// <summary>The session id, tool name and folder of the input as far as they can be read, also from input that is not valid JSON or is cut off.</summary>
    (string? Session, string? Tool, string? Cwd) Header(string json);

    /// <summary>The action, or null when the input is a tool the gate does not judge and the agent lets through on its own permissions (a hook that sees every tool).</summary>
    /// <exception cref="HookInputException">Input the gate cannot use: the hook fails closed with this message.</exception>
    AgentAction? Parse(string json);

    /// <summary>The answer as the agent reads it.</summary>
    HookAnswer Render(HookResult result);

    /// <summary>The exit code that blocks the call with the reason on standard error, for when even a rendered answer cannot be written.</summary>
    int BlockingExitCode { get; }
}

/// <summary>What the hook process writes and how it exits.</summary>
public sealed record HookAnswer(string Stdout, int ExitCode, string Stderr = "")
{
    public static HookAnswer Json(string json) => new(json, 0);

    /// <summary>Exit 0 with nothing on standard output: the agent goes on with its own permission rules.</summary>
    public static readonly HookAnswer Silent = new(string.Empty, 0);
}
