using AutoMode.Gate.Engine;
using AutoMode.Gate.Hooks.Agents;

namespace AutoMode.Gate.Hooks;

/// <summary><c>automode hook claude</c>: the <see cref="AgentHook"/> with Claude Code's contract (<see cref="ClaudeAgent"/>).</summary>
public sealed class ClaudeHook
{
    public const string Source = "hook:claude";

    private readonly AgentHook _hook;

    public ClaudeHook(CheckEngine engine, HookOptions options) => _hook = new AgentHook(engine, options, ClaudeAgent.Instance);

    /// <inheritdoc cref="AgentHook.RunAsync"/>
    public Task<HookResult> RunAsync(Func<Task<string>> readInput) => _hook.RunAsync(readInput);

    /// <inheritdoc cref="AgentHook.Fail"/>
    public HookResult Fail(string problem, string? input = null) => _hook.Fail(problem, input);

    /// <inheritdoc cref="AgentHook.TooLarge"/>
    public static string TooLarge(long bytes) => AgentHook.TooLarge(bytes);
}
